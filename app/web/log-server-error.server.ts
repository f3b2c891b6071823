/**
 * Errors from loaders and actions are logged without their details: a failed query's message
 * repeats its parameters (addresses, names), and logs must hold no personal data.
 */
export function logServerError(error: unknown, request: Request) {
  if (request.signal.aborted) return;
  const err = error instanceof Error ? error : new Error(String(error));
  const summary =
    err.cause instanceof Error
      ? `a database query failed: ${err.cause.message}`
      : (err.message.split("\n")[0] ?? "");
  console.error(`${new URL(request.url).pathname}: ${err.name}: ${summary}`);
}
