import { type ApplicationStep, applicationSteps } from "#domain/applications/application-sections.ts";
import { localePath, useLocale, useT } from "../web/locale.ts";

export type StepState = "done" | "problem" | "empty";

/**
 * The progress view of the application form: every step, where the user is, and which steps are
 * filled in or need fixing. Plain links, so movement between steps is free and needs no JavaScript.
 */
export function ApplicationStepsNav({
  applicationId,
  current,
  states = {},
}: {
  applicationId: string;
  current: ApplicationStep;
  states?: Partial<Record<ApplicationStep, StepState>>;
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <nav aria-label={t("application.steps")} className="bb-steps">
      <ol>
        {applicationSteps.map((step, index) => {
          const state = states[step];
          return (
            <li key={step} data-state={state ?? "empty"}>
              <a
                href={localePath(locale, `/applications/${applicationId}/${step}`)}
                aria-current={step === current ? "step" : undefined}
              >
                <span className="bb-steps-number">{index + 1}.</span> {t(`application.step.${step}`)}
                {state === "problem" && (
                  <span className="bb-steps-state"> ({t("application.stepState.problem")})</span>
                )}
                {state === "done" && (
                  <span className="bb-steps-state"> ({t("application.stepState.done")})</span>
                )}
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
