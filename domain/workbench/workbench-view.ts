import { applicationTitle } from "#domain/applications/application-title.ts";
import { formatDate, formatNok } from "#domain/i18n/format.ts";
import type { Translate } from "#domain/i18n/translate.ts";
import { norwegianCounties } from "#domain/organisations/norwegian-counties.ts";
import type { ProgrammeRules } from "#domain/programmes/programme-rules.ts";
import { barentsRegions } from "#domain/regions/barents-regions.ts";
import type { Locale } from "#vocabulary/vocabulary.ts";
import type { CaseListRow } from "./list-cases.server.ts";

// The workbench's list and filter choices as plain data in the reader's language: the loader reads
// the records, this lays them out, the page renders.

/** One case as a row of the list ("–" where there is nothing yet). */
export function workbenchRow(row: CaseListRow, locale: Locale, t: Translate) {
  return {
    id: row.id,
    caseNumber: row.caseNumber ?? "–",
    title:
      (row.title && applicationTitle({ project: { title: row.title } }, locale)) ?? t("application.untitled"),
    organisation: row.organisationName,
    programme: row.programmeName[locale],
    status: row.status,
    adviser: row.adviserName ?? t("workbench.list.unassigned"),
    office: row.officeName?.[locale] ?? "–",
    requested: row.requested === null ? "–" : formatNok(locale, row.requested),
    submitted: row.submittedAt ? formatDate(locale, row.submittedAt, "short") : "–",
  };
}

type Named = { id: string; name: Record<Locale, string> };

/** What each filter can be set to, labelled in the reader's language. */
export function filterChoices(
  records: {
    programmes: (Named & { rules: ProgrammeRules })[];
    calls: { id: string; programmeId: string; title: Record<Locale, string> }[];
    offices: Named[];
  },
  locale: Locale,
) {
  const { programmes, calls, offices } = records;
  // A priority area shared by programmes is one choice, named as the first programme names it.
  const priorityAreas = new Map<string, string>();
  for (const programme of programmes)
    for (const area of programme.rules.priorityAreas)
      if (!priorityAreas.has(area.id)) priorityAreas.set(area.id, area.name[locale]);
  const choice = (item: Named) => ({ value: item.id, label: item.name[locale] });
  return {
    programme: programmes.map(choice),
    call: calls.map((c) => ({
      value: c.id,
      label: `${c.title[locale]} (${programmes.find((p) => p.id === c.programmeId)?.name[locale] ?? c.programmeId})`,
    })),
    office: offices.map(choice),
    priority: [...priorityAreas].map(([value, label]) => ({ value, label })),
    county: norwegianCounties.map(choice),
    region: barentsRegions.map(choice),
  };
}

export type FilterChoices = ReturnType<typeof filterChoices>;
