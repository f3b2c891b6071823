import type { MessageView } from "#domain/collaboration/list-messages.server.ts";
import { threadItems } from "#domain/collaboration/thread-items.ts";
import { formatDateTime } from "#domain/i18n/format.ts";
import type { Translate } from "#domain/i18n/translate.ts";
import type { Locale } from "#vocabulary/vocabulary.ts";
import type { Assignees } from "./assign-case.server.ts";
import {
  attachmentViews,
  caseTitle,
  changesView,
  eligibilityView,
  historyView,
  submittedSections,
} from "./case-view.ts";
import type { CaseEvent, CaseRecord, CaseVersion } from "./find-case.server.ts";

// Everything the case page shows about one case, as plain data in the reader's language: the
// loader gathers the records, this lays them out as the page reads them, the page only renders.

export interface CasePageRecords {
  found: CaseRecord;
  versions: { latest: CaseVersion | null; previous: CaseVersion | null };
  events: CaseEvent[];
  messages: MessageView[];
  /** The offices and advisers to choose from, for whoever may assign the case. */
  assignees: Assignees | null;
}

export function casePageView(records: CasePageRecords, locale: Locale, t: Translate) {
  const { found, versions, events, messages, assignees } = records;
  const { application } = found;
  const latest = versions.latest;
  return {
    id: application.id,
    caseNumber: application.caseNumber ?? "",
    title: caseTitle(latest?.content.form ?? {}, locale, t),
    organisation: found.organisationName,
    programme: found.programmeName[locale],
    call: found.callTitle[locale],
    status: application.status,
    adviser: found.adviserName,
    office: found.officeName?.[locale] ?? null,
    officeId: application.officeId ?? "",
    adviserId: application.assignedAdviserId ?? "",
    decidedBy: application.decidedBy,
    submittedAt: application.submittedAt ? formatDateTime(locale, application.submittedAt) : null,
    version: latest
      ? { number: latest.number, submittedAt: formatDateTime(locale, latest.submittedAt) }
      : null,
    sections: latest ? submittedSections(latest, locale, t) : [],
    changes: latest ? changesView(latest, versions.previous, locale, t) : null,
    eligibility: latest ? eligibilityView(latest, locale, t) : [],
    attachments: latest ? attachmentViews(latest.content.attachments ?? [], latest.rules, locale, t) : [],
    history: historyView(events, locale, t),
    messages: threadItems(messages, locale, (name) => t("workbench.case.messageFromStaff", { name })),
    assignees: assignees && {
      offices: assignees.offices.map((o) => ({ value: o.id, label: o.name[locale] })),
      advisers: assignees.advisers.map((a) => ({
        value: a.id,
        label: `${a.name} (${assignees.offices.find((o) => o.id === a.officeId)?.name[locale] ?? a.officeId})`,
      })),
    },
  };
}
