import crypto from "node:crypto";
import { and, eq, isNotNull, isNull, lt, max, ne } from "drizzle-orm";
import type { Db, Tx } from "#db/connection.ts";
import { applications, applicationVersions } from "#db/schema.ts";
import { caseAccessOf, findPerson } from "#domain/access/case-access.server.ts";
import { checkCaseAccess, sendAction } from "#domain/access/case-access.ts";
import type { Person } from "#domain/access/case-scope.ts";
import { recordAuditEntry } from "#domain/audit/record-audit-entry.server.ts";
import { checkCallWindow } from "#domain/calls/call-window.ts";
import { lockApplication } from "#domain/cases/lock-application.server.ts";
import { transitionCase } from "#domain/cases/transition-case.server.ts";
import { createTranslator } from "#domain/i18n/translate.ts";
import { programmeRulesSchema } from "#domain/programmes/programme-rules.ts";
import { done, forbidden, notFound, type Refused, type Result, refused } from "#domain/result.ts";
import type { ApplicationRecord } from "../../db/schema.ts";
import {
  type ApplicationCheck,
  type ApplicationContext,
  checkApplication,
  loadApplicationContext,
} from "./application-context.server.ts";
import { recordApplicationEvent } from "./application-events.server.ts";
import type { ApplicationForm } from "./application-form.ts";
import { takeCaseNumber } from "./case-number.server.ts";
import type { FormSection } from "./section-schemas.ts";
import { sendApplicationReceipt } from "./send-application-receipt.server.ts";
import type { SubmittedCall, SubmittedContent } from "./submitted-content.ts";

export interface SubmitInput {
  applicationId: string;
  user: { id: string };
  /** From the review page's form: a repeated request with the same key is the same submission. */
  idempotencyKey: string;
  now: Date;
  mail: { smtpEnabled: boolean; baseUrl: string };
}

/**
 * The case number and version sent (`repeated` when the key had sent it already), not found (also
 * someone else's application), forbidden (not a member of the applying organisation), or refused
 * (`application.submit.*`): already sent (`caseNumber`), the call not open yet or closed (`date`,
 * ISO: the page writes it for its reader), an overdue report (`cases`), or rules or fields not met
 * (`rules`: the ids of the rules that block, `sections`: the steps with fields to fix; the review
 * page lists them itself).
 */
export type SubmitResult = Result<{ caseNumber: string; version: number; repeated: boolean }>;

/**
 * Sends a draft: one transaction that checks everything again on the server at the moment of
 * sending (the call's window, the organisation's reports, every rule and field), takes the year's
 * next case number, freezes the application as sent (an immutable version with the rules and call
 * in force) and writes the receipt e-mails. All or nothing: a failure anywhere leaves the draft as
 * it was and no number used.
 *
 * Idempotent by key: a double click or a retry after a timeout finds the version the first request
 * made and answers with it. The application's row lock orders concurrent requests for the same
 * application, so the second one sees the first one's result.
 */
export async function submitApplication(db: Db, input: SubmitInput): Promise<SubmitResult> {
  return db.transaction((tx) => submitInTransaction(tx, input));
}

async function submitInTransaction(tx: Tx, input: SubmitInput): Promise<SubmitResult> {
  const application = await lockApplication(tx, input.applicationId);
  if (!application) return notFound();
  // Members of the applying organisation send (the access rules' "submit" and "resubmit"); whether
  // the application can be sent now is answered below.
  const person = await findPerson(tx, input.user.id);
  const sending = checkCaseAccess(
    await caseAccessOf(tx, application, person),
    sendAction(application.status),
  );
  if (!sending.allowed && sending.kind === "hidden") return notFound();
  if (!sending.allowed && sending.kind === "forbidden") return forbidden("application.submit.onlyApplicant");

  const [earlier] = await tx
    .select({
      applicationId: applicationVersions.applicationId,
      caseNumber: applicationVersions.caseNumber,
      number: applicationVersions.number,
    })
    .from(applicationVersions)
    .where(eq(applicationVersions.idempotencyKey, input.idempotencyKey));
  if (earlier) {
    if (earlier.applicationId !== application.id) return notFound();
    return done({ caseNumber: earlier.caseNumber, version: earlier.number, repeated: true });
  }
  if (application.status === "returned") return resubmitInTransaction(tx, application, person, input);
  if (application.status !== "draft")
    return refused("application.submit.alreadySent", {
      params: { caseNumber: application.caseNumber ?? "" },
    });

  const overdue = await tx
    .select({ caseNumber: applications.caseNumber })
    .from(applications)
    .where(
      and(
        eq(applications.organizationId, application.organizationId),
        ne(applications.id, application.id),
        isNotNull(applications.reportDueAt),
        lt(applications.reportDueAt, input.now),
        isNull(applications.reportApprovedAt),
      ),
    );
  if (overdue.length > 0) {
    const cases = overdue.map((row) => row.caseNumber ?? "?").join(", ");
    return refused("application.submit.reportOverdue", { params: { cases } });
  }

  const context = await loadApplicationContext(tx, application);
  const window = checkCallWindow(context.call, input.now);
  if (!window.open) {
    return window.reason === "not-yet-open"
      ? refused("application.submit.callNotOpen", { params: { date: window.opensAt.toISOString() } })
      : refused("application.submit.callClosed", { params: { date: window.closedAt.toISOString() } });
  }

  const form = application.form as ApplicationForm;
  const checked = checkForSending(form, context, input.now);
  if (!checked.ok) return checked.refusal;
  const check = checked.check;

  const year = Number(formatYearInOslo(input.now));
  const caseNumber = await takeCaseNumber(tx, year);
  await freezeVersion(tx, { application, form, context, check, number: 1, caseNumber, input });
  await tx
    .update(applications)
    .set({
      status: "submitted",
      caseNumber,
      submittedAt: input.now,
      updatedAt: input.now,
      // Handled by the head office until someone assigns it; decided by the board at or above the threshold.
      officeId: application.officeId ?? headOfficeId,
      decidedBy: check.report.totals.decidedBy,
    })
    .where(eq(applications.id, application.id));
  await recordApplicationEvent(tx, {
    applicationId: application.id,
    kind: "submitted",
    actorId: input.user.id,
    at: input.now,
    data: { caseNumber },
  });
  await recordAuditEntry(tx, {
    actor: { id: input.user.id, label: `user:${input.user.id}` },
    action: "application.submit",
    entityType: "application",
    entityId: application.id,
    before: { status: "draft" },
    after: { status: "submitted", caseNumber },
    at: input.now,
  });

  await sendApplicationReceipt(tx, {
    applicationId: application.id,
    caseNumber,
    form,
    programmeName: context.programme.name,
    contactEmail: form.applicant?.contactEmail,
    sender: input.user,
    now: input.now,
    mail: input.mail,
  });
  return done({ caseNumber, version: 1, repeated: false });
}

/** Every rule and field check at the moment of sending; field messages are not stored, so their language never shows. */
function checkForSending(
  form: ApplicationForm,
  context: ApplicationContext,
  now: Date,
): { ok: true; check: ApplicationCheck } | { ok: false; refusal: Refused } {
  const check = checkApplication(form, context, createTranslator("en"), now, "submission");
  const fieldProblems = Object.fromEntries(
    Object.entries(check.fieldProblems).filter(([, count]) => count > 0),
  ) as Partial<Record<FormSection, number>>;
  if (!check.report.canSubmit || Object.keys(fieldProblems).length > 0) {
    const rules = check.report.blocking.map((rule) => rule.ruleId).join(", ");
    const sections = Object.keys(fieldProblems).join(", ");
    return { ok: false, refusal: refused("application.submit.notEligible", { params: { rules, sections } }) };
  }
  return { ok: true, check };
}

/** The application as sent, frozen: form, organisation, attachments, the judged draft, the rules and call. */
async function freezeVersion(
  tx: Tx,
  sent: {
    application: ApplicationRecord;
    form: ApplicationForm;
    context: ApplicationContext;
    check: ApplicationCheck;
    number: number;
    caseNumber: string;
    input: SubmitInput;
  },
): Promise<void> {
  const { context, check, input } = sent;
  const submittedAt = input.now.toISOString();
  const content: SubmittedContent = {
    form: sent.form,
    organisation: context.organisation,
    attachments: context.attachments,
    draft: { ...check.draft, dates: { ...check.draft.dates, submittedAt } },
    totals: check.report.totals,
  };
  const call: SubmittedCall = {
    id: context.call.id,
    title: context.call.title,
    kind: context.call.kind,
    opensAt: context.call.opensAt.toISOString(),
    closesAt: context.call.closesAt?.toISOString() ?? null,
  };
  await tx.insert(applicationVersions).values({
    id: crypto.randomUUID(),
    applicationId: sent.application.id,
    number: sent.number,
    caseNumber: sent.caseNumber,
    submittedAt: input.now,
    submittedBy: input.user.id,
    idempotencyKey: input.idempotencyKey,
    content,
    programmeRules: context.programme.rules,
    call,
    eligibility: check.report.results,
  });
}

/**
 * Sends again a case that screening returned: same case number, the next version, judged by the
 * rules the case was first sent under (a programme change since then does not apply to it). The
 * call's window and the organisation's reports are not checked again: the secretariat asked for
 * the changes. The state change goes through the case workflow (resubmit), which tells the adviser.
 */
async function resubmitInTransaction(
  tx: Tx,
  application: ApplicationRecord,
  person: Person,
  input: SubmitInput,
): Promise<SubmitResult> {
  const [first] = await tx
    .select({ rules: applicationVersions.programmeRules })
    .from(applicationVersions)
    .where(and(eq(applicationVersions.applicationId, application.id), eq(applicationVersions.number, 1)));
  const [latest] = await tx
    .select({ number: max(applicationVersions.number) })
    .from(applicationVersions)
    .where(eq(applicationVersions.applicationId, application.id));
  const loaded = await loadApplicationContext(tx, application);
  const context: ApplicationContext = {
    ...loaded,
    programme: {
      ...loaded.programme,
      rules: first ? programmeRulesSchema.parse(first.rules) : loaded.programme.rules,
    },
  };
  const form = application.form as ApplicationForm;
  const checked = checkForSending(form, context, input.now);
  if (!checked.ok) return checked.refusal;
  const number = (latest?.number ?? 0) + 1;
  const caseNumber = application.caseNumber ?? "";
  await freezeVersion(tx, { application, form, context, check: checked.check, number, caseNumber, input });
  const moved = await transitionCase(tx, {
    applicationId: application.id,
    transition: "resubmit",
    actor: person,
    now: input.now,
    data: { version: number },
    mail: input.mail,
    apply: async (inner) => {
      await inner
        .update(applications)
        .set({ unlockedSections: [] })
        .where(eq(applications.id, application.id));
      return undefined;
    },
  });
  if (!moved.ok) throw new Error(`resubmit refused: ${moved.kind === "refused" ? moved.reason : moved.kind}`);
  return done({ caseNumber, version: number, repeated: false });
}

/** The secretariat in Kirkenes receives every new case (domain/offices/office-records.ts). */
export const headOfficeId = "kirkenes";

const yearInOslo = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Oslo", year: "numeric" });
function formatYearInOslo(moment: Date): string {
  return yearInOslo.format(moment);
}
