import type {
  ApplicantOrganisation,
  ApplicationForm,
  LocalisedInput,
} from "#domain/applications/application-form.ts";
import { parseTypedNumber } from "#domain/applications/application-form.ts";
import type { SubmittedAttachment } from "#domain/applications/submitted-content.ts";
import type { ApplicationDraft } from "#domain/eligibility/application-draft.ts";
import { type EligibilityTotals, findOwnWorkRate } from "#domain/eligibility/compute-totals.ts";
import { outcomeKey, renderRuleMessage, ruleTitleKey } from "#domain/eligibility/render-rule-message.ts";
import type { RuleResult } from "#domain/eligibility/rule-result.ts";
import { ineligibleCostId } from "#domain/eligibility/rules/ineligible-costs.ts";
import { catalogs, type MessageKey } from "#domain/i18n/catalog.ts";
import { formatDate, formatDateTime, formatNok, formatNumber } from "#domain/i18n/format.ts";
import { intlTag } from "#domain/i18n/locales.ts";
import { createTranslator, type Translate } from "#domain/i18n/translate.ts";
import { norwegianCounties } from "#domain/organisations/norwegian-counties.ts";
import { formatOrganisationNumber } from "#domain/organisations/organisation-number.ts";
import type { ProgrammeRules } from "#domain/programmes/programme-rules.ts";
import { findBarentsRegion } from "#domain/regions/barents-regions.ts";
import { type Locale, locales } from "#vocabulary/vocabulary.ts";
import { type Pair, PdfLayout, type TableRow } from "./pdf-layout.server.ts";

// The application as submitted, as a PDF in the reader's language: headings and the platform's own
// words translated, everything the applicant wrote exactly as written. It shows the rules, call and
// screening stored with the version, never today's, so the file says what was sent and judged then.

/**
 * What a submission stores in application_version.content: the same shape as SubmittedContent in
 * domain/applications/submitted-content.ts (the route passes one, so the compiler keeps them equal),
 * spelled out here, from the same parts, so the renderer can be fed from fixtures.
 */
export interface PdfApplicationContent {
  form: ApplicationForm;
  organisation: ApplicantOrganisation & { id: string };
  attachments: SubmittedAttachment[];
  draft: ApplicationDraft;
  totals: EligibilityTotals;
}

export interface ApplicationPdfInput {
  caseNumber: string;
  submittedAt: Date;
  /** In the reader's language. */
  programmeName: string;
  /** In the reader's language. */
  callTitle: string;
  version: number;
  content: PdfApplicationContent;
  /** The rules in force when the version was sent (stored with it). */
  rules: ProgrammeRules;
  /** The screening stored with the version. */
  eligibility: RuleResult[];
}

/** The PDF of one submitted version. The same input gives the same bytes (the date inside is submittedAt). */
export async function renderApplicationPdf(locale: Locale, input: ApplicationPdfInput): Promise<Buffer> {
  const write = new Writer(locale, input);
  return write.document();
}

class Writer {
  private readonly t: Translate;
  private readonly locale: Locale;
  private readonly input: ApplicationPdfInput;
  private readonly layout: PdfLayout;

  constructor(locale: Locale, input: ApplicationPdfInput) {
    this.t = createTranslator(locale);
    this.locale = locale;
    this.input = input;
    const title = projectTitle(input.content.form.project?.title, locale);
    this.layout = new PdfLayout({
      lang: intlTag[locale],
      title: title ? `${input.caseNumber} ${title}` : input.caseNumber,
      subject: `${input.programmeName}: ${input.callTitle}`,
      createdAt: input.submittedAt,
    });
  }

  async document(): Promise<Buffer> {
    const { t, input } = this;
    this.header();
    this.organisation();
    this.project();
    this.contact();
    this.partners();
    this.activities();
    this.budget();
    this.ownWork();
    this.financing();
    this.attachments();
    this.eligibility();
    return this.layout.finish((page, pages) =>
      t("documents.application.footer", {
        caseNumber: input.caseNumber,
        version: input.version,
        page,
        pages,
      }),
    );
  }

  // ---- Values: as written, but numbers, dates and codes shown the reader's way ----

  private typed(value: string | undefined | null): string {
    return value === undefined || value === null || value.trim() === ""
      ? this.t("documents.notGiven")
      : value;
  }

  private amount(value: string | undefined): string {
    const number = parseTypedNumber(value);
    if (number === undefined) return this.t("documents.notGiven");
    return Number.isFinite(number) ? formatNok(this.locale, number) : value!;
  }

  private count(value: string | undefined): string {
    const number = parseTypedNumber(value);
    if (number === undefined) return this.t("documents.notGiven");
    return Number.isFinite(number) ? formatNumber(this.locale, number) : value!;
  }

  private date(value: string | undefined): string {
    if (value === undefined || value.trim() === "") return this.t("documents.notGiven");
    const trimmed = value.trim();
    // A calendar date: noon UTC is the same day in Oslo all year round.
    const parsed = new Date(`${trimmed}T12:00:00Z`);
    return /^\d{4}-\d{2}-\d{2}$/.test(trimmed) && !Number.isNaN(parsed.getTime())
      ? formatDate(this.locale, parsed)
      : value;
  }

  private period(start: string | undefined, end: string | undefined): string {
    if ((start ?? "").trim() === "" && (end ?? "").trim() === "") return this.t("documents.notGiven");
    return `${this.date(start)} – ${this.date(end)}`;
  }

  private nok(amount: number): string {
    return formatNok(this.locale, amount);
  }

  private percent(value: number): string {
    return formatNumber(this.locale, value / 100, { style: "percent", maximumFractionDigits: 2 });
  }

  private country(code: string | undefined): string {
    if (code === undefined || code.trim() === "") return this.t("documents.notGiven");
    return displayName(this.locale, "region", code.trim());
  }

  private languageName(language: string): string {
    return displayName(this.locale, "language", language);
  }

  private message(key: string, fallback: string): string {
    return key in catalogs[this.locale] ? this.t(key as MessageKey) : fallback;
  }

  // ---- Sections ----

  private header(): void {
    const { t, input, layout } = this;
    layout.heading(1, t("documents.application.heading", { caseNumber: input.caseNumber }));
    layout.pairs([
      { label: t("documents.application.programme"), value: this.typed(input.programmeName) },
      { label: t("documents.application.call"), value: this.typed(input.callTitle) },
      { label: t("documents.application.caseNumber"), value: input.caseNumber },
      { label: t("documents.application.version"), value: formatNumber(this.locale, input.version) },
      {
        label: t("documents.application.submittedAt"),
        value: formatDateTime(this.locale, input.submittedAt),
      },
    ]);
  }

  private organisation(): void {
    const { t, layout } = this;
    const { organisation } = this.input.content;
    const county = norwegianCounties.find((c) => c.id === organisation.county);
    layout.heading(2, t("documents.organisation.heading"));
    layout.pairs([
      { label: t("documents.organisation.name"), value: organisation.name },
      {
        label: t("documents.organisation.orgNumber"),
        value: organisation.orgNumber
          ? formatOrganisationNumber(organisation.orgNumber)
          : t("documents.notGiven"),
      },
      { label: t("documents.organisation.address"), value: this.typed(organisation.address) },
      {
        label: t("documents.organisation.county"),
        value: county ? county.name[this.locale] : this.typed(organisation.county),
      },
    ]);
  }

  private project(): void {
    const { t, layout, input } = this;
    const project = input.content.form.project ?? {};
    layout.heading(2, t("documents.project.heading"));
    const written = readingOrder(this.locale).filter((language) =>
      [project.title, project.summary, project.cooperation].some((text) => hasText(text?.[language])),
    );
    const titles: Pair[] = written
      .filter((language) => hasText(project.title?.[language]))
      .map((language) => ({
        label: t("documents.inLanguage", {
          field: t("documents.project.title"),
          language: this.languageName(language),
        }),
        value: project.title![language]!,
        options: { lang: intlTag[language] },
      }));
    if (titles.length === 0)
      titles.push({ label: t("documents.project.title"), value: t("documents.notGiven") });
    const area = input.rules.priorityAreas.find((a) => a.id === project.priorityArea);
    layout.pairs([
      ...titles,
      {
        label: t("documents.project.priorityArea"),
        value: area ? area.name[this.locale] : this.typed(project.priorityArea),
      },
      {
        label: t("documents.project.businessProject"),
        value: project.isBusinessProject === "on" ? t("documents.yes") : t("documents.no"),
      },
      { label: t("documents.project.startDate"), value: this.date(project.startDate) },
      { label: t("documents.project.endDate"), value: this.date(project.endDate) },
    ]);
    for (const [field, texts] of [
      ["documents.project.summary", project.summary],
      ["documents.project.cooperation", project.cooperation],
    ] as const) {
      const languages = written.filter((language) => hasText(texts?.[language]));
      if (languages.length === 0) {
        layout.heading(3, t(field));
        layout.paragraph(t("documents.notGiven"));
      }
      for (const language of languages) {
        layout.heading(
          3,
          t("documents.inLanguage", { field: t(field), language: this.languageName(language) }),
        );
        layout.paragraph(texts![language]!, { lang: intlTag[language] });
      }
    }
  }

  private contact(): void {
    const { t, layout } = this;
    const applicant = this.input.content.form.applicant ?? {};
    layout.heading(2, t("documents.contact.heading"));
    layout.pairs([
      { label: t("documents.contact.name"), value: this.typed(applicant.contactName) },
      { label: t("documents.contact.email"), value: this.typed(applicant.contactEmail) },
      { label: t("documents.contact.phone"), value: this.typed(applicant.contactPhone) },
    ]);
  }

  private partners(): void {
    const { t, layout } = this;
    const partners = this.input.content.form.partners?.items ?? [];
    layout.heading(2, t("documents.partners.heading"));
    if (partners.length === 0) layout.paragraph(t("documents.none"));
    partners.forEach((partner, index) => {
      layout.heading(3, t("documents.partners.partner", { number: index + 1 }));
      const region = partner.region ? findBarentsRegion(partner.region) : undefined;
      layout.pairs([
        { label: t("documents.partners.name"), value: this.typed(partner.name) },
        {
          label: t("documents.partners.kind"),
          value:
            partner.kind === "organisation" || partner.kind === "person"
              ? t(`documents.partners.kind.${partner.kind}`)
              : this.typed(partner.kind),
        },
        { label: t("documents.partners.country"), value: this.country(partner.country) },
        {
          label: t("documents.partners.region"),
          value: region ? region.name[this.locale] : this.typed(partner.region),
        },
        { label: t("documents.partners.email"), value: this.typed(partner.email) },
      ]);
    });
  }

  private activities(): void {
    const { t, layout } = this;
    const activities = this.input.content.form.activities?.items ?? [];
    layout.heading(2, t("documents.activities.heading"));
    if (activities.length === 0) layout.paragraph(t("documents.none"));
    activities.forEach((activity, index) => {
      layout.heading(3, t("documents.activities.activity", { number: index + 1 }));
      layout.pairs([
        { label: t("documents.activities.title"), value: this.typed(activity.title) },
        { label: t("documents.activities.period"), value: this.period(activity.startDate, activity.endDate) },
        { label: t("documents.activities.place"), value: this.typed(activity.place) },
        {
          label: t("documents.activities.participantsApplicant"),
          value: this.count(activity.participantsApplicant),
        },
        {
          label: t("documents.activities.participantsPartner"),
          value: this.count(activity.participantsPartner),
        },
      ]);
    });
  }

  private categoryName(id: string | undefined): string {
    const { rules } = this.input;
    const eligible = rules.costCategories.find((category) => category.id === id);
    if (eligible) return eligible.name[this.locale];
    const ineligible = rules.ineligibleCosts.find((cost) => ineligibleCostId(cost) === id);
    if (ineligible) return this.t("documents.budget.ineligible", { category: ineligible[this.locale] });
    return this.typed(id);
  }

  private budget(): void {
    const { t, layout, input } = this;
    const lines = input.content.form.budget?.lines ?? [];
    layout.heading(2, t("documents.budget.heading"));
    if (lines.length === 0) {
      layout.paragraph(t("documents.none"));
      return;
    }
    const rows: TableRow[] = lines.map((line, index) => {
      const food =
        hasText(line.foodPersons) || hasText(line.foodDays)
          ? t("documents.budget.food", {
              persons: this.count(line.foodPersons),
              days: this.count(line.foodDays),
            })
          : undefined;
      const description = [hasText(line.description) ? line.description! : undefined, food]
        .filter((part) => part !== undefined)
        .join("\n");
      return {
        cells: [
          formatNumber(this.locale, index + 1),
          this.categoryName(line.category),
          description === "" ? "–" : description,
          this.amount(line.amount),
        ],
      };
    });
    rows.push({
      cells: ["", t("documents.budget.cashCosts"), "", this.nok(input.content.totals.cashCosts)],
      bold: true,
    });
    layout.table(
      [
        { header: t("documents.budget.line"), share: 0.08 },
        { header: t("documents.budget.category"), share: 0.27 },
        { header: t("documents.budget.description"), share: 0.43 },
        { header: t("documents.budget.amount"), share: 0.22, align: "right" },
      ],
      rows,
    );
  }

  private ownWork(): void {
    const { t, layout, input } = this;
    const rows = input.content.form.budget?.ownWork ?? [];
    layout.heading(3, t("documents.ownWork.heading"));
    if (rows.length === 0) {
      layout.paragraph(t("documents.none"));
      return;
    }
    const table: TableRow[] = rows.map((row) => {
      const kind = row.kind?.trim() ?? "";
      const side = row.side?.trim() || undefined;
      const rate = kind === "" ? undefined : findOwnWorkRate(input.rules, kind, side);
      const hours = parseTypedNumber(row.hours);
      const usable = hours !== undefined && Number.isFinite(hours) && hours >= 0;
      const kindName =
        kind === ""
          ? t("documents.notGiven")
          : capitalise(this.locale, this.message(`eligibility.ownWork.kind.${kind}`, kind));
      return {
        cells: [
          hasText(row.description) ? `${kindName}\n${row.description}` : kindName,
          this.country(side),
          this.count(row.hours),
          rate === undefined ? t("documents.ownWork.noRate") : this.nok(rate),
          rate !== undefined && usable ? this.nok(Math.round(hours * rate)) : "–",
        ],
      };
    });
    table.push({
      cells: [t("documents.ownWork.total"), "", "", "", this.nok(input.content.totals.ownWork)],
      bold: true,
    });
    layout.table(
      [
        { header: t("documents.ownWork.kind"), share: 0.32 },
        { header: t("documents.ownWork.side"), share: 0.16 },
        { header: t("documents.ownWork.hours"), share: 0.14, align: "right" },
        { header: t("documents.ownWork.rate"), share: 0.18, align: "right" },
        { header: t("documents.ownWork.value"), share: 0.2, align: "right" },
      ],
      table,
    );
  }

  private financing(): void {
    const { t, layout, input } = this;
    const financing = input.content.form.financing ?? {};
    const { totals } = input.content;
    layout.heading(2, t("documents.financing.heading"));
    layout.pairs([
      { label: t("documents.financing.requested"), value: this.amount(financing.requested) },
      { label: t("documents.financing.ownFunds"), value: this.amount(financing.ownFunds) },
      {
        label: t("documents.financing.partnerContributions"),
        value: this.amount(financing.partnerContributions),
      },
      { label: t("documents.financing.otherSources"), value: this.amount(financing.otherSources) },
      { label: t("documents.financing.ownWork"), value: this.nok(totals.ownWork) },
    ]);
    layout.heading(3, t("documents.totals.heading"));
    layout.pairs([
      { label: t("documents.totals.totalCosts"), value: this.nok(totals.totalCosts) },
      { label: t("documents.totals.financing"), value: this.nok(totals.financing) },
      { label: t("documents.totals.difference"), value: this.nok(totals.difference) },
      {
        label: t("documents.totals.share"),
        value: totals.sharePercent === null ? t("documents.notGiven") : this.percent(totals.sharePercent),
      },
      { label: t("documents.totals.maxShare"), value: this.percent(totals.maxSharePercent) },
      { label: t("documents.totals.maxRequested"), value: this.nok(totals.maxRequested) },
    ]);
  }

  private attachments(): void {
    const { t, layout, input } = this;
    const attachments = input.content.attachments ?? [];
    layout.heading(2, t("documents.attachments.heading"));
    if (attachments.length === 0) {
      layout.paragraph(t("documents.none"));
      return;
    }
    layout.paragraph(t("documents.attachments.checksumNote"));
    for (const attachment of attachments) {
      const kind = input.rules.requiredAttachments.find((required) => required.id === attachment.kind);
      layout.heading(3, attachment.fileName);
      layout.pairs([
        { label: t("documents.attachments.kind"), value: kind ? kind.name[this.locale] : attachment.kind },
        { label: t("documents.attachments.mediaType"), value: attachment.mediaType },
        { label: t("documents.attachments.size"), value: fileSize(this.locale, attachment.sizeBytes) },
        { label: t("documents.attachments.sha256"), value: attachment.sha256, options: { small: true } },
      ]);
    }
  }

  private eligibility(): void {
    const { t, layout, input } = this;
    layout.heading(2, t("documents.eligibility.heading"));
    if (input.eligibility.length === 0) {
      layout.paragraph(t("documents.none"));
      return;
    }
    layout.table(
      [
        { header: t("documents.eligibility.rule"), share: 0.27 },
        { header: t("documents.eligibility.outcome"), share: 0.17 },
        { header: t("documents.eligibility.explanation"), share: 0.56 },
      ],
      input.eligibility.map((result) => ({
        cells: [
          this.message(ruleTitleKey(result.ruleId), result.ruleId),
          t(outcomeKey(result.outcome)),
          renderRuleMessage(this.locale, result.message),
        ],
      })),
    );
  }
}

function hasText(value: string | undefined): boolean {
  return value !== undefined && value.trim() !== "";
}

/** The reader's language first, then the others, for texts the applicant wrote in several. */
function readingOrder(locale: Locale): Locale[] {
  return [locale, ...locales.filter((other) => other !== locale)];
}

/** The project's title for the file's metadata: in the reader's language when written in it. */
function projectTitle(title: LocalisedInput | undefined, locale: Locale): string | undefined {
  const language = readingOrder(locale).find((l) => hasText(title?.[l]));
  return language ? title![language]!.trim() : undefined;
}

function displayName(locale: Locale, type: "region" | "language", code: string): string {
  try {
    return new Intl.DisplayNames(intlTag[locale], { type, fallback: "code" }).of(code) ?? code;
  } catch {
    // Not a code Intl knows the shape of (typed by hand): shown as it is.
    return code;
  }
}

function fileSize(locale: Locale, bytes: number): string {
  if (bytes < 1000) return formatNumber(locale, bytes, { style: "unit", unit: "byte", unitDisplay: "short" });
  const [value, unit] = bytes < 1_000_000 ? [bytes / 1000, "kilobyte"] : [bytes / 1_000_000, "megabyte"];
  return formatNumber(locale, value, { style: "unit", unit, unitDisplay: "short", maximumFractionDigits: 1 });
}

/** "frivillig arbeid" -> "Frivillig arbeid": a phrase made for mid-sentence, shown on its own in a cell. */
function capitalise(locale: Locale, text: string): string {
  return text.charAt(0).toLocaleUpperCase(intlTag[locale]) + text.slice(1);
}
