import fs from "node:fs";
import path from "node:path";
import PDFDocument from "pdfkit";

// A small page layout on top of pdfkit for the platform's documents: headings, paragraphs,
// label/value pairs and tables that wrap long text and move to a new page instead of running off
// the bottom, tagged (PDF 1.7 structure tree) so screen readers get headings and tables, and
// numbered "page X of Y" once every page exists. Knows nothing of applications.

const fontFiles = { regular: "DejaVuSans.ttf", bold: "DejaVuSans-Bold.ttf" } as const;

let fontsDirectory: string | undefined;

/**
 * assets/fonts, found by walking up from this module: it lives in domain/documents in the source
 * tree (tests, CLI) but is bundled into build/server/index.js for the server, so a fixed relative
 * path would be right for only one of them.
 */
export function findFontsDirectory(): string {
  if (fontsDirectory) return fontsDirectory;
  let directory = import.meta.dirname;
  for (let depth = 0; depth < 8; depth++) {
    const candidate = path.join(directory, "assets", "fonts");
    if (fs.existsSync(path.join(candidate, fontFiles.regular))) {
      fontsDirectory = candidate;
      return candidate;
    }
    const parent = path.dirname(directory);
    if (parent === directory) break;
    directory = parent;
  }
  throw new Error(`PDF fonts not found: no assets/fonts/${fontFiles.regular} above ${import.meta.dirname}`);
}

const page = { size: "A4", margin: 56, bottom: 64, footerFromBottom: 38 } as const;
const body = { size: 10, lineGap: 2 } as const;
const headingSizes = { 1: 17, 2: 13, 3: 11 } as const;
const colours = { text: "#1a1a1a", muted: "#4a4a4a", rule: "#c4c4c4" } as const;
const cell = { gap: 10, padY: 4 } as const;

export interface LayoutOptions {
  /** BCP 47 language of the document (the reader's language). */
  lang: string;
  title: string;
  subject?: string;
  /** The document's date; also makes the output the same bytes for the same content. */
  createdAt: Date;
}

export interface TextOptions {
  /** The text's own language when it differs from the document's (an applicant's Russian summary). */
  lang?: string;
  /** Smaller text (checksums). */
  small?: boolean;
  bold?: boolean;
}

export interface Pair {
  label: string;
  value: string;
  options?: TextOptions;
}

export interface TableColumn {
  header: string;
  /** Share of the line's width; the shares of one table add up to 1. */
  share: number;
  align?: "left" | "right";
}

export interface TableRow {
  cells: string[];
  bold?: boolean;
}

type Struct = PDFKit.PDFStructureElement;

export class PdfLayout {
  readonly doc: PDFKit.PDFDocument;
  private readonly root: Struct;
  private readonly fonts: { regular: string; bold: string };
  private readonly chunks: Buffer[] = [];

  constructor(options: LayoutOptions) {
    const directory = findFontsDirectory();
    this.fonts = {
      regular: path.join(directory, fontFiles.regular),
      bold: path.join(directory, fontFiles.bold),
    };
    this.doc = new PDFDocument({
      size: page.size,
      margins: { top: page.margin, left: page.margin, right: page.margin, bottom: page.bottom },
      bufferPages: true,
      pdfVersion: "1.7",
      tagged: true,
      lang: options.lang,
      displayTitle: true,
      font: this.fonts.regular,
      info: {
        Title: options.title,
        ...(options.subject ? { Subject: options.subject } : {}),
        Creator: "Barents Bridge",
        CreationDate: options.createdAt,
        ModDate: options.createdAt,
      },
    });
    this.doc.on("data", (chunk: Buffer) => this.chunks.push(chunk));
    this.root = this.doc.struct("Document");
    this.doc.addStructure(this.root);
  }

  private get left(): number {
    return this.doc.page.margins.left;
  }

  private get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  private get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  private get pageHeight(): number {
    return this.bottom - this.doc.page.margins.top;
  }

  private setFont(options: TextOptions = {}): void {
    this.doc
      .font(options.bold ? this.fonts.bold : this.fonts.regular)
      .fontSize(options.small ? 8 : body.size)
      .fillColor(colours.text);
  }

  /** Starts a new page unless `height` still fits on this one (or this page is still empty). */
  private ensureSpace(height: number): void {
    if (this.doc.y + height > this.bottom && this.doc.y > this.doc.page.margins.top + 1) {
      this.doc.addPage();
    }
  }

  private add(
    parent: Struct,
    type: string,
    options: TextOptions & { scope?: "Row" | "Column" },
    draw: () => void,
  ): void {
    // pdfkit reads `scope` (a header cell's direction) though its type definitions lack it.
    const struct = {
      ...(options.lang ? { lang: options.lang } : {}),
      ...(options.scope ? { scope: options.scope } : {}),
    };
    parent.add(this.doc.struct(type, struct as PDFKit.Mixins.StructureElementOptions, draw));
  }

  private rule(y: number): void {
    this.doc.markContent("Artifact", { type: "Layout" });
    this.doc
      .moveTo(this.left, y)
      .lineTo(this.left + this.width, y)
      .lineWidth(0.5)
      .strokeColor(colours.rule)
      .stroke();
    this.doc.endMarkedContent();
  }

  space(points: number): void {
    this.doc.y += points;
  }

  heading(level: 1 | 2 | 3, text: string): void {
    const size = headingSizes[level];
    this.doc.font(this.fonts.bold).fontSize(size);
    const height = this.doc.heightOfString(clean(text), { width: this.width });
    // Keep a heading with at least a few lines of what follows it.
    this.space(level === 1 ? 0 : level === 2 ? 10 : 6);
    this.ensureSpace(height + 48);
    this.add(this.root, `H${level}`, {}, () => {
      this.doc
        .font(this.fonts.bold)
        .fontSize(size)
        .fillColor(colours.text)
        .text(clean(text), this.left, this.doc.y, { width: this.width });
    });
    this.space(level === 1 ? 8 : 4);
  }

  /** Text of any length: wraps, and continues on the next page as often as needed. */
  paragraph(text: string, options: TextOptions = {}): void {
    this.setFont(options);
    this.ensureSpace(this.doc.currentLineHeight(true) * 2);
    this.add(this.root, "P", options, () => {
      this.setFont(options);
      this.doc.text(clean(text), this.left, this.doc.y, { width: this.width, lineGap: body.lineGap });
    });
    this.space(4);
  }

  /** Label and value side by side, a row per pair; tagged as a table with row headers. */
  pairs(rows: Pair[]): void {
    // As wide as the longest label within bounds: short labels leave room for long values (checksums).
    this.setFont({ bold: true });
    const widest = Math.max(...rows.map((row) => this.doc.widthOfString(clean(row.label))));
    const labelWidth = Math.min(Math.max(widest + 2, 110), 190);
    const valueWidth = this.width - labelWidth - cell.gap;
    const table = this.doc.struct("Table");
    this.root.add(table);
    for (const { label, value, options = {} } of rows) {
      const labelText = clean(label);
      const valueText = clean(value);
      this.setFont({ bold: true });
      const labelHeight = this.doc.heightOfString(labelText, { width: labelWidth, lineGap: body.lineGap });
      this.setFont(options);
      const valueHeight = this.doc.heightOfString(valueText, { width: valueWidth, lineGap: body.lineGap });
      const height = Math.max(labelHeight, valueHeight) + 2 * cell.padY;
      const row = this.doc.struct("TR");
      table.add(row);
      if (height > this.pageHeight) {
        // Longer than a page: the value flows under its label across pages instead of being cut.
        this.ensureSpace(labelHeight + 3 * this.doc.currentLineHeight(true));
        this.add(row, "TH", { scope: "Row" }, () => {
          this.setFont({ bold: true });
          this.doc.text(labelText, this.left, this.doc.y + cell.padY, { width: this.width });
        });
        this.add(row, "TD", options, () => {
          this.setFont(options);
          this.doc.text(valueText, this.left, this.doc.y, { width: this.width, lineGap: body.lineGap });
        });
        this.space(cell.padY);
      } else {
        this.ensureSpace(height);
        const top = this.doc.y;
        this.add(row, "TH", { scope: "Row" }, () => {
          this.setFont({ bold: true });
          this.doc.text(labelText, this.left, top + cell.padY, { width: labelWidth, lineGap: body.lineGap });
        });
        this.add(row, "TD", options, () => {
          this.setFont(options);
          this.doc.text(valueText, this.left + labelWidth + cell.gap, top + cell.padY, {
            width: valueWidth,
            lineGap: body.lineGap,
          });
        });
        this.doc.y = top + height;
      }
      this.rule(this.doc.y);
      row.end();
    }
    table.end();
    this.space(6);
  }

  /** A table with a header row, repeated on each page the table continues on. */
  table(columns: TableColumn[], rows: TableRow[]): void {
    const widths = columns.map((column) => column.share * this.width - cell.gap);
    const xs = columns.map(
      (_, index) => this.left + columns.slice(0, index).reduce((sum, c) => sum + c.share * this.width, 0),
    );
    const table = this.doc.struct("Table");
    this.root.add(table);
    const measure = (cells: string[], bold: boolean) => {
      this.setFont({ bold });
      return (
        Math.max(
          ...cells.map((text, index) =>
            this.doc.heightOfString(clean(text), { width: widths[index]!, lineGap: body.lineGap }),
          ),
        ) +
        2 * cell.padY
      );
    };
    const drawRow = (cells: string[], tag: "TH" | "TD", bold: boolean, height: number) => {
      const top = this.doc.y;
      const row = this.doc.struct("TR");
      table.add(row);
      cells.forEach((text, index) => {
        this.add(row, tag, tag === "TH" ? { scope: "Column" } : {}, () => {
          this.setFont({ bold });
          this.doc.text(clean(text), xs[index]!, top + cell.padY, {
            width: widths[index]!,
            align: columns[index]!.align ?? "left",
            lineGap: body.lineGap,
          });
        });
      });
      row.end();
      this.doc.y = top + height;
      this.rule(this.doc.y);
    };
    const headers = columns.map((column) => column.header);
    const headerHeight = measure(headers, true);
    const header = () => drawRow(headers, "TH", true, headerHeight);
    this.ensureSpace(headerHeight + 2 * this.doc.currentLineHeight(true));
    header();
    for (const row of rows) {
      const height = measure(row.cells, row.bold === true);
      if (height + headerHeight > this.pageHeight) {
        // A row taller than a page (a very long description): its cells one under the other, flowing.
        const cells = this.doc.struct("TR");
        table.add(cells);
        row.cells.forEach((text, index) => {
          this.add(cells, "TD", {}, () => {
            this.setFont({ bold: row.bold === true });
            this.doc.text(`${columns[index]!.header}: ${clean(text)}`, this.left, this.doc.y + cell.padY, {
              width: this.width,
              lineGap: body.lineGap,
            });
          });
        });
        cells.end();
        this.space(cell.padY);
        this.rule(this.doc.y);
        continue;
      }
      if (this.doc.y + height > this.bottom) {
        this.doc.addPage();
        header();
      }
      drawRow(row.cells, "TD", row.bold === true, height);
    }
    table.end();
    this.space(6);
  }

  /** Writes the footer on every page (an artifact: not part of the reading order) and returns the file. */
  finish(footer: (pageNumber: number, pageCount: number) => string): Promise<Buffer> {
    this.root.end();
    const { start, count } = this.doc.bufferedPageRange();
    for (let index = start; index < start + count; index++) {
      this.doc.switchToPage(index);
      const bottom = this.doc.page.margins.bottom;
      // Writing below the bottom margin would otherwise start a new page.
      this.doc.page.margins.bottom = 0;
      this.doc.markContent("Artifact", { type: "Pagination" });
      this.doc
        .font(this.fonts.regular)
        .fontSize(8)
        .fillColor(colours.muted)
        .text(footer(index - start + 1, count), this.left, this.doc.page.height - page.footerFromBottom, {
          width: this.width,
          align: "center",
          lineBreak: false,
        });
      this.doc.endMarkedContent();
      this.doc.page.margins.bottom = bottom;
    }
    return new Promise<Buffer>((resolve, reject) => {
      this.doc.on("end", () => resolve(Buffer.concat(this.chunks)));
      this.doc.on("error", reject);
      this.doc.end();
    });
  }
}

/** Text as typed, made printable: Windows line ends, tabs and control characters would print as boxes. */
function clean(text: string): string {
  return (
    text
      .replace(/\r\n?/g, "\n")
      .replace(/\t/g, "    ")
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
      .replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, "")
  );
}
