import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  checkCatalogueFiles,
  checkRegistries,
  findUnusedKeys,
  readCatalogueFiles,
} from "./check-catalogues.server.ts";

// The check runs on a catalogue written to a temporary folder, so each test breaks a copy of its
// own and the real files stay as they are.

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

type Files = Record<"nb" | "en" | "ru", Record<string, string | Record<string, string>>>;

function write(files: Files): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bb-catalogue-"));
  dirs.push(dir);
  for (const [locale, areas] of Object.entries(files)) {
    fs.mkdirSync(path.join(dir, locale));
    for (const [area, content] of Object.entries(areas))
      fs.writeFileSync(
        path.join(dir, locale, `${area}.json`),
        typeof content === "string" ? content : JSON.stringify(content, null, 2),
      );
  }
  return dir;
}

const whole: Files = {
  nb: {
    shop: {
      "shop.greeting": "Hei, {name}!",
      "shop.items": "{count, plural, one {# vare} other {# varer}}",
    },
  },
  en: {
    shop: {
      "shop.greeting": "Hello, {name}!",
      "shop.items": "{count, plural, one {# item} other {# items}}",
    },
  },
  ru: {
    shop: {
      "shop.greeting": "Здравствуйте, {name}!",
      "shop.items": "{count, plural, one {# товар} few {# товара} many {# товаров} other {# товара}}",
    },
  },
};

function check(files: Files): string[] {
  return checkCatalogueFiles(readCatalogueFiles(write(files)));
}

describe("the catalogue check", () => {
  it("passes a whole catalogue", () => {
    expect(check(whole)).toEqual([]);
  });

  it("names file, key and language of a broken placeholder", () => {
    const broken = structuredClone(whole);
    (broken.ru.shop as Record<string, string>)["shop.greeting"] = "Здравствуйте, {name";
    expect(check(broken)).toEqual([
      expect.stringMatching(
        /^ru\/shop\.json: shop\.greeting \(ru\) ICU syntax error, a placeholder is not closed/,
      ),
    ]);
  });

  it("catches a plural that is not closed", () => {
    const broken = structuredClone(whole);
    (broken.en.shop as Record<string, string>)["shop.items"] = "{count, plural, one {# item}";
    expect(check(broken)).toEqual([
      expect.stringMatching(/^en\/shop\.json: shop\.items \(en\) ICU syntax error/),
    ]);
  });

  it("catches a missing Russian plural form", () => {
    const broken = structuredClone(whole);
    (broken.ru.shop as Record<string, string>)["shop.items"] =
      "{count, plural, one {# товар} few {# товара} other {# товара}}";
    expect(check(broken)).toEqual([
      "ru/shop.json: shop.items (ru) the plural {count} lacks the form many (ru needs one, few, many, other)",
    ]);
  });

  it("catches a placeholder renamed in one language, and a count written as {count} inside its plural", () => {
    const broken = structuredClone(whole);
    (broken.en.shop as Record<string, string>)["shop.greeting"] = "Hello, {nmae}!";
    (broken.nb.shop as Record<string, string>)["shop.items"] =
      "{count, plural, one {{count} vare} other {# varer}}";
    expect(check(broken)).toEqual([
      "en/shop.json: shop.greeting (en) has {nmae} where nb has {name}",
      "nb/shop.json: shop.items (nb) writes {count} inside its plural: write # for the number",
    ]);
  });

  it("catches a missing key or file, a key in the wrong file, a key defined twice", () => {
    const broken = structuredClone(whole);
    delete (broken.ru.shop as Record<string, string>)["shop.greeting"];
    (broken.en.shop as Record<string, string>)["till.total"] = "Total";
    broken.en.till = { "till.total": "Total" };
    broken.nb.shop = `{\n  "shop.greeting": "Hei!",\n  "shop.greeting": "Hei, {name}!",\n  "shop.items": "{count, plural, one {# vare} other {# varer}}"\n}\n`;
    expect(check(broken)).toEqual([
      "en/shop.json: till.total belongs in en/till.json (a file holds the keys its name begins)",
      "en/till.json: till.total is not in nb/till.json (nb defines the keys)",
      "nb/shop.json: shop.greeting is defined twice",
      "nb/till.json: missing (en has till.json)",
      "ru/shop.json: shop.greeting is missing (nb has it)",
      "ru/till.json: missing (en has till.json)",
    ]);
  });

  it("names a file its language's registry does not list", () => {
    const dir = write(whole);
    fs.writeFileSync(path.join(dir, "nb.ts"), 'export { default as shop } from "./nb/shop.json";\n');
    fs.writeFileSync(path.join(dir, "en.ts"), 'export { default as shop } from "./en/shop.json";\n');
    fs.writeFileSync(path.join(dir, "ru.ts"), 'export { default as gone } from "./ru/gone.json";\n');
    expect(checkRegistries(dir, readCatalogueFiles(dir))).toEqual([
      "ru/shop.json: not in ru.ts, so the app does not read it (add its export line)",
      "ru.ts: lists ru/gone.json, which does not exist",
    ]);
  });

  it("finds keys no code uses, counting literals and two-segment template prefixes", () => {
    const files = readCatalogueFiles(
      write({
        nb: {
          shop: {
            "shop.greeting": "Hei",
            "shop.state.open": "Åpen",
            "shop.state.closed": "Stengt",
            "shop.kind.food": "Mat",
            "shop.unused": "Ingen bruker meg",
          },
        },
        en: {},
        ru: {},
      }),
    );
    const sources = [
      // biome-ignore lint/suspicious/noTemplateCurlyInString: source code under test
      { file: "a.tsx", text: 't("shop.greeting"); t(`shop.state.${state}`);' },
      // A one-segment template is too wide to count: shop.kind.food stays unused through it.
      // biome-ignore lint/suspicious/noTemplateCurlyInString: source code under test
      { file: "b.ts", text: "const key = `shop.${kind}.food`;" },
    ];
    expect(findUnusedKeys(files, sources)).toEqual([
      "nb/shop.json: shop.kind.food is used by no code (remove it from every language)",
      "nb/shop.json: shop.unused is used by no code (remove it from every language)",
    ]);
  });
});
