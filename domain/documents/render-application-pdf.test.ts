import { extractText, extractTextItems, getMeta } from "unpdf";
import { describe, expect, it } from "vitest";
import { renderRuleMessage } from "#domain/eligibility/render-rule-message.ts";
import type { Locale } from "#vocabulary/vocabulary.ts";
import { renderApplicationPdf } from "./render-application-pdf.server.ts";
import {
  applicationContent,
  applicationForm,
  applicationPdfInput,
  attachmentSha256,
  programme,
} from "./testing/application-pdf-fixture.ts";

// The PDF is read back with pdf.js (unpdf), as a viewer or a screen reader would read it.

/** Whitespace as one plain space: Intl's no-break spaces and the PDF's line breaks compare equal. */
const plain = (text: string) => text.replace(/\s+/g, " ").trim();

async function read(pdf: Buffer) {
  const { totalPages, text } = await extractText(new Uint8Array(pdf), { mergePages: false });
  return { totalPages, pages: text.map(plain), all: plain(text.join(" ")) };
}

function render(locale: Locale, overrides: Parameters<typeof applicationPdfInput>[0] = {}) {
  return renderApplicationPdf(
    locale,
    applicationPdfInput({ programmeName: programme.name[locale], ...overrides }),
  );
}

describe("the PDF of a submitted application", () => {
  it("shows the case number, programme, call and what the applicant wrote, in Norwegian", async () => {
    const pdf = await render("nb");
    expect(pdf.subarray(0, 8).toString("latin1")).toBe("%PDF-1.7");
    const { all } = await read(pdf);
    expect(all).toContain("Søknad 2026/00042");
    expect(all).toContain("Norsk-russiske prosjektmidler (ordinære)");
    expect(all).toContain("Løpende søknader 2026");
    expect(all).toContain("Sendt inn (norsk tid) 15. jan. 2026, 11:00");
    expect(all).toContain("Organisasjonsnummer 921 000 006");
    expect(all).toContain("Fylke Finnmark");
    expect(all).toContain("Tittel (norsk bokmål) Joik og sang over grensen");
    // The applicant's Russian title too, as written.
    expect(all).toContain("Tittel (russisk) Йойк и песня через границу");
    expect(all).toContain("Satsingsområde Kultur og idrett");
    expect(all).toContain("Region Murmansk oblast");
    expect(all).toContain("Startdato 1. mars 2026");
    expect(all).toContain("Buss Kirkenes–Murmansk 60 000 kr");
    expect(all).toContain("Mat – personer: 20, dager: 3");
    expect(all).toContain("Sum kostnader 90 000 kr");
    expect(all).toContain("Frivillig arbeid Planlegging og rigging Norge 50 200 kr 10 000 kr");
    expect(all).toContain("Totale kostnader 100 000 kr");
    expect(all).toContain("Omsøkt andel av kostnadene 70 %");
  });

  it("writes Russian headings and labels in Cyrillic, with Russian number formats", async () => {
    const { all } = await read(await render("ru"));
    expect(all).toContain("Заявка 2026/00042");
    expect(all).toContain("Норвежско-российские проектные средства (основные)");
    for (const heading of ["Организация-заявитель", "Проект", "Партнёры", "Бюджет", "План финансирования"])
      expect(all).toContain(heading);
    expect(all).toContain("Губерния (фюльке) Финнмарк");
    expect(all).toContain("Название или имя Хор «Северное сияние»");
    expect(all).toContain("Регион Мурманская область");
    expect(all).toContain("Страна Россия");
    expect(all).toContain("Дата начала 1 марта 2026 г.");
    expect(all).toContain("Проезд Buss Kirkenes–Murmansk 60 000 NOK");
    expect(all).toContain("Общие расходы 100 000 NOK");
    // Glyphs that are not in the font come out as nothing or U+FFFD; none may be missing.
    expect(all).not.toMatch(/\uFFFD/);
  });

  it("formats amounts the English way", async () => {
    const { all } = await read(await render("en"));
    expect(all).toContain("Amount requested NOK 70,000");
    expect(all).toContain("Total costs NOK 100,000");
    expect(all).toContain("Largest amount this project may request NOK 70,000");
  });

  it("states every screening result in the reader's language with its outcome", async () => {
    for (const locale of ["nb", "en", "ru"] as const) {
      const input = applicationPdfInput();
      const { all } = await read(await render(locale));
      expect(input.eligibility).toHaveLength(16);
      for (const result of input.eligibility) {
        expect(all, `${locale} ${result.ruleId}`).toContain(plain(renderRuleMessage(locale, result.message)));
      }
    }
    const { all } = await read(await render("en"));
    expect(all).toContain("Budget balance Met The financing (NOK 100,000) matches the total");
  });

  it("lists the attachments with their SHA-256 sums whole, so a file can be checked", async () => {
    const { all } = await read(await render("en"));
    expect(all).toContain("intensjonsbrev.pdf");
    expect(all).toContain("Kind Letter of intent from the partner");
    expect(all).toContain(`SHA-256 ${attachmentSha256}`);
  });

  it("carries its title and language, and is tagged for screen readers", async () => {
    const pdf = await render("ru");
    const { info } = await getMeta(new Uint8Array(pdf));
    expect(info.Title).toBe("2026/00042 Йойк и песня через границу");
    expect(info.Language).toBe("ru-RU");
    const raw = pdf.toString("latin1");
    expect(raw).toContain("/StructTreeRoot");
    expect(raw).toContain("/Marked true");
    expect(raw).toMatch(/\/S \/H1/);
    expect(raw).toMatch(/\/S \/Table/);
  });

  it("is the same file every time for the same submission", async () => {
    const first = await render("nb");
    const second = await render("nb");
    expect(first.equals(second)).toBe(true);
    const later = await render("nb", { submittedAt: new Date("2026-01-16T10:00:00Z") });
    expect(later.equals(first)).toBe(false);
  });

  it("breaks long texts across pages without losing a word, and numbers the pages", async () => {
    const summary = longText(5000, "Setning");
    const description = longText(7000, "Linje");
    const form = applicationForm();
    form.project!.summary = { nb: summary };
    form.budget!.lines![0]!.description = description;
    const pdf = await render("nb", { content: applicationContent(form) });
    const { totalPages, pages } = await read(pdf);

    expect(summary).toHaveLength(5000);
    expect(totalPages).toBeGreaterThanOrEqual(4);
    pages.forEach((page, index) => {
      expect(page).toContain(`Søknad 2026/00042, versjon 1 – side ${index + 1} av ${totalPages}`);
    });
    // The text without the footers, as it flows from page to page.
    const flowing = plain(
      pages.map((page) => page.replace(/Søknad 2026\/00042, versjon 1 – side \d+ av \d+/, "")).join(" "),
    );
    expect(flowing).toContain(plain(summary));
    expect(flowing).toContain(plain(description));
    const first = pages.findIndex((page) => page.includes("Setning 1 "));
    const last = pages.findIndex((page) => page.includes(summary.slice(-40)));
    expect(last).toBeGreaterThan(first);

    // Nothing printed outside the page's margins: no line cut off at the bottom or the edge.
    const { items } = await extractTextItems(new Uint8Array(pdf));
    const [width, height] = [595.28, 841.89];
    for (const pageItems of items) {
      for (const item of pageItems.filter((i) => i.str.trim() !== "")) {
        expect(item.x).toBeGreaterThanOrEqual(55);
        expect(item.x + item.width).toBeLessThanOrEqual(width - 55);
        expect(item.y).toBeGreaterThanOrEqual(30);
        expect(item.y + item.height).toBeLessThanOrEqual(height - 50);
      }
    }
  });
});

/** Numbered sentences up to exactly `length` characters, ending in a whole word. */
function longText(length: number, word: string): string {
  let text = "";
  for (let n = 1; text.length < length; n++) {
    text += `${word} ${n} forteller om korene fra Kirkenes og Murmansk som øver sammen. `;
  }
  return `${text.slice(0, length - 1).trimEnd()}.`.padEnd(length, "x");
}
