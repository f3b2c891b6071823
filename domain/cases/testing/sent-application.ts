import crypto from "node:crypto";
import type { Db } from "#db/connection.ts";
import type { Person } from "#domain/access/case-scope.ts";
import { submitApplication } from "#domain/applications/submit-application.server.ts";
import {
  type ApplicationFixture,
  seedApplication,
} from "#domain/applications/testing/application-fixture.ts";

// Test fixture: an application as the applicant sent it (a case in "submitted", with its number and
// first version), the start of every case-handling test.

export interface SentApplication extends ApplicationFixture {
  caseNumber: string;
  /** The applicant who sent it, as the access rules know them. */
  applicant: Person;
}

export async function seedSentApplication(
  db: Db,
  options: { now?: Date; mail?: { smtpEnabled: boolean; baseUrl: string } } = {},
): Promise<SentApplication> {
  const now = options.now ?? new Date();
  const fixture = await seedApplication(db, { now });
  const sent = await submitApplication(db, {
    applicationId: fixture.applicationId,
    user: { id: fixture.userId },
    idempotencyKey: crypto.randomUUID(),
    now,
    mail: options.mail ?? { smtpEnabled: false, baseUrl: "http://localhost" },
  });
  if (!sent.ok) throw new Error(`fixture: submit refused: ${sent.kind}`);
  return {
    ...fixture,
    caseNumber: sent.value.caseNumber,
    applicant: { id: fixture.userId, role: "applicant", officeId: null },
  };
}
