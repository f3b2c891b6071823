import { strToU8, zipSync } from "fflate";
import type { ReportTable } from "./report-table.ts";

// A minimal Office Open XML workbook written by hand: one sheet, texts inline (no shared-strings
// part), the header row and the totals row bold, amounts with a thousands separator. Six small XML
// parts in a zip is all Excel, LibreOffice and Numbers need; a spreadsheet library would be far more.

const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";
const declaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Text safe inside XML: the five escapes, and the control characters XML 1.0 does not allow removed. */
function xmlText(value: string): string {
  return [...value]
    .filter((char) => {
      const code = char.charCodeAt(0);
      return code === 0x09 || code === 0x0a || code === 0x0d || (code >= 0x20 && code < 0xfffe);
    })
    .join("")
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");
}

/** "A", "B", … "Z", "AA": the column letters of a cell reference. */
function columnName(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

/** Sheet names: at most 31 characters, none of []:*?/\ . */
function sheetName(name: string): string {
  return (
    name
      .replace(/[[\]:*?/\\]/g, " ")
      .trim()
      .slice(0, 31) || "Sheet1"
  );
}

// Styles: 0 plain, 1 bold text, 2 number "#,##0", 3 bold number.
const styles = `${declaration}<styleSheet xmlns="${main}">
<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="4">
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>
<xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="3" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyNumberFormat="1"/>
</cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>`;

function cellXml(value: string | number, reference: string, bold: boolean): string {
  if (typeof value === "number") {
    return `<c r="${reference}" s="${bold ? 3 : 2}"><v>${Number.isFinite(value) ? value : 0}</v></c>`;
  }
  const preserve = value !== value.trim() ? ' xml:space="preserve"' : "";
  return `<c r="${reference}" t="inlineStr"${bold ? ' s="1"' : ""}><is><t${preserve}>${xmlText(value)}</t></is></c>`;
}

function sheetXml(table: ReportTable): string {
  const all: (string | number)[][] = [table.header, ...table.rows];
  const rows = all.map((cells, r) => {
    // The header and the totals (the last row) are bold.
    const bold = r === 0 || r === all.length - 1;
    const xml = cells.map((value, c) => cellXml(value, `${columnName(c)}${r + 1}`, bold)).join("");
    return `<row r="${r + 1}">${xml}</row>`;
  });
  const width = table.header.length;
  return `${declaration}<worksheet xmlns="${main}" xmlns:r="${relationships}">
<cols><col min="1" max="1" width="42" customWidth="1"/>${width > 1 ? `<col min="2" max="${width}" width="18" customWidth="1"/>` : ""}</cols>
<sheetData>${rows.join("\n")}</sheetData>
</worksheet>`;
}

/** The table as an .xlsx file's bytes. */
export function reportXlsx(table: ReportTable, name: string): Uint8Array {
  const files: Record<string, string> = {
    "[Content_Types].xml": `${declaration}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
</Types>`,
    "_rels/.rels": `${declaration}<Relationships xmlns="${packageRelationships}">
<Relationship Id="rId1" Type="${relationships}/officeDocument" Target="xl/workbook.xml"/>
</Relationships>`,
    "xl/workbook.xml": `${declaration}<workbook xmlns="${main}" xmlns:r="${relationships}">
<sheets><sheet name="${xmlText(sheetName(name))}" sheetId="1" r:id="rId1"/></sheets>
</workbook>`,
    "xl/_rels/workbook.xml.rels": `${declaration}<Relationships xmlns="${packageRelationships}">
<Relationship Id="rId1" Type="${relationships}/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="${relationships}/styles" Target="styles.xml"/>
</Relationships>`,
    "xl/styles.xml": styles,
    "xl/worksheets/sheet1.xml": sheetXml(table),
  };
  return zipSync(Object.fromEntries(Object.entries(files).map(([path, xml]) => [path, strToU8(xml)])), {
    level: 6,
  });
}
