import fs from "node:fs";
import path from "node:path";
import { type MessageFormatElement, parse } from "@formatjs/icu-messageformat-parser";
import { type Locale, locales } from "#vocabulary/vocabulary.ts";
import { intlTag } from "./locales.ts";

// What `npm run check:i18n` (and so CI) checks in the catalogues, domain/i18n/messages/<lang>/<area>.json:
// every key in every language, in the file its first segment names, once; ICU syntax; the plural
// forms each language needs by CLDR (Russian one, few, many, other); the same arguments in every
// language; every file listed in its language's registry; and no key that no code uses. Each
// problem names the file, the key and the language, so a translator knows what to open.

const defining: Locale = "nb";

/** Prefixes of keys built at run time that the source scan cannot see (see findUnusedKeys). */
const computedPrefixes = [
  // A user's role is shown as t(`role.${role}`): one segment, too wide to guess.
  "role.",
  // Facet values are shown as t(`catalogue.${facet}.${value}`) (catalogue-labels.ts).
  "catalogue.amountBand.",
  "catalogue.status.",
];

type Kind = "plain" | "plural" | "select" | "number" | "date" | "time";
const kindOf: Record<number, Kind | undefined> = {
  1: "plain",
  2: "number",
  3: "date",
  4: "time",
  5: "select",
  6: "plural",
};

const syntaxErrors: Record<string, string> = {
  EXPECT_ARGUMENT_CLOSING_BRACE: "a placeholder is not closed with }",
  EMPTY_ARGUMENT: "a placeholder {} has no name",
  MALFORMED_ARGUMENT: "a placeholder is broken (write {name}, or {name, plural, ...})",
  MISSING_OTHER_CLAUSE: "a plural or select lacks its other {...} form, or a form is not closed with }",
  EXPECT_PLURAL_ARGUMENT_OPTIONS: "a plural has no forms",
  EXPECT_SELECT_ARGUMENT_OPTIONS: "a select has no forms",
  UNCLOSED_QUOTE_IN_ARGUMENT_STYLE: "a quote ' is not closed",
  INVALID_ARGUMENT_TYPE: "unknown placeholder type (plural, select, number, date or time)",
};

export interface CatalogueFiles {
  /** Per language, per area (file name without .json): the file's text. */
  texts: Record<Locale, Map<string, string>>;
}

export function readCatalogueFiles(messagesDir: string): CatalogueFiles {
  const texts = {} as Record<Locale, Map<string, string>>;
  for (const locale of locales) {
    const dir = path.join(messagesDir, locale);
    const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => name.endsWith(".json")) : [];
    texts[locale] = new Map(
      files
        .sort()
        .map((name) => [name.slice(0, -".json".length), fs.readFileSync(path.join(dir, name), "utf8")]),
    );
  }
  return { texts };
}

/** The top-level keys of a flat JSON object in order, duplicates kept (JSON.parse keeps only the last). */
function keysInOrder(text: string): string[] {
  const keys: string[] = [];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "{" || ch === "[") depth++;
    else if (ch === "}" || ch === "]") depth--;
    else if (ch === '"') {
      let end = i + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === "\\" ? 2 : 1;
      const token = text.slice(i, end + 1);
      let next = end + 1;
      while (next < text.length && /\s/.test(text[next]!)) next++;
      if (depth === 1 && text[next] === ":") keys.push(JSON.parse(token) as string);
      i = end;
    }
  }
  return keys;
}

function argumentsOf(ast: MessageFormatElement[], found = new Map<string, Kind>()): Map<string, Kind> {
  for (const element of ast) {
    const kind = kindOf[element.type];
    if (kind && "value" in element && !(found.get(element.value) === "plural"))
      found.set(element.value, kind);
    if (element.type === 5 || element.type === 6)
      for (const option of Object.values(element.options)) argumentsOf(option.value, found);
  }
  return found;
}

function signature(ast: MessageFormatElement[]): string {
  return [...argumentsOf(ast)]
    .map(([name, kind]) => (kind === "plain" ? name : `${name}, ${kind}`))
    .sort()
    .join("} {");
}

const cldrOrder: Intl.LDMLPluralRule[] = ["zero", "one", "two", "few", "many", "other"];

/** Plural forms a language lacks, and a count written as {count} inside its own plural (use #). */
function pluralProblems(locale: Locale, ast: MessageFormatElement[], outer: string[] = []): string[] {
  const problems: string[] = [];
  const needed = cldrOrder.filter((category) =>
    new Intl.PluralRules(intlTag[locale]).resolvedOptions().pluralCategories.includes(category),
  );
  for (const element of ast) {
    if (element.type === 1 && outer.includes(element.value))
      problems.push(`writes {${element.value}} inside its plural: write # for the number`);
    if (element.type === 6 && element.pluralType === "cardinal") {
      const missing = needed.filter((category) => !(category in element.options));
      if (missing.length > 0)
        problems.push(
          `the plural {${element.value}} lacks the form${missing.length > 1 ? "s" : ""} ${missing.join(", ")} (${locale} needs ${needed.join(", ")})`,
        );
    }
    if (element.type === 5 || element.type === 6) {
      const inner = element.type === 6 ? [...outer, element.value] : outer;
      for (const option of Object.values(element.options))
        problems.push(...pluralProblems(locale, option.value, inner));
    }
  }
  return problems;
}

function describeSyntaxError(source: string, error: unknown): string {
  const kind = error instanceof Error ? error.message : String(error);
  const offset = (error as { location?: { start: { offset: number } } }).location?.start.offset;
  const where =
    offset === undefined
      ? ""
      : ` at character ${offset + 1}: «${source.slice(Math.max(0, offset - 20), offset)}⟨here⟩${source.slice(offset, offset + 10)}»`;
  return `ICU syntax error, ${syntaxErrors[kind] ?? kind}${where}`;
}

/** The catalogues' own problems (everything but unused keys). Empty means whole. */
export function checkCatalogueFiles(files: CatalogueFiles): string[] {
  const problems: string[] = [];
  const parsed = {} as Record<Locale, Map<string, { area: string; source: string }>>;
  const asts = {} as Record<Locale, Map<string, MessageFormatElement[]>>;
  const areas = new Set(locales.flatMap((locale) => [...files.texts[locale].keys()]));

  for (const locale of locales) {
    parsed[locale] = new Map();
    asts[locale] = new Map();
    for (const area of areas) {
      const file = `${locale}/${area}.json`;
      const text = files.texts[locale].get(area);
      if (text === undefined) {
        const others = locales.filter((l) => files.texts[l].has(area));
        problems.push(
          `${file}: missing (${others.join(" and ")} ${others.length === 1 ? "has" : "have"} ${area}.json)`,
        );
        continue;
      }
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch (error) {
        problems.push(`${file}: not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
        continue;
      }
      if (!data || typeof data !== "object" || Array.isArray(data)) {
        problems.push(`${file}: must be one object of "key": "message"`);
        continue;
      }
      const seen = new Set<string>();
      for (const key of keysInOrder(text)) {
        if (seen.has(key)) problems.push(`${file}: ${key} is defined twice`);
        seen.add(key);
      }
      for (const [key, source] of Object.entries(data)) {
        if (!key.startsWith(`${area}.`)) {
          problems.push(
            `${file}: ${key} belongs in ${locale}/${key.split(".")[0]}.json (a file holds the keys its name begins)`,
          );
          continue;
        }
        if (typeof source !== "string") {
          problems.push(`${file}: ${key} (${locale}) must be a string in ICU MessageFormat`);
          continue;
        }
        parsed[locale].set(key, { area, source });
        if (source.trim() === "") {
          problems.push(`${file}: ${key} (${locale}) is empty`);
          continue;
        }
        try {
          const ast = parse(source, { ignoreTag: true, requiresOtherClause: true });
          asts[locale].set(key, ast);
          for (const problem of pluralProblems(locale, ast))
            problems.push(`${file}: ${key} (${locale}) ${problem}`);
        } catch (error) {
          problems.push(`${file}: ${key} (${locale}) ${describeSyntaxError(source, error)}`);
        }
      }
    }
  }

  for (const locale of locales) {
    if (locale === defining) continue;
    for (const [key, { area }] of parsed[defining]) {
      if (!parsed[locale].has(key)) {
        problems.push(`${locale}/${area}.json: ${key} is missing (${defining} has it)`);
        continue;
      }
      const expected = asts[defining].get(key);
      const actual = asts[locale].get(key);
      if (!expected || !actual) continue;
      const want = signature(expected);
      const have = signature(actual);
      if (want !== have)
        problems.push(
          `${locale}/${area}.json: ${key} (${locale}) has ${have ? `{${have}}` : "no arguments"} where ${defining} has ${want ? `{${want}}` : "none"}`,
        );
    }
    for (const [key, { area }] of parsed[locale]) {
      if (!parsed[defining].has(key))
        problems.push(
          `${locale}/${area}.json: ${key} is not in ${defining}/${area}.json (${defining} defines the keys)`,
        );
    }
  }
  // By file, so a translator reads the problems of one file together.
  return problems.sort();
}

/** The registry (<lang>.ts) must list every file of its language, and nothing else. */
export function checkRegistries(messagesDir: string, files: CatalogueFiles): string[] {
  const problems: string[] = [];
  for (const locale of locales) {
    const registry = path.join(messagesDir, `${locale}.ts`);
    const text = fs.existsSync(registry) ? fs.readFileSync(registry, "utf8") : "";
    const listed = new Set(
      [...text.matchAll(new RegExp(`"\\./${locale}/([^"/]+)\\.json"`, "g"))].map((m) => m[1]!),
    );
    for (const area of files.texts[locale].keys()) {
      if (!listed.has(area))
        problems.push(
          `${locale}/${area}.json: not in ${locale}.ts, so the app does not read it (add its export line)`,
        );
    }
    for (const area of listed) {
      if (!files.texts[locale].has(area))
        problems.push(`${locale}.ts: lists ${locale}/${area}.json, which does not exist`);
    }
  }
  return problems;
}

const sourceRoots = ["app", "domain", "vocabulary", "server", "jobs", "cli", "db", "config"];

/** The project's source files that can use a message (tests excluded: a key only a test uses is unused). */
export function listSourceFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "node_modules" && !entry.name.startsWith(".")) walk(full);
      } else if (/\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
        found.push(full);
      }
    }
  };
  for (const name of sourceRoots) if (fs.existsSync(path.join(root, name))) walk(path.join(root, name));
  return found;
}

/**
 * Keys no code uses. A key counts as used when it appears as a string in the source, or when a
 * template or string names a prefix of at least two segments that it begins with (`case.state.${state}`,
 * "case.refused." + reason); one-segment prefixes are too wide to guess, so they need an entry in
 * computedPrefixes above.
 */
export function findUnusedKeys(files: CatalogueFiles, sources: { file: string; text: string }[]): string[] {
  const literals = new Set<string>();
  const prefixes = [...computedPrefixes];
  for (const { text } of sources) {
    for (const match of text.matchAll(/["'`]([A-Za-z][\w-]*(?:\.[\w-]+)+)["'`]/g)) literals.add(match[1]!);
    for (const match of text.matchAll(/`([A-Za-z][\w-]*(?:\.[\w-]+)+\.)\$\{/g)) prefixes.push(match[1]!);
    for (const match of text.matchAll(/["']([A-Za-z][\w-]*(?:\.[\w-]+)+\.)["']/g)) prefixes.push(match[1]!);
  }
  const problems: string[] = [];
  for (const [area, text] of files.texts[defining]) {
    let data: Record<string, unknown>;
    try {
      data = JSON.parse(text) as Record<string, unknown>;
    } catch {
      continue;
    }
    for (const key of Object.keys(data)) {
      if (literals.has(key) || prefixes.some((prefix) => key.startsWith(prefix))) continue;
      problems.push(`${defining}/${area}.json: ${key} is used by no code (remove it from every language)`);
    }
  }
  return problems;
}

/** Everything `npm run check:i18n` reports for the project at `root`. */
export function checkI18n(root: string): string[] {
  const messagesDir = path.join(root, "domain/i18n/messages");
  const files = readCatalogueFiles(messagesDir);
  const sources = listSourceFiles(root).map((file) => ({ file, text: fs.readFileSync(file, "utf8") }));
  return [
    ...checkCatalogueFiles(files),
    ...checkRegistries(messagesDir, files),
    ...findUnusedKeys(files, sources),
  ];
}
