import crypto from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "#db/connection.ts";
import { applications, grants, organizations, payments } from "#db/schema.ts";
import type { ApplicationForm } from "#domain/applications/application-form.ts";
import { submitApplication } from "#domain/applications/submit-application.server.ts";
import { completeForm, seedApplication } from "#domain/applications/testing/application-fixture.ts";
import type { CaseState } from "#vocabulary/vocabulary.ts";

// Eight applications for the report tests, each sent through the real submission (so the stored
// version has the real shape), then put into its state directly: two programmes, two years, three
// counties, several priority areas and partner regions, grants and payments. The figures each
// grouping must give are written out by hand in the tests, independently of the report code.

export interface ReportCase {
  name: string;
  programmeId: "no-ru-regular" | "no-se-fi-2024";
  /** Sent at noon UTC on this day; null: left a draft (not received). */
  sentOn: string | null;
  county: string;
  priorityArea: string;
  partners: { country: string; region: string }[];
  requested: number;
  state: CaseState;
  grant?: number;
  /** Payments: amount and status. */
  payments?: { amount: number; status: "requested" | "approved" | "paid" }[];
}

/** What a case is unless its row says otherwise: a Finnmark organisation with a Murmansk partner
 * asking the regular programme for 70,000 for culture and sport. */
const usualCase = {
  programmeId: "no-ru-regular",
  county: "no-finnmark",
  priorityArea: "culture-sport",
  partners: [{ country: "RU", region: "ru-murmansk" }],
  requested: 70_000,
} as const satisfies Partial<ReportCase>;

const reportCase = (
  row: Pick<ReportCase, "name" | "sentOn" | "state"> & Partial<ReportCase>,
): ReportCase => ({
  ...usualCase,
  partners: [...usualCase.partners],
  ...row,
});

export const reportCases: ReportCase[] = [
  reportCase({ name: "A", sentOn: "2025-06-02", state: "submitted" }),
  reportCase({
    name: "B",
    sentOn: "2026-03-02",
    county: "no-troms",
    priorityArea: "indigenous",
    partners: [
      { country: "RU", region: "ru-murmansk" },
      { country: "RU", region: "ru-arkhangelsk" },
    ],
    requested: 60_000,
    state: "approved",
    grant: 55_000,
  }),
  reportCase({
    name: "C",
    sentOn: "2026-03-03",
    partners: [{ country: "RU", region: "ru-karelia" }],
    state: "running",
    grant: 70_000,
    payments: [
      { amount: 40_000, status: "paid" },
      { amount: 30_000, status: "requested" },
    ],
  }),
  reportCase({
    name: "D",
    programmeId: "no-se-fi-2024",
    sentOn: "2026-04-01",
    county: "no-nordland",
    priorityArea: "media",
    partners: [{ country: "SE", region: "se-norrbotten" }],
    state: "rejected",
  }),
  reportCase({
    name: "E",
    programmeId: "no-se-fi-2024",
    sentOn: "2026-04-02",
    county: "no-troms",
    partners: [{ country: "FI", region: "fi-lapland" }],
    // Closed after a dismissed appeal: no grant, so not approved.
    state: "closed",
  }),
  reportCase({ name: "F", sentOn: "2026-05-01", state: "withdrawn" }),
  reportCase({ name: "G", sentOn: null, state: "draft" }),
  reportCase({
    name: "H",
    // 31 December 23:30 in Oslo is still 2025 there (22:30 UTC).
    sentOn: "2025-12-31T22:30:00Z",
    priorityArea: "competence-education",
    state: "closed",
    grant: 50_000,
    payments: [
      { amount: 35_000, status: "paid" },
      { amount: 15_000, status: "paid" },
    ],
  }),
];

function sentAt(sentOn: string): Date {
  return new Date(sentOn.includes("T") ? sentOn : `${sentOn}T12:00:00Z`);
}

/** Seeds the cases above; returns their application ids by name. */
export async function seedReportCases(db: Db): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const spec of reportCases) {
    const now = spec.sentOn ? sentAt(spec.sentOn) : new Date("2026-06-01T12:00:00Z");
    const fixture = await seedApplication(db, { now, programmeId: spec.programmeId });
    const base = completeForm(now);
    const form: ApplicationForm = {
      ...base,
      project: { ...base.project, priorityArea: spec.priorityArea },
      partners: {
        items: spec.partners.map((p, i) => ({
          name: `Partner ${spec.name}${i}`,
          kind: "organisation",
          country: p.country,
          region: p.region,
        })),
      },
      // The financing keeps its sum: what is not requested is the applicant's own money.
      financing: {
        ...base.financing,
        requested: String(spec.requested),
        ownFunds: String(10_000 + 70_000 - spec.requested),
      },
    };
    await db.update(applications).set({ form }).where(eq(applications.id, fixture.applicationId));
    await db
      .update(organizations)
      .set({ county: spec.county })
      .where(eq(organizations.id, fixture.organisationId));
    ids[spec.name] = fixture.applicationId;
    if (!spec.sentOn) continue;
    const sent = await submitApplication(db, {
      applicationId: fixture.applicationId,
      user: { id: fixture.userId },
      idempotencyKey: crypto.randomUUID(),
      now,
      mail: { smtpEnabled: false, baseUrl: "https://grants.example" },
    });
    if (!sent.ok) throw new Error(`report fixture ${spec.name}: ${JSON.stringify(sent)}`);
    await db
      .update(applications)
      .set({ status: spec.state })
      .where(eq(applications.id, fixture.applicationId));
    if (spec.grant !== undefined) {
      await db.insert(grants).values({
        applicationId: fixture.applicationId,
        amount: spec.grant,
        advanceMaxPercent: 75,
        reportDueOn: "2027-06-01",
        auditorRequired: false,
        decidedAt: now,
      });
    }
    for (const payment of spec.payments ?? []) {
      await db.insert(payments).values({
        id: crypto.randomUUID(),
        applicationId: fixture.applicationId,
        kind: "advance",
        amount: payment.amount,
        status: payment.status,
        requestedBy: fixture.userId,
        requestedAt: now,
        paidAt: payment.status === "paid" ? now : null,
      });
    }
  }
  return ids;
}
