import { z } from "zod";
import type { Translate } from "#domain/i18n/translate.ts";
import type { Locale } from "#vocabulary/vocabulary.ts";
import { type CallKind, callKinds } from "#vocabulary/vocabulary.ts";
import type { CallRecord } from "./find-calls.server.ts";
import {
  osloEndOfMinute,
  osloWallClockOf,
  osloWallClockToInstant,
  type WallClockProblem,
} from "./oslo-wall-clock.ts";

// A call as a programme manager types it: titles in the three languages, its kind, when it opens and
// closes in Oslo wall-clock time, and its budget envelope. One schema for the form in the browser and
// the action on the server; it turns the wall-clock times into instants.
//
// The closing minute counts in full: "closes 1 March 2027 at 23:59" is stored as 23:59:59.999 Oslo
// time (the last millisecond of 23:59:59), and checkCallWindow treats closesAt as inclusive, so an
// application sent at 23:59:59 (even 23:59:59.9) is in time and one sent a second later (00:00:00) is
// not. Opening is at the first moment of the opening minute.

export const maxBudgetNok = 1_000_000_000;

/** What createCall and updateCall take: instants, already checked. */
export interface CallInput {
  title: Record<Locale, string>;
  kind: CallKind;
  opensAt: Date;
  closesAt: Date | null;
  budgetNok: number;
}

/** The form's fields: flat strings (what a browser sends) and the budget as a number. */
export interface CallFormValues {
  titleNb: string;
  titleEn: string;
  titleRu: string;
  kind: CallKind;
  opensDate: string;
  opensTime: string;
  closesDate?: string;
  closesTime?: string;
  budgetNok: number;
}

const problemKey = {
  "invalid-date": "call.error.date",
  "invalid-time": "call.error.time",
  "skipped-by-dst": "call.error.skippedByDst",
} as const satisfies Record<WallClockProblem, string>;

type TimesResult =
  | { ok: true; opensAt: Date; closesAt: Date | null }
  | { ok: false; issues: { path: keyof CallFormValues; message: string }[] };

/** The window's instants from the typed wall-clock times, or what is wrong with them (translated). */
function readCallTimes(
  v: Omit<CallFormValues, "titleNb" | "titleEn" | "titleRu">,
  t: Translate,
): TimesResult {
  const issues: { path: keyof CallFormValues; message: string }[] = [];
  const opens = osloWallClockToInstant(v.opensDate, v.opensTime);
  if (!opens.ok)
    issues.push({
      path: opens.problem === "invalid-date" ? "opensDate" : "opensTime",
      message: t(problemKey[opens.problem]),
    });
  let closesAt: Date | null = null;
  if (v.closesDate || v.closesTime) {
    if (!v.closesDate) issues.push({ path: "closesDate", message: t("call.error.closesDateMissing") });
    else if (!v.closesTime) issues.push({ path: "closesTime", message: t("form.required") });
    else {
      const closes = osloEndOfMinute(v.closesDate, v.closesTime);
      if (closes.ok) closesAt = closes.instant;
      else
        issues.push({
          path: closes.problem === "invalid-date" ? "closesDate" : "closesTime",
          message: t(problemKey[closes.problem]),
        });
    }
  } else if (v.kind === "deadline") {
    issues.push({ path: "closesDate", message: t("call.error.deadlineNeedsClose") });
  }
  if (issues.length > 0) return { ok: false, issues };
  if (opens.ok && closesAt && closesAt.getTime() <= opens.instant.getTime())
    return { ok: false, issues: [{ path: "closesDate", message: t("call.error.closeBeforeOpen") }] };
  return opens.ok ? { ok: true, opensAt: opens.instant, closesAt } : { ok: false, issues };
}

const titleKeys = { nb: "call.error.titleNb", en: "call.error.titleEn", ru: "call.error.titleRu" } as const;

const title = (t: Translate, locale: Locale) =>
  z
    .string({ error: t(titleKeys[locale]) })
    .trim()
    .min(1, t(titleKeys[locale]))
    .max(200, t("form.tooLong", { max: 200 }))
    .refine((v) => !/[<>]/.test(v), t("call.error.markup"));

export const callInputSchema = (t: Translate) =>
  z
    .object({
      titleNb: title(t, "nb"),
      titleEn: title(t, "en"),
      titleRu: title(t, "ru"),
      kind: z.enum(callKinds, { error: t("call.error.kind") }),
      opensDate: z
        .string({ error: t("form.required") })
        .trim()
        .min(1, t("form.required"))
        .max(10, t("call.error.date")),
      opensTime: z
        .string({ error: t("form.required") })
        .trim()
        .min(1, t("form.required"))
        .max(5, t("call.error.time")),
      closesDate: z.string().trim().max(10, t("call.error.date")).optional(),
      closesTime: z.string().trim().max(5, t("call.error.time")).optional(),
      budgetNok: z
        .number({
          error: (issue) => (issue.input === undefined ? t("form.required") : t("call.error.budget")),
        })
        .int(t("call.error.budget"))
        .min(0, t("call.error.budget"))
        .max(maxBudgetNok, t("call.error.budget")),
    })
    .superRefine((v, ctx) => {
      const times = readCallTimes(v, t);
      if (!times.ok)
        for (const issue of times.issues) ctx.addIssue({ code: "custom", ...issue, path: [issue.path] });
    })
    .transform((v): CallInput => {
      // superRefine has already refused anything readCallTimes does not accept.
      const times = readCallTimes(v, t) as Extract<TimesResult, { ok: true }>;
      return {
        title: { nb: v.titleNb, en: v.titleEn, ru: v.titleRu },
        kind: v.kind,
        opensAt: times.opensAt,
        closesAt: times.closesAt,
        budgetNok: v.budgetNok,
      };
    });

/** A stored call as the edit form shows it: Oslo wall-clock times, the closing second dropped. */
export function callFormValues(call: CallRecord): CallFormValues {
  const opens = osloWallClockOf(call.opensAt);
  const closes = call.closesAt ? osloWallClockOf(call.closesAt) : null;
  return {
    titleNb: call.title.nb,
    titleEn: call.title.en,
    titleRu: call.title.ru,
    kind: call.kind,
    opensDate: opens.date,
    opensTime: opens.time,
    closesDate: closes?.date,
    closesTime: closes?.time,
    budgetNok: call.budgetNok,
  };
}
