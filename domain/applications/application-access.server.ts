import { and, eq } from "drizzle-orm";
import type { Queryable } from "#db/connection.ts";
import { type ApplicationRecord, applicationCollaborators, applications, members } from "#db/schema.ts";
import { checkPermission } from "#domain/accounts/permissions.ts";
import { caseTransitions } from "#domain/cases/case-transitions.ts";
import { canSeeCase } from "#domain/workbench/case-scope.server.ts";
import type { Role } from "#vocabulary/vocabulary.ts";
import { type ApplicationSection, applicationSections } from "./application-sections.ts";

/**
 * What one person may do with one application. Plain data, so a loader can hand it to the page.
 * - applicant: a member (owner or member) of the applying organisation: everything while a draft.
 * - collaborator: a partner who accepted an invitation to this application: view, plus the sections
 *   and comment right the invitation named. Never sends, withdraws or invites.
 * - staff: people who read cases (advisers, managers, board, administrators): view and write to the
 *   case thread; never edit the applicant's text.
 */
export interface ApplicationAccess {
  application: ApplicationRecord;
  as: "applicant" | "collaborator" | "staff";
  /** Sections this person may change now (empty once the application is sent). */
  editableSections: ApplicationSection[];
  /** May write in the team thread (applicant and partners). */
  canComment: boolean;
  /** May read and write the case thread with the secretariat. */
  canMessageCase: boolean;
  canSubmit: boolean;
  canWithdraw: boolean;
  canInvite: boolean;
}

export interface AccessUser {
  id: string;
  role: Role;
  /** An adviser's office: advisers see their own office's cases only. */
  officeId?: string | null;
}

/**
 * The person's access to the application, or null when they have none: callers answer null with
 * 404, the same as an unknown id, so ids of other organisations' applications reveal nothing.
 */
export async function findApplicationAccess(
  q: Queryable,
  applicationId: string,
  user: AccessUser,
): Promise<ApplicationAccess | null> {
  const [application] = await q.select().from(applications).where(eq(applications.id, applicationId));
  if (!application) return null;
  const isDraft = application.status === "draft";
  const isReturned = application.status === "returned";
  // A case returned by screening opens only the steps the adviser named.
  const unlocked = isReturned
    ? applicationSections.filter((section) => application.unlockedSections.includes(section))
    : [];

  const [membership] = await q
    .select({ role: members.role })
    .from(members)
    .where(and(eq(members.organizationId, application.organizationId), eq(members.userId, user.id)));
  if (membership) {
    return {
      application,
      as: "applicant",
      editableSections: isDraft ? [...applicationSections] : unlocked,
      canComment: true,
      canMessageCase: application.status !== "draft",
      canSubmit: isDraft || isReturned,
      canWithdraw: caseTransitions.withdraw.from.includes(application.status as never),
      canInvite: isDraft,
    };
  }

  const [collaborator] = await q
    .select()
    .from(applicationCollaborators)
    .where(
      and(
        eq(applicationCollaborators.applicationId, application.id),
        eq(applicationCollaborators.userId, user.id),
        eq(applicationCollaborators.status, "accepted"),
      ),
    );
  if (collaborator) {
    return {
      application,
      as: "collaborator",
      editableSections: (isDraft ? applicationSections : unlocked).filter((section) =>
        collaborator.editSections.includes(section),
      ),
      canComment: collaborator.canComment,
      canMessageCase: false,
      canSubmit: false,
      canWithdraw: false,
      canInvite: false,
    };
  }

  // Staff see the sent cases they may handle (advisers their office's, the board its own cases):
  // the same rule as the workbench's lists. A draft is the applicant's own business until it is sent.
  if (
    checkPermission(user.role, "cases.read").allowed &&
    canSeeCase({ id: user.id, role: user.role, officeId: user.officeId ?? null }, application)
  ) {
    return {
      application,
      as: "staff",
      editableSections: [],
      canComment: false,
      canMessageCase: true,
      canSubmit: false,
      canWithdraw: false,
      canInvite: false,
    };
  }
  return null;
}
