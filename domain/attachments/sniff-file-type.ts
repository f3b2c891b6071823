// The file types an application may carry, judged from the bytes alone: a name or a browser's
// Content-Type is whatever the sender says, so neither decides what we store and serve.

export interface FileType {
  mediaType: string;
  /** The usual extension, without the dot. */
  extension: string;
}

export const fileTypes = {
  pdf: { mediaType: "application/pdf", extension: "pdf" },
  png: { mediaType: "image/png", extension: "png" },
  jpeg: { mediaType: "image/jpeg", extension: "jpg" },
  docx: {
    mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    extension: "docx",
  },
  xlsx: {
    mediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    extension: "xlsx",
  },
  odt: { mediaType: "application/vnd.oasis.opendocument.text", extension: "odt" },
} as const satisfies Record<string, FileType>;

/** The usual extension of an accepted media type ("jpg" for image/jpeg), or null. */
export function extensionFor(mediaType: string): string | null {
  return Object.values(fileTypes).find((type) => type.mediaType === mediaType)?.extension ?? null;
}

/** A short name people know the type by ("PDF", "JPEG"), or null for a type we do not accept. */
export function fileTypeLabel(mediaType: string): string | null {
  const extension = extensionFor(mediaType);
  if (!extension) return null;
  return extension === "jpg" ? "JPEG" : extension.toUpperCase();
}

/** For a file picker's accept attribute: a hint to the browser only, the content still decides. */
export const acceptAttribute = [
  ...Object.values(fileTypes).map((type) => `.${type.extension}`),
  ".jpeg",
  ...Object.values(fileTypes).map((type) => type.mediaType),
].join(",");

const odtMimetype = "application/vnd.oasis.opendocument.text";

/** The accepted type of these bytes, or null for anything else (programs, web pages, other zips). */
export function sniffFileType(bytes: Uint8Array): FileType | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return fileTypes.pdf; // %PDF-
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return fileTypes.png;
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return fileTypes.jpeg;
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return sniffZip(bytes);
  return null;
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** DOCX, XLSX and ODT are zip archives; which one is told by the parts inside. */
function sniffZip(bytes: Uint8Array): FileType | null {
  // ODT: the first entry is an uncompressed file "mimetype" holding the document's media type.
  const first = readLocalHeader(bytes, 0);
  if (first?.name === "mimetype" && first.method === 0) {
    const content = new TextDecoder().decode(bytes.subarray(first.dataStart, first.dataEnd)).trim();
    return content === odtMimetype ? fileTypes.odt : null;
  }
  const names = new Set(centralDirectoryNames(bytes) ?? localHeaderNames(bytes));
  // Macro-enabled documents (.docm, .xlsm) carry the same parts plus a macro project: refused.
  if ([...names].some((name) => name.toLowerCase().endsWith("vbaproject.bin"))) return null;
  const word = names.has("word/document.xml");
  const excel = names.has("xl/workbook.xml");
  if (word && !excel) return fileTypes.docx;
  if (excel && !word) return fileTypes.xlsx;
  return null;
}

interface LocalHeader {
  name: string;
  method: number;
  dataStart: number;
  dataEnd: number;
  /** Bit 3: sizes follow the data instead of standing in the header. */
  sizesLater: boolean;
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function readLocalHeader(bytes: Uint8Array, offset: number): LocalHeader | null {
  if (offset + 30 > bytes.length) return null;
  const v = view(bytes);
  if (v.getUint32(offset, true) !== 0x04034b50) return null;
  const flags = v.getUint16(offset + 6, true);
  const method = v.getUint16(offset + 8, true);
  const compressedSize = v.getUint32(offset + 18, true);
  const nameLength = v.getUint16(offset + 26, true);
  const extraLength = v.getUint16(offset + 28, true);
  const nameStart = offset + 30;
  const dataStart = nameStart + nameLength + extraLength;
  const dataEnd = dataStart + compressedSize;
  if (dataStart > bytes.length || dataEnd > bytes.length) return null;
  const name = new TextDecoder().decode(bytes.subarray(nameStart, nameStart + nameLength));
  return { name, method, dataStart, dataEnd, sizesLater: (flags & 0x08) !== 0 };
}

/** Entry names from the central directory at the end of the archive, or null if there is none. */
function centralDirectoryNames(bytes: Uint8Array): string[] | null {
  const v = view(bytes);
  // The end record is 22 bytes plus a comment of at most 65535 bytes.
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let end = bytes.length - 22; end >= earliest; end--) {
    if (v.getUint32(end, true) !== 0x06054b50) continue;
    const count = v.getUint16(end + 10, true);
    let offset = v.getUint32(end + 16, true);
    const names: string[] = [];
    for (let i = 0; i < count; i++) {
      if (offset + 46 > bytes.length || v.getUint32(offset, true) !== 0x02014b50) return null;
      const nameLength = v.getUint16(offset + 28, true);
      const extraLength = v.getUint16(offset + 30, true);
      const commentLength = v.getUint16(offset + 32, true);
      if (offset + 46 + nameLength > bytes.length) return null;
      names.push(new TextDecoder().decode(bytes.subarray(offset + 46, offset + 46 + nameLength)));
      offset += 46 + nameLength + extraLength + commentLength;
    }
    return names;
  }
  return null;
}

/** Entry names walked from the front, for archives whose end is missing or unreadable. */
function localHeaderNames(bytes: Uint8Array): string[] {
  const names: string[] = [];
  let offset = 0;
  for (let header = readLocalHeader(bytes, offset); header; header = readLocalHeader(bytes, offset)) {
    names.push(header.name);
    // Without sizes in the header the next entry cannot be found: what was read so far must do.
    if (header.sizesLater && header.dataEnd === header.dataStart) break;
    offset = header.dataEnd;
    // A data descriptor after the data (sizes repeated), with or without its own signature.
    if (header.sizesLater) {
      const signed = offset + 4 <= bytes.length && view(bytes).getUint32(offset, true) === 0x08074b50;
      offset += signed ? 16 : 12;
    }
  }
  return names;
}
