/**
 * One line per unexpected error, without its details: a failed query's message repeats its
 * parameters (addresses, names), and logs must hold no personal data (ADR 0006).
 */
export function logUnexpectedError(error: unknown, request: Request): void {
  if (request.signal.aborted) return;
  const err = error instanceof Error ? error : new Error(String(error));
  const summary =
    err.cause instanceof Error
      ? `a database query failed: ${err.cause.message}`
      : (err.message.split("\n")[0] ?? "");
  console.error(`${new URL(request.url).pathname}: ${err.name}: ${summary}`);
}
