import { parseWithZod } from "@conform-to/zod/v4";
import { type FormEvent, useEffect, useMemo, useRef, useState } from "react";
import { Form, useFetcher, useNavigation, useSearchParams } from "react-router";
import type { ApplicantOrganisation } from "#domain/applications/application-form.ts";
import type { ApplicationStep } from "#domain/applications/application-sections.ts";
import type { StaleField } from "#domain/applications/save-section.server.ts";
import { isFormSection, sectionSchema } from "#domain/applications/section-schemas.ts";
import type { ProgrammeRules } from "#domain/programmes/programme-rules.ts";
import { localePath, useLocale, useT } from "../../web/locale.ts";
import { ApplicationStepsNav, type StepState } from "../application-steps-nav.tsx";
import { Alert, Button, ErrorSummary, Heading, Paragraph } from "../designsystemet.tsx";
import { ReviewStep, type ReviewView } from "./review-step.tsx";
import { fieldId, StepFieldProvider } from "./step-fields.tsx";
import {
  ActivitiesFields,
  ApplicantFields,
  BudgetFields,
  FinancingFields,
  PartnersFields,
  ProjectFields,
  type StepOptions,
  type Totals,
} from "./step-sections.tsx";

export interface StepPageView {
  applicationId: string;
  step: ApplicationStep;
  title: string;
  revision: number;
  values: unknown;
  errors: Record<string, string[]>;
  editable: boolean;
  canSubmit: boolean;
  canInvite: boolean;
  states: Partial<Record<ApplicationStep, StepState>>;
  organisation: ApplicantOrganisation & { id: string };
  options: StepOptions;
  totals: Totals;
  review: ReviewView | null;
  callInfo: { title: string; closes: string | null };
  programmeName: string;
  idempotencyKey: string | null;
  schemaInputs: { rules: ProgrammeRules; today: string };
}

export type StepActionData =
  | { kind: "error"; message: string }
  | { kind: "conflict"; values: unknown; revision: number; current: unknown; fields: StaleField[] }
  | { kind: "autosaved"; revision: number; values: unknown; errors: Record<string, string[]>; at: string }
  | { kind: "saved-with-errors"; revision: number; values: unknown; errors: Record<string, string[]> }
  | undefined;

/** The label of a conflicting field path ("items.0.amount") as the form names it. */
function pathToName(path: string): string {
  return path.replace(/\.(\d+)(?=\.|$)/g, "[$1]");
}

export function ApplicationStepPage({
  view,
  actionData,
}: {
  view: StepPageView;
  actionData: StepActionData;
}) {
  const t = useT();
  const locale = useLocale();
  const [searchParams] = useSearchParams();
  const formRef = useRef<HTMLFormElement>(null);
  const fetcher = useFetcher<StepActionData>();
  const navigation = useNavigation();
  const navigating = useRef(false);
  navigating.current = navigation.state !== "idle";

  // The base of the next save: what this page last saw stored. A conflict moves it to what is
  // stored now, so saving again keeps the user's values deliberately.
  const fromAction = actionData && actionData.kind !== "error" ? actionData : undefined;
  const [base, setBase] = useState({
    revision: fromAction?.kind === "conflict" ? fromAction.revision : (fromAction?.revision ?? view.revision),
    values: JSON.stringify(fromAction?.kind === "conflict" ? fromAction.current : view.values),
  });
  const [liveErrors, setLiveErrors] = useState<Record<string, string[]> | null>(null);
  const [autosave, setAutosave] = useState<"idle" | "saving" | "saved" | "failed">("idle");
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [conflict, setConflict] = useState<StaleField[] | null>(
    fromAction?.kind === "conflict" ? fromAction.fields : null,
  );

  useEffect(() => {
    if (!fromAction) return;
    if (fromAction.kind === "conflict") {
      setBase({ revision: fromAction.revision, values: JSON.stringify(fromAction.current) });
      setConflict(fromAction.fields);
    } else {
      setBase({ revision: fromAction.revision, values: JSON.stringify(fromAction.values) });
      setConflict(null);
    }
    setLiveErrors(null);
  }, [fromAction]);

  useEffect(() => {
    const result = fetcher.data;
    if (!result || fetcher.state !== "idle") return;
    if (result.kind === "autosaved") {
      setBase({ revision: result.revision, values: JSON.stringify(result.values) });
      setLiveErrors(result.errors);
      setSavedAt(new Intl.DateTimeFormat(locale, { timeStyle: "short" }).format(new Date(result.at)));
      setAutosave("saved");
    } else if (result.kind === "conflict") {
      setBase({ revision: result.revision, values: JSON.stringify(result.current) });
      setConflict(result.fields);
      setAutosave("idle");
    } else {
      setAutosave("failed");
    }
  }, [fetcher.data, fetcher.state, locale]);

  const schema = useMemo(
    () =>
      isFormSection(view.step)
        ? sectionSchema(view.step, t, view.schemaInputs.rules, view.schemaInputs.today)
        : null,
    [view.step, view.schemaInputs, t],
  );

  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const baseRef = useRef(base);
  baseRef.current = base;
  function scheduleAutosave() {
    if (!view.editable || conflict) return;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const form = formRef.current;
      // A save by button is on its way: it carries the same values, an autosave would only race it.
      if (!form || navigating.current) return;
      const formData = new FormData(form);
      formData.set("intent", "autosave");
      formData.set("baseRevision", String(baseRef.current.revision));
      formData.set("baseValues", baseRef.current.values);
      setAutosave("saving");
      fetcher.submit(formData, { method: "post" });
    }, 1500);
  }
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

  function validateLive() {
    const form = formRef.current;
    if (!form || !schema) return;
    const submission = parseWithZod(new FormData(form), { schema });
    setLiveErrors(
      submission.status === "error"
        ? Object.fromEntries(Object.entries(submission.error ?? {}).map(([k, v]) => [k, v ?? []]))
        : {},
    );
  }

  const values = fromAction && "values" in fromAction ? fromAction.values : view.values;
  const errors =
    liveErrors ?? (fromAction && "errors" in fromAction ? fromAction.errors : undefined) ?? view.errors;
  const errorEntries = Object.entries(errors).filter(([, messages]) => messages && messages.length > 0);
  const stepName = t(`application.step.${view.step}`);
  const justSaved = searchParams.get("saved") === "1";

  return (
    <div className="bb-stack">
      <title>{`${stepName} – ${view.title} – ${t("app.name")}`}</title>
      <Paragraph data-size="sm">
        {view.programmeName} · {view.callInfo.title}
      </Paragraph>
      <Heading level={1}>{stepName}</Heading>
      <Paragraph>{view.title}</Paragraph>
      <div className="bb-application-layout">
        <ApplicationStepsNav applicationId={view.applicationId} current={view.step} states={view.states} />
        <div className="bb-stack">
          {actionData?.kind === "error" && (
            <Alert data-color="danger" role="alert">
              {actionData.message}
            </Alert>
          )}
          {conflict && conflict.length > 0 && (
            <Alert data-color="warning" role="alert">
              <Heading level={2} data-size="xs">
                {t("application.conflict.heading")}
              </Heading>
              <Paragraph>{t("application.conflict.text")}</Paragraph>
              <ul>
                {conflict.map((field) => (
                  <li key={field.path}>
                    <a href={`#${fieldId(pathToName(field.path))}`}>
                      {t("application.conflict.field", {
                        field: pathToName(field.path),
                        value: field.theirs || t("application.conflict.empty"),
                      })}
                    </a>
                  </li>
                ))}
              </ul>
              <Paragraph>
                <a href={localePath(locale, `/applications/${view.applicationId}/${view.step}`)}>
                  {t("application.conflict.reload")}
                </a>
              </Paragraph>
            </Alert>
          )}
          {(justSaved || fromAction?.kind === "saved-with-errors") && !conflict && (
            <Alert data-color={errorEntries.length > 0 ? "warning" : "success"} role="status">
              {errorEntries.length > 0 ? t("application.savedWithProblems") : t("application.saved")}
            </Alert>
          )}
          {errorEntries.length > 0 && (
            <ErrorSummary>
              <ErrorSummary.Heading>{t("form.errorSummary")}</ErrorSummary.Heading>
              <ErrorSummary.List>
                {errorEntries.map(([name, messages]) => (
                  <ErrorSummary.Item key={name}>
                    <ErrorSummary.Link href={`#${fieldId(name)}`}>{messages.join(" ")}</ErrorSummary.Link>
                  </ErrorSummary.Item>
                ))}
              </ErrorSummary.List>
            </ErrorSummary>
          )}
          {view.step === "review" && view.review ? (
            <ReviewStep view={view} review={view.review} />
          ) : (
            <Form
              method="post"
              ref={formRef}
              className="bb-form"
              key={`${view.step}-${view.revision}`}
              onInput={(event: FormEvent) => {
                if ((event.target as HTMLElement).getAttribute("type") !== "hidden") scheduleAutosave();
              }}
              onBlur={validateLive}
              onSubmit={() => {
                if (timer.current) clearTimeout(timer.current);
              }}
              noValidate
            >
              <input type="hidden" name="baseRevision" value={base.revision} />
              <input type="hidden" name="baseValues" value={base.values} />
              <fieldset disabled={!view.editable} className="bb-fieldset-plain">
                <legend className="bb-visually-hidden">{stepName}</legend>
                <StepFieldProvider value={{ values, errors }}>
                  {view.step === "project" && <ProjectFields options={view.options} />}
                  {view.step === "applicant" && <ApplicantFields organisation={view.organisation} />}
                  {view.step === "partners" && <PartnersFields values={values} options={view.options} />}
                  {view.step === "activities" && <ActivitiesFields values={values} />}
                  {view.step === "budget" && (
                    <BudgetFields values={values} options={view.options} totals={view.totals} />
                  )}
                  {view.step === "financing" && <FinancingFields totals={view.totals} />}
                </StepFieldProvider>
                {view.editable && (
                  <div className="bb-actions">
                    <Button type="submit" name="intent" value="save" variant="secondary">
                      {t("application.save")}
                    </Button>
                    <Button type="submit" name="intent" value="continue">
                      {t("application.saveAndContinue")}
                    </Button>
                  </div>
                )}
              </fieldset>
              <p aria-live="polite" className="bb-autosave">
                {autosave === "saving" && t("application.autosave.saving")}
                {autosave === "saved" && savedAt && t("application.autosave.saved", { time: savedAt })}
                {autosave === "failed" && t("application.autosave.failed")}
              </p>
            </Form>
          )}
          {view.step === "partners" && (
            <Paragraph>
              {t("application.partner.invite")}{" "}
              <a href={localePath(locale, `/applications/${view.applicationId}/team`)}>
                {t("application.team.link")}
              </a>
            </Paragraph>
          )}
        </div>
      </div>
    </div>
  );
}
