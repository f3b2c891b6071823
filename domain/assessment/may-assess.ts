import type { Role } from "#vocabulary/vocabulary.ts";

/**
 * Whether this person may assess this case: programme managers any case, advisers the cases of
 * their own office (any adviser when the case has none yet), the same rule the workflow table uses
 * for the "complete_assessment" transition.
 */
export function mayAssess(
  user: { role: Role; officeId: string | null },
  application: { officeId: string | null },
): boolean {
  if (user.role === "programme_manager") return true;
  if (user.role !== "adviser") return false;
  return !application.officeId || user.officeId === application.officeId;
}
