import type { ProgrammeRulesEdit } from "../programme-rules-form.ts";
import { programmeSeeds } from "../seed-programmes.ts";

/** A seeded programme's rules as an edit (no applicant country), deep-copied so a test may change it. */
export function seedProgrammeEdit(id: string): ProgrammeRulesEdit {
  const seed = programmeSeeds.find((p) => p.id === id);
  if (!seed) throw new Error(`no seeded programme ${id}`);
  const { applicantCountry: _country, ...edit } = structuredClone(seed.rules);
  return edit;
}
