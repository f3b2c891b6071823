import crypto from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "#db/connection.ts";
import { applications, attachments, grants } from "#db/schema.ts";
import { submitApplication } from "#domain/applications/submit-application.server.ts";
import { seedApplication } from "#domain/applications/testing/application-fixture.ts";
import { createStaff } from "#domain/meetings/testing/decision-fixture.ts";
import { ensureOffices } from "#domain/offices/ensure-offices.server.ts";
import type { CaseState } from "#vocabulary/vocabulary.ts";

// Test fixture: a sent application (case number, version with the rules and budget) put straight
// into a later state with a grant row, the way case handling leaves it once the grant is accepted.

export interface GrantedCase {
  applicationId: string;
  organisationId: string;
  /** A member of the applying organisation. */
  userId: string;
  caseNumber: string;
}

export async function seedGrantedCase(
  db: Db,
  options: {
    now?: Date;
    state?: CaseState;
    amount?: number;
    advanceMaxPercent?: number;
    reportDueAt?: Date | null;
    /** Put the case in this organisation (and send it as this member), e.g. the demo applicant's. */
    organisationId?: string;
    userId?: string;
    officeId?: string;
    assignedAdviserId?: string;
  } = {},
): Promise<GrantedCase> {
  const now = options.now ?? new Date();
  const fixture = await seedApplication(db, { now });
  let organisationId = fixture.organisationId;
  let userId = fixture.userId;
  if (options.organisationId && options.userId) {
    organisationId = options.organisationId;
    userId = options.userId;
    await db
      .update(applications)
      .set({ organizationId: organisationId, createdBy: userId })
      .where(eq(applications.id, fixture.applicationId));
    await db
      .update(attachments)
      .set({ uploadedBy: userId })
      .where(eq(attachments.applicationId, fixture.applicationId));
  }
  const sent = await submitApplication(db, {
    applicationId: fixture.applicationId,
    user: { id: userId },
    idempotencyKey: crypto.randomUUID(),
    now,
    mail: { smtpEnabled: false, baseUrl: "https://grants.example" },
  });
  if (!sent.ok) throw new Error(`fixture: could not send (${sent.kind})`);
  const amount = options.amount ?? 70_000;
  await db.insert(grants).values({
    applicationId: fixture.applicationId,
    amount,
    advanceMaxPercent: options.advanceMaxPercent ?? 75,
    reportDueOn: "2027-03-01",
    auditorRequired: amount > 100_000,
    decidedAt: now,
    acceptedBy: userId,
    acceptedAt: now,
  });
  await db
    .update(applications)
    .set({
      status: options.state ?? "grant_accepted",
      reportDueAt: options.reportDueAt === undefined ? null : options.reportDueAt,
      ...(options.officeId ? { officeId: options.officeId } : {}),
      ...(options.assignedAdviserId ? { assignedAdviserId: options.assignedAdviserId } : {}),
    })
    .where(eq(applications.id, fixture.applicationId));
  return { applicationId: fixture.applicationId, organisationId, userId, caseNumber: sent.value.caseNumber };
}

/** A staff user straight into the table (domain tests; HTTP tests use the demo accounts). */
export async function insertStaffUser(
  db: Db,
  role: "adviser" | "programme_manager" | "board_member",
  officeId: string | null = role === "adviser" ? "kirkenes" : null,
): Promise<{ id: string; role: typeof role; officeId: string | null }> {
  await ensureOffices(db);
  const { id } = await createStaff(db, role, officeId);
  return { id, role, officeId };
}
