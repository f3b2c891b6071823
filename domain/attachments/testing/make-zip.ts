import zlib from "node:zlib";

// Tiny zip archives built in memory for tests: enough of the format for the type sniffer and for
// real unzip tools (stored or deflated entries, a central directory, the end record).

export interface ZipEntry {
  name: string;
  data: string | Uint8Array;
  /** Deflate the entry (method 8) instead of storing it (method 0). */
  deflate?: boolean;
}

export function makeZip(entries: ZipEntry[], options: { centralDirectory?: boolean } = {}): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const raw = typeof entry.data === "string" ? Buffer.from(entry.data) : Buffer.from(entry.data);
    const data = entry.deflate ? zlib.deflateRawSync(raw) : raw;
    const name = Buffer.from(entry.name);
    const crc = zlib.crc32(raw);
    const method = entry.deflate ? 8 : 0;

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0, 6); // flags
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, data);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // version made by
    central.writeUInt16LE(20, 6); // version needed
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);

    offset += local.length + name.length + data.length;
  }
  if (options.centralDirectory === false) return new Uint8Array(Buffer.concat(locals));
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const contentTypes = '<?xml version="1.0" encoding="UTF-8"?><Types/>';

/** A minimal Word document: the parts the sniffer looks for. */
export function makeDocx(): Uint8Array {
  return makeZip([
    { name: "[Content_Types].xml", data: contentTypes, deflate: true },
    { name: "word/document.xml", data: "<w:document/>", deflate: true },
  ]);
}

export function makeXlsx(): Uint8Array {
  return makeZip([
    { name: "[Content_Types].xml", data: contentTypes, deflate: true },
    { name: "xl/workbook.xml", data: "<workbook/>", deflate: true },
  ]);
}

export function makeOdt(mimetype = "application/vnd.oasis.opendocument.text"): Uint8Array {
  return makeZip([
    { name: "mimetype", data: mimetype },
    { name: "content.xml", data: "<office:document-content/>", deflate: true },
  ]);
}

/** Small files of each kind, and the disguises the upload must see through. */
export const samples = {
  pdf: () => new Uint8Array(Buffer.from("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n")),
  png: () =>
    new Uint8Array(
      Buffer.concat([
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
        Buffer.from("\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0"),
      ]),
    ),
  jpeg: () => new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from("JFIF\0")])),
  exe: () => new Uint8Array(Buffer.concat([Buffer.from("MZ\x90\0\x03\0\0\0"), Buffer.alloc(56)])),
  html: () => new Uint8Array(Buffer.from("<!doctype html><script>alert(1)</script>")),
};
