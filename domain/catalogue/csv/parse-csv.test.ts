import { describe, expect, it } from "vitest";
import { decodeUtf8, detectDelimiter, parseCsv } from "./parse-csv.ts";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("reading CSV (RFC 4180)", () => {
  it("reads quoted fields with separators, doubled quotes and line breaks, naming each record's first line", () => {
    const { records, fatal } = parseCsv('a,b,c\r\n1,"x, y","say ""hi"""\r\n2,"two\r\nlines",z\n3,,\n');
    expect(fatal).toBeUndefined();
    expect(records).toEqual([
      { line: 1, fields: ["a", "b", "c"] },
      { line: 2, fields: ["1", "x, y", 'say "hi"'] },
      { line: 3, fields: ["2", "two\r\nlines", "z"] },
      { line: 5, fields: ["3", "", ""] },
    ]);
  });

  it("skips blank lines, reads a last line without a line break and old Mac line ends", () => {
    expect(parseCsv("a,b\n\n1,2\r3,4").records).toEqual([
      { line: 1, fields: ["a", "b"] },
      { line: 3, fields: ["1", "2"] },
      { line: 4, fields: ["3", "4"] },
    ]);
  });

  it("reports a stray quote or text after a closing quote for the record, and reads on", () => {
    const { records } = parseCsv('a,b\n1,x"y\n2,"q"z\n3,ok\n');
    expect(records[1]).toMatchObject({ line: 2, error: expect.stringContaining("field 2 has a quote") });
    expect(records[2]).toMatchObject({ line: 3, error: expect.stringContaining("after its closing quote") });
    expect(records[3]).toEqual({ line: 4, fields: ["3", "ok"] });
  });

  it("stops at a quote that is never closed, naming the line it opened on", () => {
    const result = parseCsv('a,b\n1,ok\n2,"never\n3,closed\n');
    expect(result.records).toHaveLength(2);
    expect(result.fatal).toEqual({ line: 3, reason: "a quoted field (field 2) is never closed" });
  });

  it("takes the separator from the header line: commas, or semicolons and tabs without commas", () => {
    expect(detectDelimiter("a,b;c\n")).toBe(",");
    expect(detectDelimiter("a;b;c\n1,5;2;3")).toBe(";");
    expect(detectDelimiter("a\tb")).toBe("\t");
    expect(parseCsv("a;b\n1,5;2").records[1]!.fields).toEqual(["1,5", "2"]);
  });
});

describe("decoding the file", () => {
  it("accepts UTF-8 with or without a byte order mark", () => {
    expect(decodeUtf8(bytes("\ufeffæøå,Мурманск"))).toEqual({ ok: true, text: "æøå,Мурманск" });
    expect(decodeUtf8(bytes("plain"))).toEqual({ ok: true, text: "plain" });
  });

  it("names the first line that is not UTF-8 (a Windows-1252 file) and the byte", () => {
    const windows1252 = new Uint8Array([...bytes("a,b\nok,fine\nS"), 0xf8, ...bytes("r-Varanger,x\n")]);
    const result = decodeUtf8(windows1252);
    expect(result).toMatchObject({ ok: false, line: 3 });
    if (!result.ok) expect(result.reason).toMatch(/byte 0xF8 at column 2.*Windows-1252.*UTF-8/);
  });

  it("refuses UTF-16", () => {
    expect(decodeUtf8(new Uint8Array([0xff, 0xfe, 0x61, 0x00]))).toMatchObject({ ok: false, line: 1 });
  });
});
