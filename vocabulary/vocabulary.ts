// The product's vocabulary: the closed lists of words that the database schema, the domain and the
// browser all speak. It imports nothing, so any of them may import it, and the dependency runs one
// way only: db/schema.ts -> here, never back. A word that the secretariat can change at run time
// (a programme's priority areas, a call) is data in the database, not a word here.

/** The three working languages, in the order the language switcher shows them. */
export const locales = ["nb", "en", "ru"] as const;
export type Locale = (typeof locales)[number];

/** Platform roles. Organisation roles (owner, member) belong to Better Auth's membership rows. */
export const roles = [
  "applicant",
  "partner",
  "adviser",
  "programme_manager",
  "board_member",
  "administrator",
] as const;
export type Role = (typeof roles)[number];

/** The secretariat's people: every role that handles cases, money or the platform itself. */
export const staffRoles: readonly Role[] = ["adviser", "programme_manager", "board_member", "administrator"];

/** Staff roles that belong to an office (an adviser answers for the office's cases). */
export const officeRoles: readonly Role[] = ["adviser"];

/** The secretariat's offices (Kirkenes is the head office; the Russian offices closed in 2022-23). */
export const officeIds = ["kirkenes", "murmansk", "arkhangelsk", "naryan-mar"] as const;
export type OfficeId = (typeof officeIds)[number];

/** The countries of the Barents region, by ISO 3166-1 code. */
export const barentsCountries = ["NO", "SE", "FI", "RU"] as const;
export type BarentsCountry = (typeof barentsCountries)[number];

/**
 * The priority areas (themes) of the regular project funds, as published. A programme names its
 * own priority areas in its rules (with names in three languages); these are the ids they start
 * from, which the catalogue and partner search use to compare projects across programmes.
 */
export const themes = [
  "culture-sport",
  "competence-education",
  "indigenous",
  "business",
  "civil-society-environment",
  "media",
] as const;
export type Theme = (typeof themes)[number];

/**
 * The states of an application from the first draft to a closed grant. One list, used by the
 * database column, the state machine (domain/cases/case-transitions.ts) and both vocabularies:
 * what the applicant reads ("application.state.<state>") and what staff read ("case.state.<state>").
 */
export const caseStates = [
  "draft",
  "submitted",
  "in_screening",
  "returned",
  "ineligible",
  "in_assessment",
  "ready_for_decision",
  "approved",
  "rejected",
  "appealed",
  "grant_accepted",
  "running",
  "final_report_submitted",
  "report_returned",
  "report_approved",
  "closed",
  "withdrawn",
] as const;
export type CaseState = (typeof caseStates)[number];

/**
 * Approval and every state after it on the way to a closed grant: the case is a funded project
 * (the public catalogue shows it; the ministry's reports count it as approved when it has a grant).
 */
export const approvedAndLaterStates: readonly CaseState[] = [
  "approved",
  // From the grant's acceptance to the closed grant, in the order of caseStates above.
  ...caseStates.slice(caseStates.indexOf("grant_accepted"), caseStates.indexOf("closed") + 1),
];

function isOneOf<T extends string>(list: readonly T[]) {
  return (value: unknown): value is T =>
    typeof value === "string" && (list as readonly string[]).includes(value);
}

export const isLocale = isOneOf(locales);
export const isRole = isOneOf(roles);
export const isCaseState = isOneOf(caseStates);
export const isTheme = isOneOf(themes);

/** Calls: open all year (decided continuously), or with a deadline. */
export const callKinds = ["continuous", "deadline"] as const;
export type CallKind = (typeof callKinds)[number];

/** Who decides a case, and who meets: the secretariat, or the board. */
export const meetingKinds = ["secretariat", "board"] as const;
export type MeetingKind = (typeof meetingKinds)[number];

/** A partner on an application is an organisation or a private person. */
export const collaboratorKinds = ["organisation", "person"] as const;
export type CollaboratorKind = (typeof collaboratorKinds)[number];

/** The two threads of an application: the team's own, and the case thread with the secretariat. */
export const messageChannels = ["team", "case"] as const;
export type MessageChannel = (typeof messageChannels)[number];

export const paymentKinds = ["advance", "final"] as const;
export type PaymentKind = (typeof paymentKinds)[number];
export const paymentStatuses = ["requested", "approved", "paid", "refused"] as const;
export type PaymentStatus = (typeof paymentStatuses)[number];

/** Where a public project comes from: an approved case, the imported archive, or generated demo data. */
export const catalogueSources = ["case", "archive", "synthetic"] as const;
export type CatalogueSource = (typeof catalogueSources)[number];

/** An e-mail in the outbox: stored (no SMTP), queued for sending, sent, or failed for good. */
export const outboxStatuses = ["stored", "queued", "sent", "failed"] as const;
export type OutboxStatus = (typeof outboxStatuses)[number];
/** A public project is ongoing or finished. */
export const catalogueStatuses = ["ongoing", "finished"] as const;
export type CatalogueStatus = (typeof catalogueStatuses)[number];
