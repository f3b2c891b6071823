import { type Role, roles } from "#vocabulary/vocabulary.ts";

// Who may open each route of app/routes.ts (by React Router id; tests/route-table.ts lists them).
// tests/http/authorisation.test.ts walks every route for every visitor with real ids from the demo
// data and its own case (a granted case of the demo applicant's organisation, handled by the
// Kirkenes office, decided by the secretariat, the demo partner invited to read it), and fails on a
// route this table does not name. bench/js-budget.mjs reads `publicRouteIds()` for its budgets.
// A visitor listed here gets the page (2xx) or is sent on (3xx); anyone else gets 403 or 404, and an
// anonymous visitor the login page.

export type Visitor = "anonymous" | Role;
export const visitors: readonly Visitor[] = ["anonymous", ...roles];

const everyone = visitors;
const signedIn = roles;
/** The secretariat and the board: whoever reads cases (cases.read). */
const staff: readonly Role[] = ["adviser", "programme_manager", "board_member", "administrator"];
/** Who sees the walk's case: its office's adviser, programme managers and administrators; board
 * members see board cases and appeals only. */
const caseReaders: readonly Role[] = ["adviser", "programme_manager", "administrator"];
/** The applicant's pages of the case: its organisation's members, the invited partner, and its readers. */
const applicationReaders: readonly Role[] = ["applicant", "partner", ...caseReaders];
const caseHandlers: readonly Role[] = ["adviser", "programme_manager"];
const programmeEditors: readonly Role[] = ["programme_manager", "administrator"];
const meetingReaders: readonly Role[] = ["adviser", "programme_manager", "board_member"];
const reportReaders: readonly Role[] = ["programme_manager", "board_member", "administrator"];
const administrators: readonly Role[] = ["administrator"];

export const routeAccess: Record<string, readonly Visitor[]> = {
  "routes/language-redirect": everyone,
  "routes/api/openapi": everyone,
  "routes/api/projects": everyone,
  "routes/api/projects-csv": everyone,
  "routes/api/projects-360giving": everyone,
  "routes/api/project": everyone,
  "routes/api/project-photo": everyone,
  "routes/home": everyone,
  "routes/programme": everyone,
  "routes/login": everyone,
  "routes/logout": everyone,
  "routes/register": everyone,
  "routes/verify-email": everyone,
  "routes/forgot-password": everyone,
  "routes/reset-password": everyone,
  "routes/account": signedIn,
  "routes/account-password": signedIn,
  "routes/organisations": signedIn,
  /** The demo organisation: its owner only; to anyone else it does not exist. */
  "routes/organisation": ["applicant"],
  /** An invitation to the demo organisation, addressed to the demo partner. */
  "routes/invitation": ["partner"],
  "routes/workbench": staff,
  "routes/cases/case": caseReaders,
  "routes/cases/case-screening": caseReaders,
  "routes/cases/case-assessment": caseReaders,
  /** The secretariat's payment decisions (payments.manage). */
  "routes/cases/case-payments": caseHandlers,
  "routes/cases/case-final-report": caseReaders,
  "routes/meetings/meetings": meetingReaders,
  "routes/meetings/meeting": meetingReaders,
  "routes/meetings/meeting-minutes-pdf": meetingReaders,
  "routes/payments/payments": caseHandlers,
  "routes/payments/payments-csv": caseHandlers,
  "routes/notifications/notifications": signedIn,
  "routes/notifications/notification-settings": signedIn,
  "routes/reports/reports": reportReaders,
  "routes/reports/reports-export": reportReaders,
  "routes/call": everyone,
  "routes/catalogue/projects": everyone,
  "routes/catalogue/project": everyone,
  "routes/catalogue/statistics": everyone,
  "routes/catalogue/open-data": everyone,
  "routes/manage/manage-home": programmeEditors,
  "routes/manage/manage-programme": programmeEditors,
  "routes/manage/new-call": programmeEditors,
  "routes/manage/manage-call": programmeEditors,
  "routes/applications/applications": signedIn,
  /** An invitation to read the walk's application, addressed to the demo partner. */
  "routes/applications/application-invitation": ["partner"],
  "routes/applications/application-index": applicationReaders,
  "routes/applications/application-status": applicationReaders,
  "routes/applications/application-attachments": applicationReaders,
  "routes/applications/attachment-download": applicationReaders,
  "routes/applications/application-pdf": applicationReaders,
  /** The applicant's workroom with the partners: not part of the case, so not the secretariat's. */
  "routes/applications/application-team": ["applicant", "partner"],
  "routes/applications/application-grant": applicationReaders,
  "routes/applications/grant-letter-pdf": applicationReaders,
  "routes/applications/application-payments": applicationReaders,
  "routes/applications/application-final-report": applicationReaders,
  "routes/applications/application-step": applicationReaders,
  "routes/admin/admin-home": administrators,
  "routes/admin/audit": administrators,
  "routes/admin/outbox": administrators,
  "routes/admin/outbox-message": administrators,
  "routes/admin/jobs": administrators,
  "routes/admin/users": administrators,
  /** Answers 404 to everyone, as the page that says so. */
  "routes/not-found": everyone,
};

/** The routes anonymous visitors may open (the public pages' JavaScript budget applies to them). */
export function publicRouteIds(): string[] {
  return Object.entries(routeAccess)
    .filter(([, who]) => who.includes("anonymous"))
    .map(([id]) => id);
}
