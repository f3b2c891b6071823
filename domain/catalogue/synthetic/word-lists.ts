import type { Locale } from "#vocabulary/vocabulary.ts";
import words from "./word-lists.json" with { type: "json" };

// Word lists for synthetic projects (word-lists.json, data a translator can edit): the same phrase
// in Norwegian, English and Russian side by side, so a generated project reads the same in each of
// its languages. Russian sentences are built so every slot stays in the nominative (no case
// endings to get wrong).

export type Phrase = Record<Locale, string>;

export interface Place {
  region: string;
  country: string;
  name: Phrase;
}

export interface AreaWords {
  /** Priority area id (seed-programmes.ts). */
  area: string;
  activities: readonly Phrase[];
  topics: readonly Phrase[];
}

/** Applicant towns by county (the three counties of the Barents programmes). */
export const norwegianPlaces: readonly Place[] = words.norwegianPlaces;

/** Partner towns by Barents region. */
export const partnerPlaces: readonly Place[] = words.partnerPlaces;

/** Kinds of organisation: the applicant's name is "<town> <kind>", a partner's "<Town> <Kind>". */
export const organisationKinds: readonly Phrase[] = words.organisationKinds;

/** Activities and topics by priority area, for the titles and summaries of its projects. */
export const areaWords: readonly AreaWords[] = words.areaWords;

/** What a project aims at: the summary's last sentence. */
export const aims: readonly Phrase[] = words.aims;

/** The results sentence of a finished project. */
export const outcomes: readonly Phrase[] = words.outcomes;
