import type { Role } from "#vocabulary/vocabulary.ts";

// Who may do what, as data: one line per permission, one place per rule. Loaders and actions ask
// `checkPermission` (through `requirePermission` in app/web/session.server.ts); tests walk this table for every role.
export const permissionTable = {
  "account.manage": ["applicant", "partner", "adviser", "programme_manager", "board_member", "administrator"],
  "organisations.create": ["applicant"],
  "organisations.join": ["applicant", "partner"],
  "applications.create": ["applicant"],
  "cases.read": ["adviser", "programme_manager", "board_member", "administrator"],
  "programmes.edit": ["programme_manager", "administrator"],
  "cases.handle": ["adviser", "programme_manager"],
  "meetings.manage": ["programme_manager"],
  "meetings.read": ["adviser", "programme_manager", "board_member"],
  "payments.manage": ["adviser", "programme_manager"],
  "reports.read": ["programme_manager", "board_member", "administrator"],
  "admin.open": ["administrator"],
  "audit.read": ["administrator"],
  "outbox.read": ["administrator"],
  "jobs.read": ["administrator"],
  "jobs.retry": ["administrator"],
  "users.read": ["administrator"],
  "users.manage": ["administrator"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissionTable;

export interface Verdict {
  allowed: boolean;
  /** Why, in words a developer or an audit reader understands (not shown to users as-is). */
  reason: string;
}

export function checkPermission(role: Role | null | undefined, permission: Permission): Verdict {
  if (!role) return { allowed: false, reason: `${permission} needs a logged-in user` };
  const allowedRoles: readonly Role[] = permissionTable[permission];
  return allowedRoles.includes(role)
    ? { allowed: true, reason: `${role} may ${permission}` }
    : { allowed: false, reason: `${permission} is for ${allowedRoles.join(", ")}; not for ${role}` };
}

/** Roles inside an applicant organisation (Better Auth's member.role). */
export const organisationRoles = ["owner", "member"] as const;
export type OrganisationRole = (typeof organisationRoles)[number];

export type OrganisationAction = "organisation.view" | "organisation.invite" | "organisation.removeMember";

const organisationTable: Record<OrganisationAction, readonly OrganisationRole[]> = {
  "organisation.view": ["owner", "member"],
  "organisation.invite": ["owner"],
  "organisation.removeMember": ["owner"],
};

export function checkOrganisationPermission(
  membershipRole: string | null | undefined,
  action: OrganisationAction,
): Verdict {
  if (!membershipRole) return { allowed: false, reason: `${action} needs membership of the organisation` };
  const allowed = (organisationTable[action] as readonly string[]).includes(membershipRole);
  return allowed
    ? { allowed, reason: `${membershipRole} may ${action}` }
    : {
        allowed,
        reason: `${action} is for ${organisationTable[action].join(", ")}; not for ${membershipRole}`,
      };
}
