import { and, eq } from "drizzle-orm";
import type { Queryable } from "#db/connection.ts";
import { applicationCollaborators, applications, organizations, users } from "#db/schema.ts";
import type { ApplicationForm } from "#domain/applications/application-form.ts";
import { recordAuditEntry } from "#domain/audit/record-audit-entry.server.ts";
import { done, forbidden, notFound, type Result } from "#domain/result.ts";
import type { Role } from "#vocabulary/vocabulary.ts";
import type { CollaboratorKind } from "../../vocabulary/vocabulary.ts";
import { knownSections } from "./collaborator-rights.ts";
import { hashInvitationToken, isPlausibleToken } from "./invitation-token.server.ts";

/** Roles that may take part in an applicant's application; staff judge applications, so they may not. */
export const collaboratorRoles: readonly Role[] = ["applicant", "partner"];

export interface OpenInvitation {
  collaboratorId: string;
  applicationId: string;
  /** The invited address; compare, never show it whole to someone else. */
  email: string;
  name: string;
  kind: CollaboratorKind;
  organisationName: string | null;
  country: string;
  canComment: boolean;
  editSections: string[];
  inviterName: string;
  applicantOrganisationName: string;
  applicationForm: ApplicationForm;
}

/**
 * The invitation behind a link, while it can still be answered. Answered, revoked and unknown tokens
 * all give null: a used link says no more than a made-up one.
 */
export async function findOpenInvitation(q: Queryable, token: string): Promise<OpenInvitation | null> {
  if (!isPlausibleToken(token)) return null;
  const [row] = await q
    .select({
      collaboratorId: applicationCollaborators.id,
      applicationId: applicationCollaborators.applicationId,
      email: applicationCollaborators.email,
      name: applicationCollaborators.name,
      kind: applicationCollaborators.kind,
      organisationName: applicationCollaborators.organisationName,
      country: applicationCollaborators.country,
      canComment: applicationCollaborators.canComment,
      editSections: applicationCollaborators.editSections,
      status: applicationCollaborators.status,
      inviterName: users.name,
      applicantOrganisationName: organizations.name,
      applicationForm: applications.form,
    })
    .from(applicationCollaborators)
    .innerJoin(applications, eq(applicationCollaborators.applicationId, applications.id))
    .innerJoin(organizations, eq(applications.organizationId, organizations.id))
    .innerJoin(users, eq(applicationCollaborators.invitedBy, users.id))
    .where(eq(applicationCollaborators.tokenHash, hashInvitationToken(token)));
  if (row?.status !== "invited") return null;
  const { status: _status, ...invitation } = row;
  return {
    ...invitation,
    editSections: knownSections(row.editSections),
    applicationForm: (row.applicationForm ?? {}) as ApplicationForm,
  };
}

export function isInvitedAddress(invitation: Pick<OpenInvitation, "email">, email: string): boolean {
  return invitation.email.trim().toLowerCase() === email.trim().toLowerCase();
}

/** "olga.ivanova@example.org" -> "o***@example.org": enough to recognise one's own address. */
export function maskEmail(email: string): string {
  const [local = "", domain = ""] = email.split("@");
  return `${local.slice(0, 1)}***@${domain}`;
}

export type InvitationAnswer = "accept" | "decline";
/**
 * The application and the answer given, not found (no open invitation behind the token), or
 * forbidden: another address than the invited one (`email`, masked), or a secretariat account.
 */
export type RespondResult = Result<{ applicationId: string; answer: InvitationAnswer }>;

/**
 * Accepts or declines the invitation behind a link, as the logged-in user. Only the invited address
 * may answer. A token answers once: the update is conditional on the invitation still being open, so
 * of two answers at the same moment one wins and the other finds nothing.
 */
export async function respondToInvitation(
  q: Queryable,
  token: string,
  user: { id: string; email: string; role: Role },
  answer: InvitationAnswer,
): Promise<RespondResult> {
  const invitation = await findOpenInvitation(q, token);
  if (!invitation) return notFound();
  if (!isInvitedAddress(invitation, user.email))
    return forbidden("collaboration.invitation.wrongAccount", { email: maskEmail(invitation.email) });
  if (!collaboratorRoles.includes(user.role)) return forbidden("collaboration.invitation.role");
  return q.transaction(async (tx) => {
    const [updated] = await tx
      .update(applicationCollaborators)
      .set({
        status: answer === "accept" ? "accepted" : "declined",
        userId: answer === "accept" ? user.id : null,
        respondedAt: new Date(),
      })
      .where(
        and(
          eq(applicationCollaborators.id, invitation.collaboratorId),
          eq(applicationCollaborators.status, "invited"),
        ),
      )
      .returning({ id: applicationCollaborators.id });
    if (!updated) return notFound();
    await recordAuditEntry(tx, {
      actor: { id: user.id, label: `user:${user.id}` },
      action: answer === "accept" ? "application.collaborator.accept" : "application.collaborator.decline",
      entityType: "application",
      entityId: invitation.applicationId,
      after: { collaboratorId: invitation.collaboratorId },
    });
    return done({ applicationId: invitation.applicationId, answer });
  });
}
