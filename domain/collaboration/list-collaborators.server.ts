import { asc, eq } from "drizzle-orm";
import type { Queryable } from "#db/connection.ts";
import { applicationCollaborators } from "#db/schema.ts";
import type { ApplicationAccess } from "#domain/access/case-access.server.ts";
import { mayDo } from "#domain/access/case-access.ts";
import type { ApplicationSection } from "#domain/applications/application-sections.ts";
import type { CollaboratorKind } from "../../vocabulary/vocabulary.ts";
import { knownSections } from "./collaborator-rights.ts";

export type CollaboratorStatus = "invited" | "accepted" | "declined" | "revoked";

export interface CollaboratorView {
  id: string;
  name: string;
  /** Only for applicant members, who typed it; partners see each other's names, not addresses. */
  email: string | null;
  kind: CollaboratorKind;
  organisationName: string | null;
  country: string;
  canComment: boolean;
  editSections: ApplicationSection[];
  status: CollaboratorStatus;
  /** The collaborator's account, once accepted. */
  userId: string | null;
  createdAt: Date;
  respondedAt: Date | null;
}

/** Everyone ever invited to the application, oldest first, with what they may do and where they stand. */
export async function listCollaborators(
  q: Queryable,
  access: ApplicationAccess,
): Promise<CollaboratorView[]> {
  const contacts = mayDo(access, "read_collaborator_contacts");
  const rows = await q
    .select()
    .from(applicationCollaborators)
    .where(eq(applicationCollaborators.applicationId, access.application.id))
    .orderBy(asc(applicationCollaborators.createdAt), asc(applicationCollaborators.id));
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    email: contacts ? row.email : null,
    kind: row.kind,
    organisationName: row.organisationName,
    country: row.country,
    canComment: row.canComment,
    editSections: knownSections(row.editSections),
    status: row.status,
    userId: row.userId,
    createdAt: row.createdAt,
    respondedAt: row.respondedAt,
  }));
}
