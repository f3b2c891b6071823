import { and, eq, ne, or, type SQL, sql } from "drizzle-orm";
import { type ApplicationRecord, applications } from "#db/schema.ts";
import type { Role } from "#vocabulary/vocabulary.ts";

/** The person looking at cases: their platform role, and the office an adviser belongs to. */
export interface WorkbenchUser {
  id: string;
  role: Role;
  officeId: string | null;
}

/**
 * Which cases a staff member sees, as one rule with two faces: a pure check for one case (the case
 * page) and the same rule as SQL (the workbench's lists and counts), so a case never shows in a
 * list and then answers 404, or the other way round.
 * - advisers: the cases of their own office (an adviser without an office sees none);
 * - board members: the cases the board decides, and every appeal;
 * - programme managers and administrators: every case.
 * Drafts are the applicant's own business until they are sent, for everyone.
 */
export function canSeeCase(
  user: WorkbenchUser,
  application: Pick<ApplicationRecord, "status" | "officeId" | "decidedBy">,
): boolean {
  if (application.status === "draft") return false;
  switch (user.role) {
    case "adviser":
      return user.officeId !== null && application.officeId === user.officeId;
    case "board_member":
      // The board decides its own cases and every appeal.
      return application.decidedBy === "board" || application.status === "appealed";
    case "programme_manager":
    case "administrator":
      return true;
    default:
      return false;
  }
}

/** The same rule as canSeeCase, as a condition on the application table. */
export function caseScopeCondition(user: WorkbenchUser): SQL {
  const sent = ne(applications.status, "draft");
  switch (user.role) {
    case "adviser":
      return user.officeId === null
        ? sql`false`
        : (and(sent, eq(applications.officeId, user.officeId)) as SQL);
    case "board_member":
      return and(sent, or(eq(applications.decidedBy, "board"), eq(applications.status, "appealed"))) as SQL;
    case "programme_manager":
    case "administrator":
      return sent;
    default:
      return sql`false`;
  }
}
