import crypto from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "#db/connection.ts";
import { applications, applicationVersions, calls, organizations, programmes, users } from "#db/schema.ts";
import type { ApplicationForm } from "#domain/applications/application-form.ts";
import { submitApplication } from "#domain/applications/submit-application.server.ts";
import type { SubmittedContent } from "#domain/applications/submitted-content.ts";
import { seedApplication } from "#domain/applications/testing/application-fixture.ts";
import { ensureOffices } from "#domain/offices/ensure-offices.server.ts";
import { programmeSeeds } from "#domain/programmes/seed-programmes.ts";
import type { CaseState, Role } from "#vocabulary/vocabulary.ts";

// Test fixtures for the workbench: sent cases put into a given state, office, assignment and report
// deadline, with a second version saying what the filters read (amount, priority area, partners).

export const mail = { smtpEnabled: false, baseUrl: "https://grants.example" };

/** A staff user (inserted directly; these tests never log in). */
export async function insertStaff(db: Db, role: Role, officeId: string | null = null): Promise<string> {
  await ensureOffices(db);
  const id = crypto.randomUUID();
  const tag = crypto.randomBytes(4).toString("hex");
  await db.insert(users).values({
    id,
    name: `${role} ${tag}`,
    email: `${role}-${tag}@example.org`,
    emailVerified: true,
    role,
    officeId,
  });
  return id;
}

/** A second call, in the other seeded programme, for the programme and call filters. */
export async function ensureOtherCall(db: Db): Promise<{ programmeId: string; callId: string }> {
  const programmeId = "no-se-fi-2024";
  const callId = "workbench-other-call";
  await db
    .insert(programmes)
    .values(programmeSeeds.find((p) => p.id === programmeId)!)
    .onConflictDoNothing();
  await db
    .insert(calls)
    .values({
      id: callId,
      programmeId,
      title: { nb: "Annen", en: "Other", ru: "Другой" },
      kind: "continuous",
      opensAt: new Date("2020-01-01T00:00:00Z"),
      closesAt: null,
      budgetNok: 1_000_000,
    })
    .onConflictDoNothing();
  return { programmeId, callId };
}

export interface CaseSpec {
  status?: CaseState;
  officeId?: string;
  assignedAdviserId?: string | null;
  reportDueAt?: Date | null;
  reportApprovedAt?: Date | null;
  decidedBy?: "secretariat" | "board";
  county?: string;
  /** Put the case in the other programme's call. */
  otherCall?: boolean;
  /** What version 2 says (when any is given, a version 2 is sent). */
  requested?: number;
  priorityArea?: string;
  partnerRegions?: string[];
  submittedAt?: Date;
}

export interface SeededCase {
  id: string;
  caseNumber: string;
  userId: string;
  organisationId: string;
  spec: CaseSpec;
}

/** A sent application, then moved (by direct updates: test setup, not the workflow) to match `spec`. */
export async function seedCase(db: Db, spec: CaseSpec = {}, now = new Date()): Promise<SeededCase> {
  const fixture = await seedApplication(db, { now: spec.submittedAt ?? now });
  const sent = await submitApplication(db, {
    applicationId: fixture.applicationId,
    user: { id: fixture.userId },
    idempotencyKey: crypto.randomUUID(),
    now: spec.submittedAt ?? now,
    mail,
  });
  if (!sent.ok) throw new Error(`fixture: ${sent.kind}`);
  const other = spec.otherCall ? await ensureOtherCall(db) : null;
  await db
    .update(applications)
    .set({
      status: spec.status ?? "submitted",
      officeId: spec.officeId ?? "kirkenes",
      assignedAdviserId: spec.assignedAdviserId ?? null,
      reportDueAt: spec.reportDueAt ?? null,
      reportApprovedAt: spec.reportApprovedAt ?? null,
      ...(spec.decidedBy ? { decidedBy: spec.decidedBy } : {}),
      ...(other ? { programmeId: other.programmeId, callId: other.callId } : {}),
    })
    .where(eq(applications.id, fixture.applicationId));
  if (spec.county) {
    await db
      .update(organizations)
      .set({ county: spec.county })
      .where(eq(organizations.id, fixture.organisationId));
  }
  if (spec.requested !== undefined || spec.priorityArea !== undefined || spec.partnerRegions !== undefined) {
    await sendSecondVersion(db, fixture.applicationId, (content) => {
      const form: ApplicationForm = structuredClone(content.form);
      if (spec.priorityArea !== undefined)
        form.project = { ...form.project, priorityArea: spec.priorityArea };
      if (spec.partnerRegions !== undefined)
        form.partners = {
          items: spec.partnerRegions.map((region, i) => ({
            name: `Partner ${i}`,
            kind: "organisation",
            country: "RU",
            region,
          })),
        };
      if (spec.requested !== undefined)
        form.financing = { ...form.financing, requested: String(spec.requested) };
      return {
        ...content,
        form,
        totals: { ...content.totals, requested: spec.requested ?? content.totals.requested },
      };
    });
  }
  return {
    id: fixture.applicationId,
    caseNumber: sent.value.caseNumber,
    userId: fixture.userId,
    organisationId: fixture.organisationId,
    spec,
  };
}

/** Adds the next version, made from the latest by `change` (what a resubmission after a return stores). */
export async function sendSecondVersion(
  db: Db,
  applicationId: string,
  change: (content: SubmittedContent) => SubmittedContent,
): Promise<number> {
  const rows = await db
    .select()
    .from(applicationVersions)
    .where(eq(applicationVersions.applicationId, applicationId));
  const latest = rows.sort((a, b) => b.number - a.number)[0]!;
  const number = latest.number + 1;
  await db.insert(applicationVersions).values({
    ...latest,
    id: crypto.randomUUID(),
    number,
    idempotencyKey: crypto.randomUUID(),
    content: change(latest.content as SubmittedContent),
  });
  return number;
}
