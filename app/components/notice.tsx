import { Alert } from "./designsystemet.tsx";

/** The outcome of a form post, announced to screen readers as a status. */
export function Notice({ result }: { result?: { ok: boolean; message: string | null } | null }) {
  if (!result?.message) return null;
  return (
    <Alert data-color={result.ok ? "success" : "danger"} role="status">
      {result.message}
    </Alert>
  );
}
