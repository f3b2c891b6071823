import { strFromU8, unzipSync } from "fflate";

/**
 * Reads the first sheet of an .xlsx written by report-xlsx.server.ts back into rows of cells (texts as
 * strings, numbers as numbers), so tests can compare a file's figures with the page's. Knows only
 * inline strings and plain numbers, which is all that writer produces.
 */
export function readXlsxRows(bytes: Uint8Array): (string | number)[][] {
  const files = unzipSync(bytes);
  const sheet = files["xl/worksheets/sheet1.xml"];
  if (!sheet) throw new Error("no xl/worksheets/sheet1.xml in the workbook");
  const xml = strFromU8(sheet);
  const unescapeXml = (s: string) =>
    s.replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&quot;", '"').replaceAll("&amp;", "&");
  return [...xml.matchAll(/<row [^>]*>(.*?)<\/row>/gs)].map(([, row]) =>
    [...(row ?? "").matchAll(/<c ([^>]*)>(.*?)<\/c>/gs)].map(([, attributes, inner]) =>
      attributes?.includes('t="inlineStr"')
        ? unescapeXml(/<t[^>]*>(.*?)<\/t>/s.exec(inner ?? "")?.[1] ?? "")
        : Number(/<v>(.*?)<\/v>/s.exec(inner ?? "")?.[1]),
    ),
  );
}
