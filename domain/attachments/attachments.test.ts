import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "#db/connection.ts";
import { applications, attachments, auditLog, programmes } from "#db/schema.ts";
import { programmeSeeds } from "#domain/programmes/seed-programmes.ts";
import { done, forbidden, notFound, refused } from "#domain/result.ts";
import { createTestDatabase, testBackend } from "#tests/database.ts";
import { insertApplication, insertOrganisation, insertUser } from "#tests/fixtures/fixtures.ts";
import { addAttachment } from "./add-attachment.server.ts";
import { attachmentKinds } from "./attachment-kinds.server.ts";
import {
  AttachmentCorruptedError,
  type AttachmentStore,
  createAttachmentStore,
} from "./attachment-store.server.ts";
import { listAttachments } from "./list-attachments.server.ts";
import { openAttachment } from "./open-attachment.server.ts";
import { removeAttachment } from "./remove-attachment.server.ts";
import { makeDocx, samples } from "./testing/make-zip.ts";

let database: Database;
let dir: string;
let store: AttachmentStore;
let userId: string;
let applicationId: string;
let otherApplicationId: string;
const programme = programmeSeeds[0]!;
const limits = { maxBytes: 4096 };

beforeAll(async () => {
  database = await createTestDatabase();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "bb-attachments-"));
  store = createAttachmentStore(dir);
  const db = database.db;
  await db.insert(programmes).values(programme);
  userId = (await insertUser(db, { label: "applicant" })).id;
  const organisationId = await insertOrganisation(db, userId);
  applicationId = await insertApplication(db, {
    organisationId,
    createdBy: userId,
    programmeId: programme.id,
  });
  const otherUser = (await insertUser(db, { label: "other" })).id;
  const otherOrganisation = await insertOrganisation(db, otherUser);
  otherApplicationId = await insertApplication(db, {
    organisationId: otherOrganisation,
    createdBy: otherUser,
    programmeId: programme.id,
  });
});
afterAll(async () => {
  await database?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Every stored file, as paths under the store's directory (temporary files included). */
function filesOnDisk(): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((p) =>
    fs.statSync(path.join(dir, p)).isFile(),
  );
}

const add = (input: Partial<Parameters<typeof addAttachment>[2]> & { bytes: Uint8Array }) =>
  addAttachment(
    database.db,
    store,
    { applicationId, kind: "other", fileName: "file.pdf", uploadedBy: userId, ...input },
    limits,
  );

describe(`attachments (${testBackend})`, () => {
  it("offers the programme's required attachments and 'other' as kinds", async () => {
    const kinds = await attachmentKinds(database.db, programme.id);
    expect(kinds.map((k) => [k.id, k.required])).toEqual([
      ["partner-letter", true],
      ["other", false],
    ]);
    expect(kinds[0]!.name?.ru).toBe("Письмо о намерениях от партнёра");
  });

  it("stores a file outside the database with its checksum, and lists it", async () => {
    const bytes = samples.pdf();
    const result = await add({ bytes, kind: "partner-letter", fileName: "Letter of intent.pdf" });
    if (!result.ok) throw new Error(result.kind);
    const row = result.value;
    expect(row).toMatchObject({
      applicationId,
      kind: "partner-letter",
      fileName: "Letter of intent.pdf",
      mediaType: "application/pdf",
      sizeBytes: bytes.length,
      sha256: crypto.createHash("sha256").update(bytes).digest("hex"),
      storageKey: `${row.id.slice(0, 2)}/${row.id}`,
    });
    expect(fs.readFileSync(path.join(dir, row.storageKey))).toEqual(Buffer.from(bytes));
    expect(filesOnDisk()).toEqual([row.storageKey]);
    const listed = await listAttachments(database.db, applicationId);
    expect(listed.map((a) => a.id)).toContain(row.id);

    const [entry] = await database.db.select().from(auditLog).where(eq(auditLog.entityId, row.id));
    expect(entry?.action).toBe("attachment.add");
    // The log names the file's kind and checksum, never its name (which may be personal data).
    expect(JSON.stringify(entry)).not.toContain("Letter of intent");

    const opened = await openAttachment(database.db, store, applicationId, row.id);
    expect(opened?.bytes).toEqual(bytes);
    expect(opened?.downloadName).toBe("Letter of intent.pdf");
  });

  it("judges the type by content: a PNG named .pdf is a PNG, and downloads as .png", async () => {
    const result = await add({ bytes: samples.png(), fileName: "scan.pdf" });
    if (!result.ok) throw new Error(result.kind);
    expect(result.value.mediaType).toBe("image/png");
    const opened = await openAttachment(database.db, store, applicationId, result.value.id);
    expect(opened?.downloadName).toBe("scan.png");
    const docx = await add({ bytes: makeDocx(), fileName: "budget" });
    expect(docx.ok && docx.value.mediaType).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
  });

  it("refuses bad files and leaves nothing behind", async () => {
    const rowsBefore = await database.db.select().from(attachments);
    const filesBefore = filesOnDisk();
    expect(await add({ bytes: samples.exe() })).toEqual(
      refused("attachments.error.unsupportedType", { why: "invalid" }),
    );
    expect(await add({ bytes: samples.html(), fileName: "page.pdf" })).toEqual(
      refused("attachments.error.unsupportedType", { why: "invalid" }),
    );
    expect(await add({ bytes: new Uint8Array() })).toEqual(
      refused("attachments.error.empty", { why: "invalid" }),
    );
    const big = new Uint8Array(limits.maxBytes + 1);
    big.set(samples.pdf());
    expect(await add({ bytes: big })).toEqual(refused("attachments.error.tooLarge", { why: "invalid" }));
    expect(await add({ bytes: samples.pdf(), kind: "passport" })).toEqual(
      refused("attachments.error.unknownKind", { why: "invalid" }),
    );
    expect(await database.db.select().from(attachments)).toHaveLength(rowsBefore.length);
    expect(filesOnDisk()).toEqual(filesBefore);
  });

  it("deletes the file again when the row cannot be written", async () => {
    const filesBefore = filesOnDisk();
    // The database refuses the row (a trigger for this test), after the file is written.
    await database.db.execute(
      sql`create function refuse_attachment() returns trigger language plpgsql as $$ begin raise exception 'refused'; end $$`,
    );
    await database.db.execute(
      sql`create trigger refuse_attachment before insert on attachment for each row execute function refuse_attachment()`,
    );
    try {
      await expect(add({ bytes: samples.pdf() })).rejects.toThrow();
    } finally {
      await database.db.execute(sql`drop trigger refuse_attachment on attachment`);
      await database.db.execute(sql`drop function refuse_attachment()`);
    }
    expect(filesOnDisk()).toEqual(filesBefore);
  });

  it("refuses a file from someone outside the applying organisation, with nothing stored", async () => {
    const filesBefore = filesOnDisk();
    const rowsBefore = await database.db.select().from(attachments);
    const stranger = (await insertUser(database.db, { label: "stranger" })).id;
    expect(await add({ bytes: samples.pdf(), uploadedBy: stranger })).toEqual(forbidden());
    expect(await database.db.select().from(attachments)).toHaveLength(rowsBefore.length);
    expect(filesOnDisk()).toEqual(filesBefore);
  });

  it("removes from a draft by marking, keeping the file; other applications' ids are not found", async () => {
    const result = await add({ bytes: samples.jpeg(), fileName: "photo.jpeg" });
    if (!result.ok) throw new Error(result.kind);
    const id = result.value.id;
    expect(
      await removeAttachment(database.db, {
        applicationId: otherApplicationId,
        attachmentId: id,
        removedBy: userId,
      }),
    ).toEqual(notFound());
    expect(await openAttachment(database.db, store, otherApplicationId, id)).toBeNull();

    expect(
      await removeAttachment(database.db, { applicationId, attachmentId: id, removedBy: userId }),
    ).toEqual(done());
    expect((await listAttachments(database.db, applicationId)).map((a) => a.id)).not.toContain(id);
    expect(fs.existsSync(path.join(dir, result.value.storageKey))).toBe(true);
    // Gone from the draft...
    expect(await openAttachment(database.db, store, applicationId, id)).toBeNull();
    expect(
      await removeAttachment(database.db, { applicationId, attachmentId: id, removedBy: userId }),
    ).toEqual(notFound());
    const [entry] = await database.db.select().from(auditLog).where(eq(auditLog.action, "attachment.remove"));
    expect(entry?.entityId).toBe(id);
  });

  it("refuses changes once the application is sent, yet still serves removed files a version may list", async () => {
    const added = await add({ bytes: samples.pdf() });
    if (!added.ok) throw new Error(added.kind);
    await removeAttachment(database.db, {
      applicationId,
      attachmentId: added.value.id,
      removedBy: userId,
    });
    await database.db
      .update(applications)
      .set({ status: "submitted" })
      .where(eq(applications.id, applicationId));
    try {
      expect(await add({ bytes: samples.pdf() })).toEqual(refused("attachments.error.notDraft"));
      const opened = await openAttachment(database.db, store, applicationId, added.value.id);
      expect(opened?.bytes).toEqual(samples.pdf());
    } finally {
      await database.db
        .update(applications)
        .set({ status: "draft" })
        .where(eq(applications.id, applicationId));
    }
  });

  it("refuses to serve a file that no longer matches its checksum", async () => {
    const added = await add({ bytes: samples.pdf() });
    if (!added.ok) throw new Error(added.kind);
    fs.writeFileSync(path.join(dir, added.value.storageKey), "%PDF-1.7 tampered");
    await expect(openAttachment(database.db, store, applicationId, added.value.id)).rejects.toBeInstanceOf(
      AttachmentCorruptedError,
    );
    fs.rmSync(path.join(dir, added.value.storageKey));
    await expect(openAttachment(database.db, store, applicationId, added.value.id)).rejects.toBeInstanceOf(
      AttachmentCorruptedError,
    );
  });
});
