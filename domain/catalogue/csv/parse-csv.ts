// A small RFC 4180 reader for the archive import: fields separated by commas (or semicolons or
// tabs, as the header line shows: Norwegian Excel saves "CSV" with semicolons), a field in double
// quotes may hold separators, line breaks and doubled quotes (""), records end with CRLF, LF or CR.
// Every record keeps the line it starts on, so every error names a line of the file as an editor
// shows it. A malformed record is reported and reading goes on, so a dry run lists all of them;
// only a quote that is never closed stops the reading (everything after it would be one field).

export interface CsvRecord {
  /** The 1-based line the record starts on. */
  line: number;
  fields: string[];
  /** Why the record is malformed, if it is (its fields are then best effort). */
  error?: string;
}

export interface CsvParseResult {
  records: CsvRecord[];
  delimiter: string;
  /** A problem that stopped the reading. */
  fatal?: { line: number; reason: string };
}

export type DecodeResult = { ok: true; text: string } | { ok: false; line: number; reason: string };

/**
 * The file's bytes as text, which must be UTF-8 (a byte order mark is allowed and dropped). For
 * anything else the first line that is not UTF-8 is named: a Windows-1252 or Latin-1 file
 * (Excel's "CSV" on Windows) fails at its first "æ", "ø" or "å".
 */
export function decodeUtf8(bytes: Uint8Array): DecodeResult {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, line: 1, reason: 'the file is UTF-16; save it as "CSV UTF-8"' };
  }
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(body) };
  } catch {
    let start = 0;
    let line = 1;
    for (let i = 0; i <= body.length; i++) {
      if (i < body.length && body[i] !== 0x0a) continue;
      const slice = body.subarray(start, i);
      try {
        new TextDecoder("utf-8", { fatal: true }).decode(slice);
      } catch {
        const bad = firstInvalidByte(slice);
        return {
          ok: false,
          line,
          reason:
            `not UTF-8 (byte 0x${(slice[bad] ?? 0).toString(16).toUpperCase().padStart(2, "0")} at column ${bad + 1}): ` +
            'the file looks like Windows-1252 or Latin-1; save it as "CSV UTF-8" and try again',
        };
      }
      start = i + 1;
      line += 1;
    }
    return { ok: false, line: 1, reason: "not UTF-8" };
  }
}

/** The offset of the first byte that does not start a valid UTF-8 sequence (the line is known to hold one). */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length =
      b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(i, i + length));
    } catch {
      return i;
    }
    i += length;
  }
  return 0;
}

/** The separator the header line uses: comma unless the line has semicolons or tabs and no commas. */
export function detectDelimiter(text: string): string {
  const newline = text.search(/[\r\n]/);
  const header = newline < 0 ? text : text.slice(0, newline);
  if (header.includes(",")) return ",";
  if (header.includes(";")) return ";";
  if (header.includes("\t")) return "\t";
  return ",";
}

export function parseCsv(text: string, delimiter = detectDelimiter(text)): CsvParseResult {
  const records: CsvRecord[] = [];
  const n = text.length;
  let i = 0;
  let line = 1;
  const atFieldEnd = () => i >= n || text[i] === delimiter || text[i] === "\n" || text[i] === "\r";
  while (i < n) {
    const startLine = line;
    const fields: string[] = [];
    let error: string | undefined;
    for (;;) {
      let field = "";
      if (text[i] === '"') {
        const quoteLine = line;
        i += 1;
        for (;;) {
          if (i >= n) {
            return {
              records,
              delimiter,
              fatal: {
                line: quoteLine,
                reason: `a quoted field (field ${fields.length + 1}) is never closed`,
              },
            };
          }
          const c = text[i]!;
          if (c === '"') {
            if (text[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            i += 1;
            break;
          }
          if (c === "\n") line += 1;
          field += c;
          i += 1;
        }
        if (!atFieldEnd()) {
          error ??= `field ${fields.length + 1} has text after its closing quote`;
          while (!atFieldEnd()) field += text[i++];
        }
      } else {
        while (!atFieldEnd()) {
          if (text[i] === '"')
            error ??= `field ${fields.length + 1} has a quote but does not start with one (quote the whole field and double the quote)`;
          field += text[i++];
        }
      }
      fields.push(field);
      if (i < n && text[i] === delimiter) {
        i += 1;
        continue;
      }
      if (text[i] === "\r") i += 1;
      if (text[i] === "\n") i += 1;
      line += 1;
      break;
    }
    // A blank line is no record.
    if (fields.length === 1 && fields[0] === "" && !error) continue;
    records.push(error ? { line: startLine, fields, error } : { line: startLine, fields });
  }
  return { records, delimiter };
}
