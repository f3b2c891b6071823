import { eq } from "drizzle-orm";
import type { Queryable } from "#db/connection.ts";
import { calls, organizations, programmes } from "#db/schema.ts";
import { listAttachments } from "#domain/attachments/list-attachments.server.ts";
import { type EligibilityReport, evaluateEligibility } from "#domain/eligibility/evaluate-eligibility.ts";
import { osloDate } from "#domain/eligibility/oslo-dates.ts";
import type { Translate } from "#domain/i18n/translate.ts";
import { type ProgrammeRules, programmeRulesSchema } from "#domain/programmes/programme-rules.ts";
import type { ApplicationRecord } from "../../db/schema.ts";
import { type ApplicantOrganisation, type ApplicationForm, toEligibilityDraft } from "./application-form.ts";
import { type FormSection, formSections, sectionSchema } from "./section-schemas.ts";
import { withoutBlanks } from "./section-values.ts";
import type { SubmittedAttachment } from "./submitted-content.ts";

/** Everything the form and the rules need besides the application row itself. */
export interface ApplicationContext {
  programme: { id: string; name: Record<"nb" | "en" | "ru", string>; rules: ProgrammeRules };
  call: typeof calls.$inferSelect;
  organisation: ApplicantOrganisation & { id: string };
  attachments: SubmittedAttachment[];
}

export async function loadApplicationContext(
  q: Queryable,
  application: ApplicationRecord,
): Promise<ApplicationContext> {
  const [programme] = await q.select().from(programmes).where(eq(programmes.id, application.programmeId));
  const [call] = await q.select().from(calls).where(eq(calls.id, application.callId));
  const [organisation] = await q
    .select({
      id: organizations.id,
      name: organizations.name,
      orgNumber: organizations.orgNumber,
      address: organizations.address,
      county: organizations.county,
    })
    .from(organizations)
    .where(eq(organizations.id, application.organizationId));
  if (!programme || !call || !organisation) throw new Error("application refers to missing rows");
  // What a sent application records of each current file (who uploaded it and when stay out).
  const files = (await listAttachments(q, application.id)).map(
    ({ id, kind, fileName, mediaType, sizeBytes, sha256 }) => ({
      id,
      kind,
      fileName,
      mediaType,
      sizeBytes,
      sha256,
    }),
  );
  return {
    programme: { id: programme.id, name: programme.name, rules: programmeRulesSchema.parse(programme.rules) },
    call,
    organisation,
    attachments: files,
  };
}

export interface ApplicationCheck {
  report: EligibilityReport;
  /** Per step, the number of fields whose value is wrong (a bad date, a negative amount, markup). */
  fieldProblems: Record<FormSection, number>;
  draft: ReturnType<typeof toEligibilityDraft>;
}

/** The form's field checks of one step on stored values: the same schema the step's action uses. */
export function checkSection(
  section: FormSection,
  form: ApplicationForm,
  t: Translate,
  rules: ProgrammeRules,
  today: string,
) {
  return sectionSchema(section, t, rules, today).safeParse(withoutBlanks(form[section] ?? {}) ?? {});
}

/**
 * The eligibility rules and every step's field checks on the stored form, as of `now`: what the
 * progress view, the review step and submission all show.
 */
export function checkApplication(
  form: ApplicationForm,
  context: ApplicationContext,
  t: Translate,
  now: Date,
  stage: "draft" | "submission",
): ApplicationCheck {
  const draft = toEligibilityDraft(
    form,
    context.organisation,
    context.attachments.map((file) => file.kind),
  );
  const rules = context.programme.rules;
  const report = evaluateEligibility(draft, rules, {
    now,
    stage,
    requiredAttachments: rules.requiredAttachments,
  });
  const today = osloDate(now);
  const fieldProblems = Object.fromEntries(
    formSections.map((section) => {
      const result = checkSection(section, form, t, rules, today);
      return [section, result.success ? 0 : result.error.issues.length];
    }),
  ) as Record<FormSection, number>;
  return { report, fieldProblems, draft };
}
