import { useSearchParams } from "react-router";
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

/**
 * Which step a page's action has just done, from the `?<step>=1` it redirected to (so a reload
 * does not post again): the first of `steps` set, for the page to say so.
 */
export function useDoneNotice<Step extends string>(steps: readonly Step[]): Step | undefined {
  const [searchParams] = useSearchParams();
  return steps.find((step) => searchParams.get(step) === "1");
}
