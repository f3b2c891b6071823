import { describe, expect, it } from "vitest";
import { sniffFileType } from "./sniff-file-type.ts";
import { makeDocx, makeOdt, makeXlsx, makeZip, samples } from "./testing/make-zip.ts";

const type = (bytes: Uint8Array) => sniffFileType(bytes)?.extension ?? null;

describe("sniffFileType", () => {
  it("knows PDF, PNG and JPEG by their first bytes", () => {
    expect(sniffFileType(samples.pdf())).toEqual({ mediaType: "application/pdf", extension: "pdf" });
    expect(sniffFileType(samples.png())).toEqual({ mediaType: "image/png", extension: "png" });
    expect(sniffFileType(samples.jpeg())).toEqual({ mediaType: "image/jpeg", extension: "jpg" });
  });

  it("tells DOCX, XLSX and ODT apart by the parts inside the zip", () => {
    expect(sniffFileType(makeDocx())?.mediaType).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    expect(sniffFileType(makeXlsx())?.mediaType).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    expect(sniffFileType(makeOdt())?.mediaType).toBe("application/vnd.oasis.opendocument.text");
  });

  it("reads the entries from the front when the central directory is missing", () => {
    const truncated = makeZip(
      [
        { name: "[Content_Types].xml", data: "<Types/>", deflate: true },
        { name: "word/document.xml", data: "<w:document/>", deflate: true },
      ],
      { centralDirectory: false },
    );
    expect(type(truncated)).toBe("docx");
  });

  it("refuses programs, web pages and text, whatever they are called", () => {
    expect(sniffFileType(samples.exe())).toBeNull();
    expect(sniffFileType(samples.html())).toBeNull();
    expect(sniffFileType(new TextEncoder().encode("just some text"))).toBeNull();
    expect(sniffFileType(new Uint8Array())).toBeNull();
    // Almost a PDF is not a PDF.
    expect(sniffFileType(new TextEncoder().encode("%PD"))).toBeNull();
  });

  it("refuses zips that are none of the accepted documents", () => {
    expect(type(makeZip([{ name: "virus.exe", data: "MZ" }]))).toBeNull();
    expect(type(makeOdt("application/vnd.oasis.opendocument.spreadsheet"))).toBeNull();
    expect(type(makeOdt("application/vnd.oasis.opendocument.text-template"))).toBeNull();
    // A "mimetype" entry that is not the first entry does not make an ODT.
    expect(
      type(
        makeZip([
          { name: "content.xml", data: "<x/>" },
          { name: "mimetype", data: "application/vnd.oasis.opendocument.text" },
        ]),
      ),
    ).toBeNull();
    // Both Word and Excel parts: no honest document looks like that.
    expect(
      type(
        makeZip([
          { name: "word/document.xml", data: "<w/>" },
          { name: "xl/workbook.xml", data: "<x/>" },
        ]),
      ),
    ).toBeNull();
  });

  it("refuses macro-enabled Office documents", () => {
    const docm = makeZip([
      { name: "word/document.xml", data: "<w/>" },
      { name: "word/vbaProject.bin", data: "macro" },
    ]);
    expect(type(docm)).toBeNull();
  });

  it("does not crash on broken zips", () => {
    const docx = makeDocx();
    for (const length of [4, 10, 30, 40, docx.length - 10, docx.length - 22]) {
      expect(() => sniffFileType(docx.subarray(0, length))).not.toThrow();
    }
    const garbage = new Uint8Array(200).fill(0xff);
    garbage.set([0x50, 0x4b, 0x03, 0x04]);
    expect(sniffFileType(garbage)).toBeNull();
  });
});
