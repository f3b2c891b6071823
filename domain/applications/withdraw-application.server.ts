import type { Db } from "#db/connection.ts";
import type { Person } from "#domain/access/case-scope.ts";
import { type TransitionResult, transitionCase } from "#domain/cases/transition-case.server.ts";

/**
 * The applicant withdraws an application that has not been decided: it will not be handled. The
 * case workflow (domain/cases/case-transitions.ts) says from which states; a decision and a
 * withdrawal cannot cross, because both take the application's row lock.
 */
export async function withdrawApplication(
  db: Db,
  input: {
    applicationId: string;
    user: Person;
    now: Date;
    mail: { smtpEnabled: boolean; baseUrl: string };
  },
): Promise<TransitionResult> {
  return transitionCase(db, {
    applicationId: input.applicationId,
    transition: "withdraw",
    actor: input.user,
    now: input.now,
    mail: input.mail,
  });
}
