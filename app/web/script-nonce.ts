import { createContext, useContext } from "react";

/**
 * The Content-Security-Policy nonce of the page being rendered on the server (server/security-headers.ts),
 * for the inline scripts React Router writes. Provided by app/entry.server.tsx; in the browser there is
 * none, and none is needed: after hydration no inline script is added.
 */
export const ScriptNonce = createContext<string | undefined>(undefined);

export function useScriptNonce(): string | undefined {
  return useContext(ScriptNonce);
}
