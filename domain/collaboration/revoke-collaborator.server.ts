import { and, eq, inArray } from "drizzle-orm";
import type { Queryable } from "#db/connection.ts";
import { applicationCollaborators } from "#db/schema.ts";
import type { ApplicationAccess } from "#domain/access/case-access.server.ts";
import { mayDo } from "#domain/access/case-access.ts";
import { recordAuditEntry } from "#domain/audit/record-audit-entry.server.ts";
import { done, forbidden, notFound, type Result } from "#domain/result.ts";

/**
 * Ends a partner's part in the application (applicant members may, also after sending): an open
 * invitation stops working, an accepted one stops giving access (only accepted partners are tied
 * to the application). The row stays, as history.
 */
export async function revokeCollaborator(
  q: Queryable,
  access: ApplicationAccess,
  actor: { id: string },
  collaboratorId: string,
): Promise<Result> {
  if (!mayDo(access, "revoke_collaborator")) return forbidden();
  return q.transaction(async (tx) => {
    const [revoked] = await tx
      .update(applicationCollaborators)
      .set({ status: "revoked" })
      .where(
        and(
          eq(applicationCollaborators.id, collaboratorId),
          eq(applicationCollaborators.applicationId, access.application.id),
          inArray(applicationCollaborators.status, ["invited", "accepted"]),
        ),
      )
      .returning({ id: applicationCollaborators.id });
    if (!revoked) return notFound();
    await recordAuditEntry(tx, {
      actor: { id: actor.id, label: `user:${actor.id}` },
      action: "application.collaborator.revoke",
      entityType: "application",
      entityId: access.application.id,
      after: { collaboratorId },
    });
    return done();
  });
}
