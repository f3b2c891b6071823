import { isTheme, type Locale } from "#vocabulary/vocabulary.ts";
import { type ProgrammeRules, programmeRulesSchema } from "./programme-rules.ts";
import seeds from "./seed-programmes.json" with { type: "json" };

// The two programmes of the domain brief, with the rules as published (sources in shared/domain.md),
// as data in seed-programmes.json: the priority areas and the ineligible costs are the same for
// both. The published rules name no required attachments; the secretariat asks for a partner's
// letter of intent, so the demo programmes require one (a manager can change this in the app).
// Cost categories, the screening checklist and the assessment criteria are the rules' defaults.

export interface ProgrammeSeed {
  id: string;
  name: Record<Locale, string>;
  summary: Record<Locale, string>;
  rules: ProgrammeRules;
}

// Every priority area is one of the vocabulary's themes: the catalogue and the statistics count by them.
for (const area of seeds.priorityAreas) {
  if (!isTheme(area.id))
    throw new Error(`seed-programmes.json: "${area.id}" is not a theme in vocabulary.ts`);
}

export const programmeSeeds: ProgrammeSeed[] = seeds.programmes.map((programme) => ({
  ...programme,
  // Checked as a manager's edit is, so the data file cannot hold rules the app would refuse.
  rules: programmeRulesSchema.parse({
    ...programme.rules,
    priorityAreas: seeds.priorityAreas,
    ineligibleCosts: seeds.ineligibleCosts,
    requiredAttachments: seeds.requiredAttachments,
  }),
}));
