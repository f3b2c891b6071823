// The uploader's file name is shown and offered again on download, never used as a path. It is
// cleaned so that it cannot hide its real ending or break a header.

const maxLength = 200;

/** The last path segment, without control or direction-changing characters, at most 200 characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[/\\]/).pop() ?? "";
  // \p{Cc}: control characters; \p{Cf}: invisible formatting such as the right-to-left override
  // that makes "report\u202Efdp.exe" read as "reportexe.pdf".
  const cleaned = base
    .normalize("NFC")
    .replace(/\s+/g, " ")
    .replace(/[\p{Cc}\p{Cf}]/gu, "")
    .trim()
    .replace(/^\.+/, "");
  if (!cleaned) return "attachment";
  if (cleaned.length <= maxLength) return cleaned;
  const dot = cleaned.lastIndexOf(".");
  const ending = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : "";
  return cleaned.slice(0, maxLength - ending.length) + ending;
}

const sameType: Record<string, string[]> = { jpg: ["jpg", "jpeg"] };

/**
 * The name a download is saved under: the stored name, with the ending the content really has (a
 * PNG uploaded as "scan.pdf" downloads as "scan.png", so the computer opens it with the right program).
 */
export function downloadFileName(fileName: string, extension: string): string {
  const dot = fileName.lastIndexOf(".");
  const stem = dot > 0 ? fileName.slice(0, dot) : fileName;
  const ending = dot > 0 ? fileName.slice(dot + 1).toLowerCase() : "";
  if ((sameType[extension] ?? [extension]).includes(ending)) return fileName;
  return `${stem}.${extension}`;
}

/** A Content-Disposition value that survives any name: ASCII fallback plus the UTF-8 form (RFC 6266). */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\%;]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
