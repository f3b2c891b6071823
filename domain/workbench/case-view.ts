import type { ApplicationForm } from "#domain/applications/application-form.ts";
import { applicationTitle } from "#domain/applications/application-title.ts";
import type { SubmittedAttachment } from "#domain/applications/submitted-content.ts";
import { formatFileSize } from "#domain/attachments/format-file-size.ts";
import { caseTransitions } from "#domain/cases/case-transitions.ts";
import { renderRuleMessage, ruleTitleKey } from "#domain/eligibility/render-rule-message.ts";
import type { RuleOutcome } from "#domain/eligibility/rule-result.ts";
import { formatDateTime, formatNok, formatNumber } from "#domain/i18n/format.ts";
import type { Translate } from "#domain/i18n/translate.ts";
import { norwegianCounties } from "#domain/organisations/norwegian-counties.ts";
import { formatOrganisationNumber } from "#domain/organisations/organisation-number.ts";
import type { ProgrammeRules } from "#domain/programmes/programme-rules.ts";
import { isCaseState, type Locale } from "#vocabulary/vocabulary.ts";
import type { CaseEvent, CaseVersion } from "./find-case.server.ts";
import { fieldLabel, fieldValue } from "./form-fields.ts";
import { diffVersions } from "./version-diff.ts";

// The case page's content as plain data in the reader's language: the application as sent (the
// latest version, never the live draft), what changed since the version before, the eligibility
// results stored with it, and the history in words. The page only lays this out.

export interface Fact {
  label: string;
  value: string;
}

export type SubmittedSection =
  | { id: string; heading: string; kind: "facts"; facts: Fact[] }
  | { id: string; heading: string; kind: "table"; columns: string[]; rows: string[][]; empty: string };

function given(value: string, t: Translate): string {
  return value.trim() === "" ? t("documents.notGiven") : value;
}

function listRows<Row extends object>(
  rows: Row[] | undefined,
  list: string,
  fields: readonly (keyof Row & string)[],
  show: (path: string, value: string) => string,
): string[][] {
  return (rows ?? []).map((row, index) =>
    fields.map((field) => {
      const value = (row as Record<string, unknown>)[field];
      return show(`${list}.${index}.${field}`, typeof value === "string" ? value : "");
    }),
  );
}

/** The application as sent, section by section. */
export function submittedSections(version: CaseVersion, locale: Locale, t: Translate): SubmittedSection[] {
  const { form, organisation, totals } = version.content;
  const rules: ProgrammeRules | null = version.rules;
  const show = (path: string, value: string) => given(fieldValue(path, value, locale, t, rules), t);
  const fact = (path: string, value: string | undefined): Fact => ({
    label: fieldLabel(path, locale, t),
    value: show(path, value ?? ""),
  });
  const project = form.project ?? {};
  const texts = (name: "title" | "summary" | "cooperation"): Fact[] => {
    const input = project[name] ?? {};
    const written = (Object.keys(input) as Locale[]).filter((l) => (input[l] ?? "").trim() !== "");
    return written.length === 0
      ? [fact(`project.${name}`, "")]
      : written.map((language) => fact(`project.${name}.${language}`, input[language]));
  };
  const county = norwegianCounties.find((c) => c.id === organisation.county);
  const share =
    totals.sharePercent === null
      ? "–"
      : `${formatNumber(locale, totals.sharePercent, { maximumFractionDigits: 1 })} %`;
  const column = (path: string) => fieldLabel(path, locale, t);
  return [
    {
      id: "project",
      heading: t("application.step.project"),
      kind: "facts",
      facts: [
        ...texts("title"),
        ...texts("summary"),
        ...texts("cooperation"),
        fact("project.priorityArea", project.priorityArea),
        {
          label: fieldLabel("project.isBusinessProject", locale, t),
          value: project.isBusinessProject === "on" ? t("workbench.case.yes") : t("workbench.case.no"),
        },
        fact("project.startDate", project.startDate),
        fact("project.endDate", project.endDate),
      ],
    },
    {
      id: "organisation",
      heading: t("documents.organisation.heading"),
      kind: "facts",
      facts: [
        { label: t("documents.organisation.name"), value: organisation.name },
        {
          label: t("documents.organisation.orgNumber"),
          value: organisation.orgNumber
            ? formatOrganisationNumber(organisation.orgNumber)
            : t("documents.notGiven"),
        },
        { label: t("documents.organisation.address"), value: given(organisation.address ?? "", t) },
        {
          label: t("documents.organisation.county"),
          value: county ? county.name[locale] : given(organisation.county ?? "", t),
        },
        fact("applicant.contactName", form.applicant?.contactName),
        fact("applicant.contactEmail", form.applicant?.contactEmail),
        fact("applicant.contactPhone", form.applicant?.contactPhone),
      ],
    },
    {
      id: "partners",
      heading: t("application.step.partners"),
      kind: "table",
      columns: ["name", "kind", "country", "region", "email"].map((f) => column(`partners.items.${f}`)),
      rows: listRows(
        form.partners?.items,
        "partners.items",
        ["name", "kind", "country", "region", "email"],
        show,
      ),
      empty: t("documents.none"),
    },
    {
      id: "activities",
      heading: t("application.step.activities"),
      kind: "table",
      columns: ["title", "startDate", "endDate", "place", "participantsApplicant", "participantsPartner"].map(
        (f) => column(`activities.items.${f}`),
      ),
      rows: listRows(
        form.activities?.items,
        "activities.items",
        ["title", "startDate", "endDate", "place", "participantsApplicant", "participantsPartner"],
        show,
      ),
      empty: t("documents.none"),
    },
    {
      id: "budget",
      heading: t("application.step.budget"),
      kind: "table",
      columns: ["category", "description", "amount", "foodPersons", "foodDays"].map((f) =>
        column(`budget.lines.${f}`),
      ),
      rows: listRows(
        form.budget?.lines,
        "budget.lines",
        ["category", "description", "amount", "foodPersons", "foodDays"],
        show,
      ),
      empty: t("documents.none"),
    },
    {
      id: "own-work",
      heading: t("workbench.case.ownWork"),
      kind: "table",
      columns: ["kind", "side", "hours", "description"].map((f) => column(`budget.ownWork.${f}`)),
      rows: listRows(form.budget?.ownWork, "budget.ownWork", ["kind", "side", "hours", "description"], show),
      empty: t("documents.none"),
    },
    {
      id: "financing",
      heading: t("application.step.financing"),
      kind: "facts",
      facts: [
        { label: t("application.totals.cashCosts"), value: formatNok(locale, totals.cashCosts) },
        { label: t("application.totals.ownWork"), value: formatNok(locale, totals.ownWork) },
        { label: t("application.totals.totalCosts"), value: formatNok(locale, totals.totalCosts) },
        { label: t("application.field.requested"), value: formatNok(locale, totals.requested) },
        { label: t("application.field.ownFunds"), value: formatNok(locale, totals.ownFunds) },
        {
          label: t("application.field.partnerContributions"),
          value: formatNok(locale, totals.partnerContributions),
        },
        { label: t("application.field.otherSources"), value: formatNok(locale, totals.otherSources) },
        { label: t("application.totals.financing"), value: formatNok(locale, totals.financing) },
        { label: t("application.totals.difference"), value: formatNok(locale, totals.difference) },
        { label: t("workbench.case.share"), value: share },
        { label: t("workbench.case.decidedBy"), value: t(`workbench.decidedBy.${totals.decidedBy}`) },
      ],
    },
  ];
}

export interface AttachmentView {
  id: string;
  fileName: string;
  kind: string;
  size: string;
}

export function attachmentViews(
  files: SubmittedAttachment[],
  rules: ProgrammeRules | null,
  locale: Locale,
  t: Translate,
): AttachmentView[] {
  return files.map((file) => ({
    id: file.id,
    fileName: file.fileName,
    kind:
      rules?.requiredAttachments.find((kind) => kind.id === file.kind)?.name[locale] ??
      (file.kind === "other" ? t("attachments.kind.other") : file.kind),
    size: formatFileSize(locale, file.sizeBytes),
  }));
}

export interface ChangesView {
  since: number;
  fields: { path: string; label: string; before: string; after: string }[];
  added: AttachmentView[];
  removed: AttachmentView[];
}

/** What changed from the version before to the latest, or null when there is only one version. */
export function changesView(
  latest: CaseVersion,
  previous: CaseVersion | null,
  locale: Locale,
  t: Translate,
): ChangesView | null {
  if (!previous) return null;
  const diff = diffVersions(
    { form: previous.content.form, attachments: previous.content.attachments ?? [] },
    { form: latest.content.form, attachments: latest.content.attachments ?? [] },
  );
  const show = (rules: ProgrammeRules | null) => (path: string, value: string) =>
    given(fieldValue(path, value, locale, t, rules), t);
  return {
    since: previous.number,
    fields: diff.fields.map((change) => ({
      path: change.path,
      label: fieldLabel(change.path, locale, t),
      before: show(previous.rules)(change.path, change.before),
      after: show(latest.rules)(change.path, change.after),
    })),
    added: attachmentViews(diff.attachmentsAdded, latest.rules, locale, t),
    removed: attachmentViews(diff.attachmentsRemoved, previous.rules, locale, t),
  };
}

export interface EligibilityView {
  ruleId: string;
  outcome: RuleOutcome;
  title: string;
  text: string;
}

/** The rule engine's results stored with the version: the same sentences the applicant read. */
export function eligibilityView(version: CaseVersion, locale: Locale, t: Translate): EligibilityView[] {
  return version.eligibility.map((result) => ({
    ruleId: result.ruleId,
    outcome: result.outcome,
    title: t(ruleTitleKey(result.ruleId)),
    text: renderRuleMessage(locale, result.message),
  }));
}

export interface HistoryEntry {
  id: number;
  at: string;
  text: string;
  actor: string | null;
}

/** The history in staff's words: the workflow's action names, with the state each step led to. */
export function historyView(events: CaseEvent[], locale: Locale, t: Translate): HistoryEntry[] {
  return events.map((event) => {
    let text: string;
    if (event.kind === "created") text = t("workbench.history.created");
    else if (event.kind === "submitted")
      text = t("workbench.history.submitted", { caseNumber: String(event.data.caseNumber ?? "") });
    else if (event.kind in caseTransitions) {
      const action = t(`case.action.${event.kind as keyof typeof caseTransitions}`);
      const to = event.data.to;
      text = isCaseState(to)
        ? t("workbench.history.transition", { action, state: t(`case.state.${to}`) })
        : action;
    } else text = t("workbench.history.other", { kind: event.kind });
    return { id: event.id, at: formatDateTime(locale, event.at), text, actor: event.actorName };
  });
}

export function caseTitle(form: ApplicationForm, locale: Locale, t: Translate): string {
  return applicationTitle(form, locale) ?? t("application.untitled");
}
