import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ShouldRevalidateFunctionArgs } from "react-router";
import { checkCaseAccess, editAction, mayDo, sendAction } from "#domain/access/case-access.ts";
import { checkApplication, loadApplicationContext } from "#domain/applications/application-context.server.ts";
import type { ApplicationForm } from "#domain/applications/application-form.ts";
import { applicationSteps, isApplicationStep } from "#domain/applications/application-sections.ts";
import { saveSection } from "#domain/applications/save-section.server.ts";
import { isFormSection, sectionSchema } from "#domain/applications/section-schemas.ts";
import { pickSectionValues, SectionTooLargeError } from "#domain/applications/section-values.ts";
import { submitApplication } from "#domain/applications/submit-application.server.ts";
import { editableStates } from "#domain/cases/case-states.ts";
import { osloDate } from "#domain/eligibility/oslo-dates.ts";
import { formatDate, formatDateTime } from "#domain/i18n/format.ts";
import type { Failure } from "#domain/result.ts";
import { ApplicationStepPage } from "../../components/application-form/application-step-page.tsx";
import { applyRowIntent, parseRowIntent } from "../../components/application-form/row-intents.ts";
import { failureMessage, failureStatus, notFoundPage, readerParams } from "../../web/answer.server.ts";
import {
  formatTotals,
  formOptions,
  organisationView,
  reviewView,
  stepStates,
  storedFieldErrors,
  titleOf,
} from "../../web/application-view.server.ts";
import { requireCaseAction } from "../../web/case-access.server.ts";
import { openCase } from "../../web/case-request.server.ts";
import { readForm } from "../../web/read-form.server.ts";
import type { RouteHandle } from "../../web/route-handle.ts";
import { issuesToFieldErrors } from "../../web/step-errors.ts";
import type { Route } from "./+types/application-step";

// One step of the application form (/applications/:id/:step; attachments has its own page). The
// loader shows the stored values with their errors and the rules' verdicts; the action saves the
// step (by button, or by the browser's autosave) or, on the review step, sends the application.

function stepFrom(params: { step?: string }) {
  const step = params.step;
  if (!isApplicationStep(step) || step === "attachments")
    throw data({ reason: "not-found" }, { status: 404 });
  return step;
}

export const handle: RouteHandle = {
  messages: [
    "application",
    "organisation.address",
    "organisation.county",
    "organisation.name",
    "organisation.orgNumber",
    "form",
  ],
};

export async function loader(args: Route.LoaderArgs) {
  const step = stepFrom(args.params);
  const { locale, t, access, application, db } = await openCase(args, "view");
  if (!editableStates.includes(application.status)) {
    throw redirect(`/${locale}/applications/${application.id}/status`);
  }
  const appContext = await loadApplicationContext(db, application);
  const form = application.form as ApplicationForm;
  const now = new Date();
  const today = osloDate(now);
  const check = checkApplication(form, appContext, t, now, "draft");
  const call = appContext.call;
  return {
    applicationId: application.id,
    step,
    title: titleOf(form, locale, t),
    revision: application.revision,
    values: isFormSection(step) ? (form[step] ?? {}) : {},
    errors: isFormSection(step) ? storedFieldErrors(step, form, appContext, t, today) : {},
    editable: isFormSection(step) && mayDo(access, editAction(step)),
    canSubmit: mayDo(access, sendAction(application.status)),
    canInvite: mayDo(access, "invite_collaborator"),
    states: stepStates(form, appContext, check),
    organisation: organisationView(locale, appContext),
    options: formOptions(locale, t, appContext),
    totals: formatTotals(locale, check),
    review: step === "review" ? reviewView(locale, check) : null,
    callInfo: {
      title: call.title[locale],
      closes: call.closesAt ? formatDateTime(locale, call.closesAt) : null,
    },
    programmeName: appContext.programme.name[locale],
    // A fresh key per rendering of the review page: the same click sent twice is one submission.
    idempotencyKey: step === "review" ? globalThis.crypto.randomUUID() : null,
    schemaInputs: { rules: appContext.programme.rules, today },
  };
}

export function shouldRevalidate({ formData, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs) {
  // An autosave changes nothing the page shows but the revision, which the page tracks itself;
  // reloading would re-render the form under the typing user.
  if (formData?.get("intent") === "autosave") return false;
  return defaultShouldRevalidate;
}

const maxBaseValues = 200_000;

export async function action(args: Route.ActionArgs) {
  const step = stepFrom(args.params);
  const { locale, t, user, access, application, db, mail } = await openCase(args, "view");
  const formData = await readForm(args.request);
  const intent = String(formData.get("intent") ?? "save");

  if (step === "review") return submit();
  if (!isFormSection(step)) throw data({ reason: "not-found" }, { status: 404 });
  // Not a member, a partner without this step, a step the return did not open: 403. A sent case: 409.
  if (!requireCaseAction(access, editAction(step)).allowed)
    return data({ kind: "error" as const, message: t("application.error.notDraft") }, { status: 409 });

  const appContext = await loadApplicationContext(db, application);
  const today = osloDate(new Date());
  const submission = parseWithZod(formData, {
    schema: sectionSchema(step, t, appContext.programme.rules, today),
  });
  let values: ReturnType<typeof pickSectionValues>;
  let baseValues: unknown = {};
  try {
    values = pickSectionValues(step, submission.payload);
    const base = String(formData.get("baseValues") ?? "{}");
    if (base.length > maxBaseValues) throw new SectionTooLargeError("base too large");
    baseValues = JSON.parse(base);
  } catch (error) {
    if (error instanceof SectionTooLargeError || error instanceof SyntaxError) {
      return data({ kind: "error" as const, message: t("application.error.tooLargeInput") }, { status: 413 });
    }
    throw error;
  }
  const rowIntent = parseRowIntent(intent);
  if (rowIntent) values = applyRowIntent(step, values, rowIntent);

  const saved = await saveSection(db, {
    applicationId: application.id,
    section: step,
    by: user,
    values,
    baseRevision: Number(formData.get("baseRevision")),
    baseValues,
  });
  if (!saved.ok) {
    if (saved.kind === "not-found") throw notFoundPage();
    // Someone saved this step since the page was opened: the page shows what they changed.
    if (saved.kind === "conflict")
      return data({ kind: "conflict" as const, values, ...saved.details }, { status: 409 });
    if (failureStatus(saved) === 403) throw data({ reason: "forbidden" }, { status: 403 });
    return data(
      { kind: "error" as const, message: failureMessage(t, saved) },
      { status: failureStatus(saved) },
    );
  }
  const errors = submission.status === "error" ? issuesToFieldErrors(schemaIssues(submission.error)) : {};
  const hasErrors = Object.keys(errors).length > 0;
  if (intent === "autosave") {
    return {
      kind: "autosaved" as const,
      revision: saved.value.revision,
      values,
      errors,
      at: new Date().toISOString(),
    };
  }
  const here = `/${locale}/applications/${application.id}/${step}`;
  if (rowIntent) throw redirect(`${here}${rowIntent.kind === "add" ? `#${rowIntent.list}-last` : ""}`);
  if (hasErrors)
    return { kind: "saved-with-errors" as const, revision: saved.value.revision, values, errors };
  if (intent === "continue") {
    const next = applicationSteps[applicationSteps.indexOf(step) + 1] ?? "review";
    throw redirect(`/${locale}/applications/${application.id}/${next}`);
  }
  throw redirect(`${here}?saved=1`);

  async function submit() {
    // Not a member: refused here. A case no longer sendable is the operation's to explain (409).
    const sending = checkCaseAccess(access, sendAction(application.status));
    if (!sending.allowed && sending.kind !== "state") {
      return data(
        { kind: "error" as const, message: t("application.submit.onlyApplicant") },
        { status: 403 },
      );
    }
    if (formData.get("confirm") !== "on") {
      return data(
        { kind: "error" as const, message: t("application.review.confirmRequired") },
        { status: 400 },
      );
    }
    const key = String(formData.get("idempotencyKey") ?? "");
    if (!/^[0-9a-f-]{36}$/.test(key)) throw data({ reason: "bad-request" }, { status: 400 });
    const result = await submitApplication(db, {
      applicationId: application.id,
      user,
      idempotencyKey: key,
      now: new Date(),
      mail,
    });
    const status = `/${locale}/applications/${application.id}/status`;
    if (result.ok) {
      throw redirect(`${status}?sent=1`);
    }
    if (result.kind === "not-found") throw notFoundPage();
    return data(
      { kind: "error" as const, message: submitRefusal(result) },
      { status: failureStatus(result) },
    );
  }

  /** The refusal in the reader's words; a call opens on a day, a deadline passes at a minute. */
  function submitRefusal(failure: Failure) {
    const params = failure.kind === "refused" ? readerParams(t, failure.params) : undefined;
    if (failure.kind !== "refused" || typeof params?.date !== "string") return failureMessage(t, failure);
    const date =
      failure.reason === "application.submit.callNotOpen"
        ? formatDate(locale, params.date)
        : formatDateTime(locale, params.date);
    return t(failure.reason, { ...params, date });
  }
}

/** Conform's error map back to issues, so one function names fields for stored and posted values alike. */
function schemaIssues(error: Record<string, string[] | null> | null | undefined) {
  return Object.entries(error ?? {}).flatMap(([name, messages]) =>
    (messages ?? []).map((message) => ({
      code: "custom" as const,
      message,
      input: undefined,
      path: name
        .replace(/\[(\d+)\]/g, ".$1")
        .split(".")
        .filter(Boolean)
        .map((key) => (/^\d+$/.test(key) ? Number(key) : key)),
    })),
  );
}

export default function ApplicationStep({ loaderData, actionData }: Route.ComponentProps) {
  return <ApplicationStepPage view={loaderData} actionData={actionData} />;
}
