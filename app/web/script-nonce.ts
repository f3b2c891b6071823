import { createContext, useContext } from "react";

/**
 * The Content-Security-Policy nonce of the page (server/security-headers.ts), for the inline scripts
 * React Router writes. On the server app/entry.server.tsx provides it; in the browser it is read
 * back from the page's own scripts (the browser hides the attribute but keeps the property), so the
 * hydrated markup matches the server's.
 */
const pageNonce =
  typeof document === "undefined"
    ? undefined
    : document.querySelector<HTMLScriptElement>("script[nonce]")?.nonce || undefined;

export const ScriptNonce = createContext<string | undefined>(pageNonce);

export function useScriptNonce(): string | undefined {
  return useContext(ScriptNonce);
}
