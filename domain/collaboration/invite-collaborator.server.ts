import crypto from "node:crypto";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Queryable } from "#db/connection.ts";
import { applicationCollaborators, applications, members, organizations, users } from "#db/schema.ts";
import type { ApplicationAccess } from "#domain/access/case-access.server.ts";
import { checkCaseAccess } from "#domain/access/case-access.ts";
import type { ApplicationForm } from "#domain/applications/application-form.ts";
import { applicationTitle } from "#domain/applications/application-title.ts";
import { recordAuditEntry } from "#domain/audit/record-audit-entry.server.ts";
import { translate } from "#domain/i18n/translate.ts";
import { sendNotification } from "#domain/notifications/send-notification.server.ts";
import type { Locale } from "#vocabulary/vocabulary.ts";
import { type CollaboratorKind, collaboratorKinds } from "../../vocabulary/vocabulary.ts";
import { maxNameLength, maxOrganisationNameLength } from "./collaboration-forms.ts";
import { type CollaborationMailOptions, invitationLink } from "./collaboration-links.ts";
import { describeRights, hasOnlyKnownSections, knownSections } from "./collaborator-rights.ts";
import { isCountryCode } from "./countries.ts";
import { createInvitationToken, hashInvitationToken } from "./invitation-token.server.ts";

/** An application has at most this many partners invited or taking part at once. */
export const maxCollaborators = 20;

export interface CollaboratorInvitationInput {
  email: string;
  /** The partner's name as the inviter writes it: a person's name, or a contact person's. */
  name: string;
  kind: CollaboratorKind;
  /** Required when kind is "organisation". */
  organisationName?: string | null;
  /** ISO 3166-1 alpha-2, any country. */
  country: string;
  canComment: boolean;
  editSections: readonly string[];
  /** The language of the invitation e-mail: the invitee has no account, so the inviter chooses. */
  locale: Locale;
}

export type InviteRefusal =
  | "forbidden"
  | "not-draft"
  | "invalid-input"
  | "organisation-name-required"
  | "unknown-country"
  | "unknown-section"
  | "already-invited"
  | "already-member"
  | "too-many";

export type InviteCollaboratorResult =
  | { ok: true; collaboratorId: string }
  | { ok: false; error: InviteRefusal };

const plausibleEmail = /^[^\s@<>,;]+@[^\s@<>,;]+\.[^\s@<>,;]+$/;

/**
 * An applicant member invites a partner to this one application. Writes the invitation, the e-mail
 * (with the only copy of the token, in its link) and the audit entry in one transaction; the row for
 * the application is locked meanwhile, so two invitations at once cannot both pass the checks for a
 * duplicate address or the limit.
 */
export async function inviteCollaborator(
  q: Queryable,
  access: ApplicationAccess,
  inviter: { id: string; name: string },
  input: CollaboratorInvitationInput,
  mail: CollaborationMailOptions,
): Promise<InviteCollaboratorResult> {
  const who = checkCaseAccess(access, "invite_collaborator");
  if (!who.allowed && who.kind !== "state") return { ok: false, error: "forbidden" };
  const checked = checkInput(input);
  if (!checked.ok) return checked;
  const email = input.email.trim().toLowerCase();
  const editSections = knownSections(input.editSections);
  const organisationName = input.kind === "organisation" ? input.organisationName!.trim() : null;

  return q.transaction(async (tx) => {
    const [application] = await tx
      .select()
      .from(applications)
      .where(eq(applications.id, access.application.id))
      .for("update");
    if (!application) return { ok: false as const, error: "forbidden" as const };
    // Judged again on the row as it is now, under its lock: a draft may have been sent meanwhile.
    const verdict = checkCaseAccess({ ...access, application }, "invite_collaborator");
    if (!verdict.allowed)
      return { ok: false as const, error: verdict.kind === "state" ? "not-draft" : "forbidden" } as const;

    const open = await tx
      .select({ email: applicationCollaborators.email })
      .from(applicationCollaborators)
      .where(
        and(
          eq(applicationCollaborators.applicationId, application.id),
          inArray(applicationCollaborators.status, ["invited", "accepted"]),
        ),
      );
    if (open.some((row) => row.email.toLowerCase() === email)) {
      return { ok: false as const, error: "already-invited" as const };
    }
    if (open.length >= maxCollaborators) return { ok: false as const, error: "too-many" as const };
    const [member] = await tx
      .select({ id: members.id })
      .from(members)
      .innerJoin(users, eq(members.userId, users.id))
      .where(
        and(eq(members.organizationId, application.organizationId), sql`lower(${users.email}) = ${email}`),
      );
    if (member) return { ok: false as const, error: "already-member" as const };

    const [organisation] = await tx
      .select({ name: organizations.name })
      .from(organizations)
      .where(eq(organizations.id, application.organizationId));
    const token = createInvitationToken();
    const collaboratorId = crypto.randomUUID();
    await tx.insert(applicationCollaborators).values({
      id: collaboratorId,
      applicationId: application.id,
      email,
      name: input.name.trim(),
      kind: input.kind,
      organisationName,
      country: input.country,
      canComment: input.canComment,
      editSections,
      status: "invited",
      tokenHash: hashInvitationToken(token),
      invitedBy: inviter.id,
    });
    await sendNotification(tx, {
      kind: "application.invitation",
      recipients: [{ address: email, locale: input.locale, name: input.name }],
      mail: (to) => ({
        inviterName: inviter.name,
        organisationName: organisation?.name ?? "",
        applicationTitle:
          applicationTitle(application.form as ApplicationForm, to.locale) ??
          translate(to.locale, "collaboration.untitled"),
        rights: describeRights(to.locale, { canComment: input.canComment, editSections }),
        link: invitationLink(mail.baseUrl, to.locale, token),
        name: to.name ?? undefined,
      }),
      smtpEnabled: mail.smtpEnabled,
    });
    // No e-mail address or name in the audit log: the collaborator's id leads to them while they exist.
    await recordAuditEntry(tx, {
      actor: { id: inviter.id, label: `user:${inviter.id}` },
      action: "application.collaborator.invite",
      entityType: "application",
      entityId: application.id,
      after: {
        collaboratorId,
        kind: input.kind,
        country: input.country,
        canComment: input.canComment,
        editSections,
      },
    });
    return { ok: true as const, collaboratorId };
  });
}

/** The same rules as the form's schema, for callers that do not come through the form. */
function checkInput(input: CollaboratorInvitationInput): { ok: true } | { ok: false; error: InviteRefusal } {
  const name = input.name?.trim() ?? "";
  const email = input.email?.trim() ?? "";
  if (!plausibleEmail.test(email) || email.length > 254) return { ok: false, error: "invalid-input" };
  if (name === "" || name.length > maxNameLength || /[<>]/.test(name))
    return { ok: false, error: "invalid-input" };
  if (!(collaboratorKinds as readonly string[]).includes(input.kind))
    return { ok: false, error: "invalid-input" };
  if (input.kind === "organisation") {
    const organisationName = input.organisationName?.trim() ?? "";
    if (organisationName === "") return { ok: false, error: "organisation-name-required" };
    if (organisationName.length > maxOrganisationNameLength) return { ok: false, error: "invalid-input" };
  }
  if (!isCountryCode(input.country)) return { ok: false, error: "unknown-country" };
  if (!hasOnlyKnownSections(input.editSections)) return { ok: false, error: "unknown-section" };
  return { ok: true };
}
