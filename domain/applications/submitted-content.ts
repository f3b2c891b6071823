import type { ApplicationDraft } from "#domain/eligibility/application-draft.ts";
import type { EligibilityTotals } from "#domain/eligibility/compute-totals.ts";
import type { ApplicantOrganisation, ApplicationForm } from "./application-form.ts";

/** A file as it was attached when the application was sent (the bytes stay in the attachment store). */
export interface SubmittedAttachment {
  id: string;
  kind: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
}

/**
 * What application_version.content holds: the application exactly as sent. The form as typed, the
 * organisation as registered then, the attachments with their checksums, and the draft and totals
 * the eligibility engine judged, so a reader years later sees what the adviser saw.
 */
export interface SubmittedContent {
  form: ApplicationForm;
  organisation: ApplicantOrganisation & { id: string };
  attachments: SubmittedAttachment[];
  draft: ApplicationDraft;
  totals: EligibilityTotals;
}

/** The call as it stood when the application was sent (application_version.call). */
export interface SubmittedCall {
  id: string;
  title: Record<"nb" | "en" | "ru", string>;
  kind: "continuous" | "deadline";
  opensAt: string;
  closesAt: string | null;
}
