import crypto from "node:crypto";
import { and, asc, count, eq, isNull } from "drizzle-orm";
import type { Db, Queryable } from "#db/connection.ts";
import { applications, attachments } from "#db/schema.ts";
import { caseAccessOf, findPerson } from "#domain/access/case-access.server.ts";
import { checkCaseAccess } from "#domain/access/case-access.ts";
import type { AttachmentStore } from "#domain/attachments/attachment-store.server.ts";
import { cleanFileName } from "#domain/attachments/file-names.ts";
import { sniffFileType } from "#domain/attachments/sniff-file-type.ts";
import { recordAuditEntry } from "#domain/audit/record-audit-entry.server.ts";
import { maxReportPhotos } from "./final-report-form.ts";

// Photos for the final report are attachment rows of their own kind, stored like every other file
// (domain/attachments: bytes in the attachment store, checksum in the row, served by the download
// route to whoever has access to the application). The application's own attachments are a draft's
// business (addAttachment refuses a running case), so the report has its own door: photos only
// (JPEG, PNG), only while the report is being written, and by those who write it (the access
// rules' "submit_final_report"). Consent to publish is given per photo when the report is sent
// (final_report.content.photos).

export const reportPhotoKind = "report-photo";
const photoTypes = ["image/jpeg", "image/png"];

export interface ReportPhoto {
  id: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  createdAt: Date;
}

export async function listReportPhotos(q: Queryable, applicationId: string): Promise<ReportPhoto[]> {
  return q
    .select({
      id: attachments.id,
      fileName: attachments.fileName,
      mediaType: attachments.mediaType,
      sizeBytes: attachments.sizeBytes,
      createdAt: attachments.createdAt,
    })
    .from(attachments)
    .where(
      and(
        eq(attachments.applicationId, applicationId),
        eq(attachments.kind, reportPhotoKind),
        isNull(attachments.removedAt),
      ),
    )
    .orderBy(asc(attachments.createdAt), asc(attachments.id));
}

export type AddPhotoError = "empty" | "too-large" | "not-a-photo" | "too-many" | "closed" | "forbidden";

/** Whether this person writes the report of this case now: "closed" when not now. */
async function checkWriter(tx: Queryable, applicationId: string, userId: string) {
  // Under the row lock, so the state is the one the change lands on.
  const [application] = await tx
    .select()
    .from(applications)
    .where(eq(applications.id, applicationId))
    .for("update");
  if (!application) return "forbidden" as const;
  const verdict = checkCaseAccess(
    await caseAccessOf(tx, application, await findPerson(tx, userId)),
    "submit_final_report",
  );
  if (verdict.allowed) return null;
  return verdict.kind === "state" ? ("closed" as const) : ("forbidden" as const);
}

/** Adds a photo to the report being written. A refused file leaves nothing behind. */
export async function addReportPhoto(
  db: Db,
  store: AttachmentStore,
  input: { applicationId: string; fileName: string; bytes: Uint8Array; uploadedBy: string; now: Date },
  limits: { maxBytes: number },
): Promise<{ ok: true; photo: ReportPhoto } | { ok: false; error: AddPhotoError }> {
  if (input.bytes.length === 0) return { ok: false, error: "empty" };
  if (input.bytes.length > limits.maxBytes) return { ok: false, error: "too-large" };
  const type = sniffFileType(input.bytes);
  if (!type || !photoTypes.includes(type.mediaType)) return { ok: false, error: "not-a-photo" };

  const id = crypto.randomUUID();
  const stored = await store.write(id, input.bytes);
  try {
    const result = await db.transaction(async (tx) => {
      // Under the row lock, so the state and the count are those the insert lands on.
      const refusal = await checkWriter(tx, input.applicationId, input.uploadedBy);
      if (refusal) return { ok: false as const, error: refusal };
      const [existing] = await tx
        .select({ n: count() })
        .from(attachments)
        .where(
          and(
            eq(attachments.applicationId, input.applicationId),
            eq(attachments.kind, reportPhotoKind),
            isNull(attachments.removedAt),
          ),
        );
      if ((existing?.n ?? 0) >= maxReportPhotos) return { ok: false as const, error: "too-many" as const };
      const [row] = await tx
        .insert(attachments)
        .values({
          id,
          applicationId: input.applicationId,
          kind: reportPhotoKind,
          fileName: cleanFileName(input.fileName),
          mediaType: type.mediaType,
          sizeBytes: stored.sizeBytes,
          sha256: stored.sha256,
          storageKey: stored.storageKey,
          uploadedBy: input.uploadedBy,
          createdAt: input.now,
        })
        .returning();
      // No file name in the log: a name can be personal data.
      await recordAuditEntry(tx, {
        actor: { id: input.uploadedBy, label: `user:${input.uploadedBy}` },
        action: "report-photo.add",
        entityType: "attachment",
        entityId: id,
        after: { applicationId: input.applicationId, mediaType: type.mediaType, sizeBytes: stored.sizeBytes },
        at: input.now,
      });
      return {
        ok: true as const,
        photo: {
          id: row!.id,
          fileName: row!.fileName,
          mediaType: row!.mediaType,
          sizeBytes: row!.sizeBytes,
          createdAt: row!.createdAt,
        },
      };
    });
    if (!result.ok) await store.delete(stored.storageKey);
    return result;
  } catch (error) {
    await store.delete(stored.storageKey);
    throw error;
  }
}

/**
 * Takes a photo out of the report being written. The row stays (marked removed) and the file too:
 * a report sent earlier may show it, and the download route still serves it for a sent case.
 */
export async function removeReportPhoto(
  db: Db,
  input: { applicationId: string; attachmentId: string; removedBy: string; now: Date },
): Promise<{ ok: true } | { ok: false; error: "not-found" | "closed" | "forbidden" }> {
  return db.transaction(async (tx) => {
    const refusal = await checkWriter(tx, input.applicationId, input.removedBy);
    if (refusal) return { ok: false as const, error: refusal };
    const [removed] = await tx
      .update(attachments)
      .set({ removedAt: input.now })
      .where(
        and(
          eq(attachments.id, input.attachmentId),
          eq(attachments.applicationId, input.applicationId),
          eq(attachments.kind, reportPhotoKind),
          isNull(attachments.removedAt),
        ),
      )
      .returning({ id: attachments.id });
    if (!removed) return { ok: false as const, error: "not-found" as const };
    await recordAuditEntry(tx, {
      actor: { id: input.removedBy, label: `user:${input.removedBy}` },
      action: "report-photo.remove",
      entityType: "attachment",
      entityId: removed.id,
      after: { applicationId: input.applicationId },
      at: input.now,
    });
    return { ok: true as const };
  });
}
