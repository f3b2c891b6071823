import type { Locale } from "#vocabulary/vocabulary.ts";

// What the eligibility rules read from an application. Plain data, every field optional: a draft
// is judged while it is being written, so anything may still be missing, and values typed by the
// applicant may be wrong (a negative amount, an impossible date); the rules say so instead of
// throwing. The application form maps its own storage onto this shape.
//
// Money is in whole Norwegian kroner (integers), as in the programme rules: grants are decided and
// paid in whole kroner, and integers keep every sum and percentage comparison exact.

/** A text the applicant may write in several languages; a language counts when its text is non-blank. */
export type DraftText = Partial<Record<Locale, string>>;

export interface DraftApplicant {
  /** ISO 3166 country code, "NO". */
  country?: string;
  /** Region id as in the programme rules, "no-finnmark". */
  region?: string;
  /** As typed; spaces allowed ("974 760 673"). */
  organisationNumber?: string;
}

export interface DraftPartner {
  country?: string;
  region?: string;
  kind?: "organisation" | "person";
}

export interface DraftBudgetLine {
  /** A cost category id; the ids of the programme's ineligible costs are made by `ineligibleCostId`. */
  category?: string;
  amount?: number;
  description?: string;
  /**
   * Food in this line, so the cap per person per day can be checked. `amount` is the part of the
   * line spent on food, for lines that mix food with other costs (a conference package); without
   * it the whole line is food.
   */
  food?: { persons?: number; days?: number; amount?: number };
}

export interface DraftOwnWorkLine {
  /** A kind from the programme's own-work rates: "volunteer", "external-services". */
  kind?: string;
  /** The country whose people do the work ("NO", "RU"): rates differ per side. */
  side?: string;
  hours?: number;
}

export interface DraftFinancing {
  requested?: number;
  ownFunds?: number;
  partnerContributions?: number;
  otherSources?: number;
}

export interface ApplicationDraft {
  applicant?: DraftApplicant;
  partners?: DraftPartner[];
  /** An id from the programme's priority areas. */
  priorityArea?: string;
  /** Business projects are funded at a lower share; a form's unticked box means false. */
  isBusinessProject?: boolean;
  project?: { title?: DraftText; summary?: DraftText; cooperation?: DraftText };
  dates?: {
    /** Calendar dates, YYYY-MM-DD. */
    start?: string;
    end?: string;
    /** The moment the application was sent; set on a submitted version, so screening judges it as sent. */
    submittedAt?: string;
  };
  budget?: DraftBudgetLine[];
  ownWork?: DraftOwnWorkLine[];
  financing?: DraftFinancing;
  /** Ids of the kinds of attachment present ("budget-sheet", "partner-letter"). */
  attachments?: string[];
  /**
   * The languages the application is written in; when absent, the languages of the project's
   * title, summary and cooperation texts.
   */
  languages?: Locale[];
}
