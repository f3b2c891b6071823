import { readForm } from "./read-form.server.ts";

// Room for the other form fields and the multipart framing around the file itself.
const formOverheadBytes = 64 * 1024;

/**
 * An upload form, read by the one body reader (readForm) with room for one file of `maxBytes`. A
 * body that is too large is not an error page here: the upload's own page says so beside its form,
 * naming the limit, so the 413 comes back as `tooLarge` with the headers readForm chose (a
 * connection cut short says `Connection: close`). Every other refusal is readForm's, thrown.
 */
export async function readUpload(
  request: Request,
  maxBytes: number,
): Promise<{ ok: true; form: FormData } | { ok: false; tooLarge: true; headers?: HeadersInit }> {
  try {
    return {
      ok: true,
      form: await readForm(request, { maxBytes: maxBytes + formOverheadBytes, files: true }),
    };
  } catch (error) {
    const init = tooLargeInit(error);
    if (!init) throw error;
    return init.headers
      ? { ok: false, tooLarge: true, headers: init.headers }
      : { ok: false, tooLarge: true };
  }
}

function tooLargeInit(error: unknown): ResponseInit | null {
  if (typeof error !== "object" || error === null || !("init" in error)) return null;
  const init = (error as { init: ResponseInit | null }).init;
  return init?.status === 413 ? init : null;
}
