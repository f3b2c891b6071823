import { and, asc, count, eq, isNull } from "drizzle-orm";
import type { Db, Queryable, Tx } from "#db/connection.ts";
import { attachments } from "#db/schema.ts";
import { caseAccessOf, findPerson } from "#domain/access/case-access.server.ts";
import { checkCaseAccess } from "#domain/access/case-access.ts";
import type { AttachmentStore } from "#domain/attachments/attachment-store.server.ts";
import { sniffFileType } from "#domain/attachments/sniff-file-type.ts";
import { storeAttachment } from "#domain/attachments/store-attachment.server.ts";
import { recordAuditEntry } from "#domain/audit/record-audit-entry.server.ts";
import { lockApplication } from "#domain/cases/lock-application.server.ts";
import { done, forbidden, notFound, type Result, refused } from "#domain/result.ts";
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

/** Whether this person writes the report of this case now: refused when not now, or not theirs. */
async function checkWriter(tx: Tx, applicationId: string, userId: string) {
  // Under the row lock, so the state is the one the change lands on.
  const application = await lockApplication(tx, applicationId);
  if (!application) return forbidden();
  const verdict = checkCaseAccess(
    await caseAccessOf(tx, application, await findPerson(tx, userId)),
    "submit_final_report",
  );
  if (verdict.allowed) return null;
  return verdict.kind === "state" ? refused("finalReport.photo.error.closed") : forbidden();
}

/**
 * Adds a photo to the report being written. A refused file leaves nothing behind: empty, too large
 * (the page gives `{limit}` in its reader's units), not a JPEG or PNG, or one too many (invalid);
 * the report not being written now (state); not this person's report (forbidden).
 */
export async function addReportPhoto(
  db: Db,
  store: AttachmentStore,
  input: { applicationId: string; fileName: string; bytes: Uint8Array; uploadedBy: string; now: Date },
  limits: { maxBytes: number },
): Promise<Result<ReportPhoto>> {
  if (input.bytes.length === 0) return refused("finalReport.photo.error.empty", { why: "invalid" });
  if (input.bytes.length > limits.maxBytes)
    return refused("finalReport.photo.error.too-large", { why: "invalid" });
  const type = sniffFileType(input.bytes);
  if (!type || !photoTypes.includes(type.mediaType))
    return refused("finalReport.photo.error.not-a-photo", { why: "invalid" });

  const photo = { ...input, kind: reportPhotoKind, mediaType: type.mediaType, createdAt: input.now };
  return storeAttachment(db, store, photo, async (tx, insertRow): Promise<Result<ReportPhoto>> => {
    // Under the row lock, so the state and the count are those the insert lands on.
    const refusal = await checkWriter(tx, input.applicationId, input.uploadedBy);
    if (refusal) return refusal;
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
    if ((existing?.n ?? 0) >= maxReportPhotos)
      return refused("finalReport.photo.error.too-many", {
        why: "invalid",
        params: { max: maxReportPhotos },
      });
    const row = await insertRow();
    // No file name in the log: a name can be personal data.
    await recordAuditEntry(tx, {
      actor: { id: input.uploadedBy, label: `user:${input.uploadedBy}` },
      action: "report-photo.add",
      entityType: "attachment",
      entityId: row.id,
      after: { applicationId: input.applicationId, mediaType: row.mediaType, sizeBytes: row.sizeBytes },
      at: input.now,
    });
    return done({
      id: row.id,
      fileName: row.fileName,
      mediaType: row.mediaType,
      sizeBytes: row.sizeBytes,
      createdAt: row.createdAt,
    });
  });
}

/**
 * Takes a photo out of the report being written. The row stays (marked removed) and the file too:
 * a report sent earlier may show it, and the download route still serves it for a sent case.
 */
export async function removeReportPhoto(
  db: Db,
  input: { applicationId: string; attachmentId: string; removedBy: string; now: Date },
): Promise<Result> {
  return db.transaction(async (tx) => {
    const refusal = await checkWriter(tx, input.applicationId, input.removedBy);
    if (refusal) return refusal;
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
    if (!removed) return notFound();
    await recordAuditEntry(tx, {
      actor: { id: input.removedBy, label: `user:${input.removedBy}` },
      action: "report-photo.remove",
      entityType: "attachment",
      entityId: removed.id,
      after: { applicationId: input.applicationId },
      at: input.now,
    });
    return done();
  });
}
