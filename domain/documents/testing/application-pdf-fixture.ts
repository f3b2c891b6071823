import type { ApplicationForm } from "#domain/applications/application-form.ts";
import { computeTotals } from "#domain/eligibility/compute-totals.ts";
import { evaluateEligibility } from "#domain/eligibility/evaluate-eligibility.ts";
import { eligibleDraft, submitting } from "#domain/eligibility/testing/eligible-draft.ts";
import { programmeRulesSchema } from "#domain/programmes/programme-rules.ts";
import { programmeSeeds } from "#domain/programmes/seed-programmes.ts";
import type { ApplicationPdfInput, PdfApplicationContent } from "../render-application-pdf.server.ts";

// Test fixtures: a submitted application of the Norwegian-Russian programme, the form written in
// Norwegian and Russian, matching `eligibleDraft` (the numbers the rules and totals read).

export const programme = programmeSeeds.find((seed) => seed.id === "no-ru-regular")!;
export const rules = programmeRulesSchema.parse(programme.rules);

export const attachmentSha256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

export function applicationForm(): ApplicationForm {
  return {
    project: {
      title: { nb: "Joik og sang over grensen", ru: "Йойк и песня через границу" },
      summary: { nb: "Korene møtes to ganger.", ru: "Хоры встречаются дважды." },
      cooperation: { nb: "Partnerne planlegger og leder samlingene sammen." },
      priorityArea: "culture-sport",
      startDate: "2026-03-01",
      endDate: "2026-09-30",
    },
    applicant: {
      contactName: "Ingrid Hansen",
      contactEmail: "ingrid@example.org",
      contactPhone: "+47 900 00 000",
    },
    partners: {
      items: [
        {
          name: "Хор «Северное сияние»",
          kind: "organisation",
          country: "RU",
          region: "ru-murmansk",
          email: "hor@example.ru",
        },
      ],
    },
    activities: {
      items: [
        {
          title: "Felles konsert i Kirkenes",
          startDate: "2026-05-14",
          endDate: "2026-05-16",
          place: "Kirkenes",
          participantsApplicant: "20",
          participantsPartner: "18",
        },
      ],
    },
    budget: {
      lines: [
        { category: "travel", description: "Buss Kirkenes–Murmansk", amount: "60 000" },
        {
          category: "food",
          description: "Måltider under samlingene",
          amount: "30000",
          foodPersons: "20",
          foodDays: "3",
        },
      ],
      ownWork: [{ kind: "volunteer", side: "NO", hours: "50", description: "Planlegging og rigging" }],
    },
    financing: { requested: "70 000", ownFunds: "10 000", partnerContributions: "10 000", otherSources: "0" },
  };
}

export function applicationContent(form: ApplicationForm = applicationForm()): PdfApplicationContent {
  const draft = eligibleDraft(programme);
  return {
    form,
    organisation: {
      id: "org-1",
      name: "Kirkenes Kulturforening",
      orgNumber: "921000006",
      address: "Rådhusgata 1, 9900 Kirkenes",
      county: "no-finnmark",
    },
    attachments: [
      {
        id: "att-1",
        kind: "partner-letter",
        fileName: "intensjonsbrev.pdf",
        mediaType: "application/pdf",
        sizeBytes: 48_213,
        sha256: attachmentSha256,
      },
    ],
    draft,
    totals: computeTotals(draft, rules),
  };
}

export function applicationPdfInput(overrides: Partial<ApplicationPdfInput> = {}): ApplicationPdfInput {
  const content = overrides.content ?? applicationContent();
  return {
    caseNumber: "2026/00042",
    submittedAt: new Date("2026-01-15T10:00:00Z"),
    programmeName: programme.name.nb,
    callTitle: "Løpende søknader 2026",
    version: 1,
    content,
    rules,
    eligibility: evaluateEligibility(content.draft, rules, submitting).results,
    ...overrides,
  };
}
