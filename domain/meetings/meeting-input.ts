import { z } from "zod";
import { readAmount } from "#domain/assessment/assessment-input.ts";
import { isCalendarDate } from "#domain/eligibility/oslo-dates.ts";
import type { Translate } from "#domain/i18n/translate.ts";
import { type MeetingKind, meetingKinds } from "#vocabulary/vocabulary.ts";

// A meeting as a programme manager sets it up: the secretariat's processing meeting (cases under
// the board threshold) or a board meeting, for one programme, on a date, with the programme's budget
// for that year, from which the meeting's approvals are counted down.

export const maxBudgetNok = 1_000_000_000;

export interface MeetingInput {
  kind: MeetingKind;
  programmeId: string;
  heldOn: string;
  budgetNok: number;
}

export const meetingInputSchema = (t: Translate) =>
  z.object({
    kind: z.enum(meetingKinds, { error: t("meetings.error.kind") }),
    programmeId: z
      .string({ error: t("meetings.error.programme") })
      .trim()
      .min(1, t("meetings.error.programme"))
      .max(100, t("meetings.error.programme")),
    heldOn: z
      .string({ error: t("form.required") })
      .trim()
      .refine((value) => isCalendarDate(value), t("meetings.error.date")),
    budgetNok: z
      .string({ error: t("form.required") })
      .trim()
      .max(20, t("meetings.error.budget"))
      .transform((value, ctx) => {
        const amount = readAmount(value);
        if (amount === undefined || amount < 1 || amount > maxBudgetNok) {
          ctx.addIssue({ code: "custom", message: t("meetings.error.budget") });
          return z.NEVER;
        }
        return amount;
      }),
  });

/** The year a meeting spends from: its date's year. */
export function meetingYear(heldOn: string): number {
  return Number(heldOn.slice(0, 4));
}
