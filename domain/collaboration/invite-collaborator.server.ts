import crypto from "node:crypto";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Queryable } from "#db/connection.ts";
import { applicationCollaborators, members, organizations, users } from "#db/schema.ts";
import type { ApplicationAccess } from "#domain/access/case-access.server.ts";
import { checkCaseAccess } from "#domain/access/case-access.ts";
import type { ApplicationForm } from "#domain/applications/application-form.ts";
import { applicationTitle } from "#domain/applications/application-title.ts";
import { recordAuditEntry } from "#domain/audit/record-audit-entry.server.ts";
import { lockApplication } from "#domain/cases/lock-application.server.ts";
import type { MessageKey } from "#domain/i18n/catalog.ts";
import { translate } from "#domain/i18n/translate.ts";
import { sendNotification } from "#domain/notifications/send-notification.server.ts";
import { done, forbidden, type Refused, type Result, refused } from "#domain/result.ts";
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

/**
 * The new collaborator's id, or refused: not this person's to invite (forbidden), the application
 * sent meanwhile (state), or the invitation itself wrong (invalid; `fields` names the form field
 * the reason belongs beside, `max` is the limit of partners).
 */
export type InviteCollaboratorResult = Result<{ collaboratorId: string }>;

/** A refusal of the invitation's details, beside the field it concerns (none: for the whole form). */
function invalid(reason: MessageKey, field?: string): Refused {
  return refused(reason, { why: "invalid", ...(field ? { fields: { [field]: reason } } : {}) });
}

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
  if (!who.allowed && who.kind !== "state") return forbidden();
  const wrong = checkInput(input);
  if (wrong) return wrong;
  const email = input.email.trim().toLowerCase();
  const editSections = knownSections(input.editSections);
  const organisationName = input.kind === "organisation" ? input.organisationName!.trim() : null;

  return q.transaction(async (tx) => {
    const application = await lockApplication(tx, access.application.id);
    if (!application) return forbidden();
    // Judged again on the row as it is now, under its lock: a draft may have been sent meanwhile.
    const verdict = checkCaseAccess({ ...access, application }, "invite_collaborator");
    if (!verdict.allowed)
      return verdict.kind === "state" ? refused("collaboration.error.not-draft") : forbidden();

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
      return invalid("collaboration.error.already-invited", "email");
    }
    if (open.length >= maxCollaborators)
      return refused("collaboration.error.too-many", { why: "invalid", params: { max: maxCollaborators } });
    const [member] = await tx
      .select({ id: members.id })
      .from(members)
      .innerJoin(users, eq(members.userId, users.id))
      .where(
        and(eq(members.organizationId, application.organizationId), sql`lower(${users.email}) = ${email}`),
      );
    if (member) return invalid("collaboration.error.already-member", "email");

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
    return done({ collaboratorId });
  });
}

/** The same rules as the form's schema, for callers that do not come through the form. */
function checkInput(input: CollaboratorInvitationInput): Refused | undefined {
  const name = input.name?.trim() ?? "";
  const email = input.email?.trim() ?? "";
  if (!plausibleEmail.test(email) || email.length > 254) return invalid("collaboration.error.invalid-input");
  if (name === "" || name.length > maxNameLength || /[<>]/.test(name))
    return invalid("collaboration.error.invalid-input");
  if (!(collaboratorKinds as readonly string[]).includes(input.kind))
    return invalid("collaboration.error.invalid-input");
  if (input.kind === "organisation") {
    const organisationName = input.organisationName?.trim() ?? "";
    if (organisationName === "")
      return invalid("collaboration.error.organisation-name-required", "organisationName");
    if (organisationName.length > maxOrganisationNameLength)
      return invalid("collaboration.error.invalid-input");
  }
  if (!isCountryCode(input.country)) return invalid("collaboration.error.unknown-country", "country");
  if (!hasOnlyKnownSections(input.editSections))
    return invalid("collaboration.error.unknown-section", "editSections");
  return undefined;
}
