// An upload is kept in memory only up to a limit. Past it nothing more is kept, but the rest is read
// and thrown away up to a second, larger bound: a browser shows the answer to a form only once it
// has sent the whole form, so without that the user would see a broken connection instead of the
// message saying the file is too large. Past the second bound the connection is cut.

export type ReadWithinLimitResult =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; error: "too-large" /** The rest of the body was read and thrown away. */; drained: boolean };

export async function readWithinLimit(
  stream: ReadableStream<Uint8Array> | null,
  maxBytes: number,
  options: { drainUpTo?: number } = {},
): Promise<ReadWithinLimitResult> {
  if (!stream) return { ok: true, bytes: new Uint8Array() };
  const drainUpTo = options.drainUpTo ?? maxBytes;
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > drainUpTo) {
      await reader.cancel();
      return { ok: false, error: "too-large", drained: false };
    }
    if (total <= maxBytes) chunks.push(value);
    else chunks.length = 0;
  }
  reader.releaseLock();
  if (total > maxBytes) return { ok: false, error: "too-large", drained: true };
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes };
}
