import { z } from "zod";
import type { Db } from "#db/connection.ts";
import { refusedStep } from "#domain/cases/case-refusal.ts";
import {
  type CaseStepInput,
  type TransitionResult,
  transitionCase,
} from "#domain/cases/transition-case.server.ts";
import type { Translate } from "#domain/i18n/translate.ts";
import { findDecision } from "./find-decision.server.ts";
import { endOfOsloDay } from "./grant-terms.ts";

export const maxAppealLength = 4000;

export const appealSchema = (t: Translate) =>
  z.object({
    reason: z
      .string({ error: t("grantPage.appeal.reasonRequired") })
      .trim()
      .min(1, t("grantPage.appeal.reasonRequired"))
      .max(maxAppealLength, t("form.tooLong", { max: maxAppealLength })),
  });

/**
 * The applicant appeals a rejection to the board: the "appeal" transition, with the reason stored in
 * the history event. Refused after the appeal deadline (three weeks from the decision, to the end of
 * that Oslo day): the letter states the deadline, and the secretariat can still take a late appeal
 * up outside the app.
 */
export async function appealRejection(
  db: Db,
  input: CaseStepInput & { reason: string },
): Promise<TransitionResult> {
  return transitionCase(db, {
    applicationId: input.applicationId,
    actor: input.actor,
    now: input.now,
    mail: input.mail,
    transition: "appeal",
    data: { reason: input.reason },
    apply: async (tx, application) => {
      const decision = await findDecision(tx, application);
      if (decision.kind !== "rejection") return refusedStep("no-rejection");
      if (input.now.getTime() > endOfOsloDay(decision.appealDeadline).getTime())
        return refusedStep("appeal-too-late");
      return undefined;
    },
  });
}
