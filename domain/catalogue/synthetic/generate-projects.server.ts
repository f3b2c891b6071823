import { sql } from "drizzle-orm";
import type { Db } from "#db/connection.ts";
import { norwegianCounties } from "#domain/organisations/norwegian-counties.ts";
import { programmeSeeds } from "#domain/programmes/seed-programmes.ts";
import type { Locale } from "#vocabulary/vocabulary.ts";
import type { CatalogueProjectInput, LocalisedText } from "../catalogue-project.ts";
import {
  deleteSyntheticProjects,
  upsertBatchSize,
  upsertCatalogueProjects,
} from "../upsert-catalogue-project.server.ts";
import {
  aims,
  areaWords,
  norwegianPlaces,
  organisationKinds,
  outcomes,
  type Phrase,
  type Place,
  partnerPlaces,
} from "./word-lists.ts";

// Synthetic projects for demo mode and benchmarks. Deterministic: project i depends only on the
// seed and i (its own random stream), so the same seed gives the same projects, and a corpus of
// 1,000 is the first 1,000 of a corpus of 100,000. Never mixed with real records silently: the
// source is "synthetic" (pages label it, the search can filter on it) and the case numbers have a
// range of their own, "S<year>/<6 digits>" ("S2010/000123"), which no real case number or archive
// row may use (the import refuses it).

export const syntheticFirstYear = 2003;
export const syntheticLastYear = 2026;

/** A 32-bit hash of a string (FNV-1a), to seed one project's stream. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: small, fast and good enough for sample data. Returns numbers in [0, 1). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const titleCase = (text: string) =>
  text.replace(/(^|\s)(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
/** A phrase inside a sentence: first letter small, except names ("Sámi", "Arctic" stay). */
const inSentence = (text: string) =>
  /^(Sámi|Arctic)/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

const [regular, nordic] = [
  programmeSeeds.find((p) => p.id === "no-ru-regular")!,
  programmeSeeds.find((p) => p.id === "no-se-fi-2024")!,
];

/** Project i of the corpus `seed`. */
export function syntheticProject(seed: string | number, i: number): CatalogueProjectInput {
  const next = random(hash(`${seed}:${i}`));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const chance = (p: number) => next() < p;

  const year = syntheticFirstYear + Math.floor(next() * (syntheticLastYear - syntheticFirstYear + 1));
  // The Norwegian-Swedish-Finnish funds start in 2024; from then on most projects are theirs.
  const programme = year >= 2024 && chance(0.7) ? nordic : regular;
  const areas = areaWords;
  const words = pick(areas);

  // Nine in ten applicants are in the programmes' own three counties; the rest anywhere in Norway.
  let home: Place;
  if (chance(0.9)) home = pick(norwegianPlaces);
  else {
    const county = pick(norwegianCounties);
    home = { region: county.id, country: "NO", name: county.name };
  }
  const regions = programme.rules.partnerRegions;
  const partnerCount = 1 + Math.floor(next() * next() * 3);
  const partners: Place[] = [];
  for (let p = 0; p < partnerCount; p++) {
    const region = pick(regions);
    const town = pick(partnerPlaces.filter((x) => x.region === region));
    partners.push(town);
  }
  const applicantKind = pick(organisationKinds);
  const partnerKinds = partners.map(() => pick(organisationKinds));
  const activity = pick(words.activities);
  const topic = pick(words.topics);
  const aim = pick(aims);
  const meetings = 2 + Math.floor(next() * 5);
  const participants = 10 * (2 + Math.floor(next() * 15));
  const titleShape = Math.floor(next() * 3);

  // The languages a project has: always Norwegian; English often; Russian in the Russian programme.
  const languages: Locale[] = ["nb"];
  if (chance(0.65)) languages.push("en");
  if (programme === regular && chance(0.6)) languages.push("ru");

  const lead = partners[0]!;
  const title: LocalisedText = {};
  const summary: LocalisedText = {};
  for (const locale of languages) {
    const a = activity[locale];
    const t = topic[locale];
    const from = home.name[locale];
    const to = lead.name[locale];
    title[locale] =
      titleShape === 0
        ? `${a} ${from}–${to}`
        : titleShape === 1
          ? `${a}: ${inSentence(t)}`
          : locale === "nb"
            ? `${t} over grensen`
            : locale === "en"
              ? `${t} across the border`
              : `${t} без границ`;
    const partnerList = partners.map((p, k) => `${partnerKinds[k]![locale]} (${p.name[locale]})`).join(", ");
    summary[locale] = sentences(locale, {
      applicant: `${applicantKind[locale]} (${from})`,
      partners: partnerList,
      activity: a,
      topic: t,
      meetings,
      participants,
      aim,
    });
  }

  const amountNok =
    Math.round(Math.exp(Math.log(15_000) + next() ** 1.6 * Math.log(1_200_000 / 15_000)) / 1000) * 1000;
  const startMonth = 1 + Math.floor(next() * 12);
  const startDay = 1 + Math.floor(next() * 28);
  const months = 2 + Math.floor(next() * 23);
  const endMonthIndex = startMonth - 1 + months;
  const endYear = year + Math.floor(endMonthIndex / 12);
  const endsOn = isoDate(endYear, (endMonthIndex % 12) + 1, startDay);
  const status = endYear <= 2025 ? "finished" : "ongoing";
  const results: LocalisedText = {};
  if (status === "finished" && chance(0.7)) {
    const outcome = pick(outcomes);
    for (const locale of languages) results[locale] = outcome[locale];
  }

  return {
    caseNumber: `S${year}/${String(i + 1).padStart(6, "0")}`,
    source: "synthetic",
    title,
    summary,
    results,
    applicantName: `${home.name.nb} ${applicantKind.nb}`,
    applicantCounty: home.region,
    partners: partners.map((p, k) => ({
      name: `${p.name.en} ${titleCase(partnerKinds[k]!.en)}`,
      country: p.country,
      region: p.region,
    })),
    priorityArea: words.area,
    programmeId: programme.id,
    year,
    amountNok,
    startsOn: isoDate(year, startMonth, startDay),
    endsOn,
    status,
    photos: [],
  };
}

function sentences(
  locale: Locale,
  s: {
    applicant: string;
    partners: string;
    activity: string;
    topic: string;
    meetings: number;
    participants: number;
    aim: Phrase;
  },
): string {
  if (locale === "nb")
    return (
      `Søker: ${s.applicant}. Partnere: ${s.partners}. Prosjektet handler om ${inSentence(s.topic)}. ` +
      `${s.activity} med ${s.meetings} samlinger og ${s.participants} deltakere til sammen. ${s.aim.nb}`
    );
  if (locale === "en")
    return (
      `Applicant: ${s.applicant}. Partners: ${s.partners}. The project is about ${inSentence(s.topic)}. ` +
      `${s.activity} with ${s.meetings} meetings and ${s.participants} participants in all. ${s.aim.en}`
    );
  return (
    `Заявитель: ${s.applicant}. Партнёры: ${s.partners}. Тема проекта — ${inSentence(s.topic)}. ` +
    `${s.activity}: встреч — ${s.meetings}, участников — ${s.participants}. ${s.aim.ru}`
  );
}

/** The corpus: projects 0..count-1 of `seed`, made one at a time (100,000 never sit in memory at once). */
export function* generateProjects(options: {
  count: number;
  seed: string | number;
}): Generator<CatalogueProjectInput> {
  for (let i = 0; i < options.count; i++) yield syntheticProject(options.seed, i);
}

/**
 * Writes a synthetic corpus: multi-row statements of upsertBatchSize rows, the search documents
 * made by the database, `concurrency` statements at a time (stemming three languages is most of
 * the work, and PostgreSQL does it on as many cores as it gets connections; PGlite runs them one
 * after another). Each batch commits on its own: a corpus is sample data, and a broken run is
 * simply run again (same seed, same rows, upserted). `replace` first removes every synthetic
 * project there is.
 */
export async function insertSyntheticProjects(
  db: Db,
  options: {
    count: number;
    seed: string | number;
    replace?: boolean;
    concurrency?: number;
    onProgress?: (written: number) => void;
  },
): Promise<{ removed: number; written: number }> {
  const removed = options.replace ? await deleteSyntheticProjects(db) : 0;
  const concurrency = Math.max(1, options.concurrency ?? 2);
  const projects = generateProjects(options);
  let written = 0;
  const worker = async () => {
    for (;;) {
      const batch: CatalogueProjectInput[] = [];
      for (let next = projects.next(); !next.done; next = projects.next()) {
        batch.push(next.value);
        if (batch.length >= upsertBatchSize) break;
      }
      if (batch.length === 0) return;
      const summary = await upsertCatalogueProjects(db, batch);
      written += summary.inserted + summary.updated;
      options.onProgress?.(written);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  // Fresh statistics for the planner after a big write (PGlite has no autovacuum to do it).
  await db.execute(sql`analyze catalogue_project`);
  return { removed, written };
}
