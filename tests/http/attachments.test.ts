import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attachments } from "#db/schema.ts";
import { addAttachment } from "#domain/attachments/add-attachment.server.ts";
import { createAttachmentStore } from "#domain/attachments/attachment-store.server.ts";
import { makeDocx, samples } from "#domain/attachments/testing/make-zip.ts";
import { testBackend } from "../database.ts";
import {
  addCollaborator,
  addUser,
  demoOrganisation,
  demoUser,
  insertApplication,
  insertOrganisation,
  loginCookie,
} from "../fixtures/fixtures.ts";
import { startTestApp, type TestApp } from "./start-test-app.ts";

// The attachments step over real HTTP: upload, list, download, and everything that must be refused.

const maxBytes = 8192;
let app: TestApp;
let dir: string;
let applicant: string;
let partner: string;
let stranger: string;
let applicationId: string;
let otherApplicationId: string;
let otherAttachmentId: string;

const page = (lang = "en", id = applicationId) => `/${lang}/applications/${id}/attachments`;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "bb-http-attachments-"));
  app = await startTestApp({ ATTACHMENTS_DIR: dir, ATTACHMENT_MAX_BYTES: String(maxBytes) });
  const db = app.services.db;
  const { organisationId, ownerId } = await demoOrganisation(db);
  const demoPartner = await demoUser(db, "partner");
  applicationId = await insertApplication(db, { organisationId, createdBy: ownerId });
  // The partner accepted an invitation to read the application, not to change any part of it.
  await addCollaborator(db, {
    applicationId,
    userId: demoPartner.id,
    email: demoPartner.email,
    name: "Olga Partner",
    invitedBy: ownerId,
  });

  // Another applicant, in another organisation, with an application and a file of its own.
  const other = await addUser(db, {
    email: "other-applicant@example.org",
    name: "Other Applicant",
    role: "applicant",
  });
  const otherOrganisation = await insertOrganisation(db, other.id);
  otherApplicationId = await insertApplication(db, {
    organisationId: otherOrganisation,
    createdBy: other.id,
  });
  const added = await addAttachment(
    db,
    createAttachmentStore(dir),
    {
      applicationId: otherApplicationId,
      kind: "other",
      fileName: "secret.pdf",
      bytes: samples.pdf(),
      uploadedBy: other.id,
    },
    { maxBytes },
  );
  if (!added.ok) throw new Error(added.kind);
  otherAttachmentId = added.value.id;

  applicant = await loginCookie(app, "applicant@example.org");
  partner = await loginCookie(app, "partner@example.org");
  stranger = await loginCookie(app, "other-applicant@example.org");
});
afterAll(async () => {
  await app?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

function upload(
  cookie: string,
  file: { bytes: Uint8Array; name: string; type?: string },
  options: { lang?: string; id?: string; kind?: string } = {},
) {
  const form = new FormData();
  form.set("intent", "upload");
  form.set("kind", options.kind ?? "other");
  form.set("file", new File([file.bytes as Uint8Array<ArrayBuffer>], file.name, { type: file.type ?? "" }));
  return fetch(`${app.url}${page(options.lang, options.id)}`, {
    method: "POST",
    redirect: "manual",
    headers: { origin: app.url, cookie },
    body: form,
  });
}

const get = (url: string, cookie: string) =>
  fetch(`${app.url}${url}`, { headers: { cookie }, redirect: "manual" });

/** What is stored: rows and files. A refused upload must change neither. */
async function stored() {
  const [rows] = await app.services.db.select({ n: count() }).from(attachments);
  const files = (fs.readdirSync(dir, { recursive: true }) as string[]).filter((p) =>
    fs.statSync(path.join(dir, p)).isFile(),
  );
  return { rows: rows?.n, files: files.sort() };
}

async function attachmentsOf(id: string) {
  return app.services.db.select().from(attachments).where(eq(attachments.applicationId, id));
}

describe(`application attachments over HTTP (${testBackend})`, () => {
  it("shows the step with the programme's required attachments in the page's language", async () => {
    const response = await get(page("nb"), applicant);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("<h1");
    expect(html).toContain("Vedlegg");
    expect(html).toContain("Intensjonsbrev fra partneren");
    expect(html).toContain("Mangler");
    expect(html.toLowerCase()).toContain('enctype="multipart/form-data"');
    expect(html).toContain("høyst 8 kB");
  });

  it("sends anonymous visitors to the login page", async () => {
    const response = await fetch(`${app.url}${page()}`, { redirect: "manual" });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toContain("/en/login?redirectTo=");
  });

  it("uploads a PDF, lists it, and downloads the same bytes with the right headers", async () => {
    const bytes = samples.pdf();
    const response = await upload(
      applicant,
      { bytes, name: "Intensjonsbrev Ålesund.pdf" },
      { kind: "partner-letter" },
    );
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`${page()}?done=added`);

    const [row] = await attachmentsOf(applicationId);
    expect(row).toMatchObject({
      kind: "partner-letter",
      mediaType: "application/pdf",
      sizeBytes: bytes.length,
    });
    expect(row!.sha256).toBe(crypto.createHash("sha256").update(bytes).digest("hex"));

    const listing = await (await get(`${page()}?done=added`, applicant)).text();
    expect(listing).toContain("Intensjonsbrev Ålesund.pdf");
    expect(listing).toContain("The file has been attached.");
    expect(listing).toContain("Uploaded");
    expect(listing).toContain(`${page()}/${row!.id}`);

    const download = await get(`${page()}/${row!.id}`, applicant);
    expect(download.status).toBe(200);
    expect(download.headers.get("content-type")).toBe("application/pdf");
    expect(download.headers.get("content-disposition")).toBe(
      `attachment; filename="Intensjonsbrev _lesund.pdf"; filename*=UTF-8''${encodeURIComponent("Intensjonsbrev Ålesund.pdf")}`,
    );
    expect(download.headers.get("x-content-type-options")).toBe("nosniff");
    expect(download.headers.get("cache-control")).toBe("private, no-store");
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(bytes);
  });

  it("judges by content: a PNG named .pdf is stored and served as a PNG; a DOCX without ending as DOCX", async () => {
    expect(
      (await upload(applicant, { bytes: samples.png(), name: "scan.pdf", type: "application/pdf" })).status,
    ).toBe(302);
    expect((await upload(applicant, { bytes: makeDocx(), name: "budget" })).status).toBe(302);
    const rows = await attachmentsOf(applicationId);
    const png = rows.find((r) => r.fileName === "scan.pdf")!;
    expect(png.mediaType).toBe("image/png");
    expect(rows.find((r) => r.fileName === "budget")?.mediaType).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    const download = await get(`${page()}/${png.id}`, applicant);
    expect(download.headers.get("content-type")).toBe("image/png");
    expect(download.headers.get("content-disposition")).toContain("filename*=UTF-8''scan.png");
  });

  it("refuses programs and web pages dressed as PDFs, in the user's language, storing nothing", async () => {
    const before = await stored();
    const cases: [string, Uint8Array, string][] = [
      ["en", samples.exe(), "This file is not a PDF, DOCX, XLSX, ODT, JPEG or PNG (judged by its content)."],
      [
        "nb",
        samples.html(),
        "Denne filen er ikke PDF, DOCX, XLSX, ODT, JPEG eller PNG (bedømt ut fra innholdet).",
      ],
      [
        "ru",
        samples.exe(),
        "Этот файл не является PDF, DOCX, XLSX, ODT, JPEG или PNG (судя по его содержимому).",
      ],
    ];
    for (const [lang, bytes, message] of cases) {
      const response = await upload(
        applicant,
        { bytes, name: "report.pdf", type: "application/pdf" },
        { lang },
      );
      expect(response.status, lang).toBe(400);
      expect(await response.text(), lang).toContain(message);
    }
    expect(await stored()).toEqual(before);
  });

  it("refuses a file over the configured limit with the limit named, storing nothing", async () => {
    const before = await stored();
    const big = (size: number) => {
      const bytes = new Uint8Array(size).fill(0x20);
      bytes.set(samples.pdf());
      return bytes;
    };
    // Just over the file limit: read, parsed, and refused by size.
    const over = await upload(applicant, { bytes: big(maxBytes + 1), name: "big.pdf" });
    expect(over.status).toBe(413);
    expect(await over.text()).toContain("The file is too large. A file may be at most 8 kB.");
    // Over the body limit: thrown away while read, never kept, still answered with the message.
    const large = await upload(applicant, { bytes: big(200 * 1024), name: "large.pdf" }, { lang: "nb" });
    expect(large.status).toBe(413);
    expect(await large.text()).toContain("Filen er for stor. En fil kan være høyst 8 kB.");
    // Far over: refused by its Content-Length before the body is read; the server throws the rest
    // away (server/request-body.ts, ADR 0019), so the answer arrives rather than a reset.
    const huge = await upload(applicant, { bytes: big(1024 * 1024), name: "huge.pdf" }, { lang: "ru" });
    expect(huge.status).toBe(413);
    expect(await huge.text()).toContain("Файл слишком большой. Размер файла — не более 8 кБ.");
    expect(await stored()).toEqual(before);
  });

  it("bounds a body sent without Content-Length the same way", async () => {
    const before = await stored();
    const chunk = new Uint8Array(16 * 1024).fill(0x41);
    const streamed = (chunks: number) => {
      const state = { sent: 0 };
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (state.sent >= chunks) return controller.close();
          state.sent++;
          controller.enqueue(chunk);
        },
      });
      const request = fetch(`${app.url}${page()}`, {
        method: "POST",
        redirect: "manual",
        headers: { origin: app.url, cookie: applicant, "content-type": "multipart/form-data; boundary=x" },
        body,
        duplex: "half",
      } as RequestInit);
      return { state, request };
    };
    // A little over the limit: read to the end, thrown away, answered.
    const small = streamed(12);
    const response = await small.request;
    expect(response.status).toBe(413);
    expect(await response.text()).toContain("The file is too large.");
    // Without end (up to 64 MB): the server stops reading long before, whatever the client sees.
    const endless = streamed(4096);
    await endless.request.then((r) => r.text()).catch(() => "connection cut");
    expect(endless.state.sent).toBeLessThan(4096);
    expect(await stored()).toEqual(before);
  });

  it("says so when no file was chosen", async () => {
    const response = await app.post(page(), { intent: "upload", kind: "other" }, applicant);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("Choose a file to upload.");
  });

  it("hides the application from another organisation's applicant: page, download and posts are 404", async () => {
    const before = await stored();
    expect((await get(page(), stranger)).status).toBe(404);
    const [row] = await attachmentsOf(applicationId);
    expect((await get(`${page()}/${row!.id}`, stranger)).status).toBe(404);
    expect((await upload(stranger, { bytes: samples.pdf(), name: "x.pdf" })).status).toBe(404);
    expect((await app.post(page(), { intent: "remove", attachmentId: row!.id }, stranger)).status).toBe(404);
    expect(await stored()).toEqual(before);
    expect((await attachmentsOf(applicationId)).every((r) => r.removedAt === null)).toBe(true);
  });

  it("answers 404 to an attachment id of another application, for download and for removal", async () => {
    expect((await get(`${page()}/${otherAttachmentId}`, applicant)).status).toBe(404);
    expect((await get(`${page()}/not-an-id`, applicant)).status).toBe(404);
    const response = await app.post(page(), { intent: "remove", attachmentId: otherAttachmentId }, applicant);
    expect(response.status).toBe(404);
    const [other] = await attachmentsOf(otherApplicationId);
    expect(other?.removedAt).toBeNull();
    // Its owner still gets it.
    expect((await get(`${page("en", otherApplicationId)}/${otherAttachmentId}`, stranger)).status).toBe(200);
  });

  it("lets a partner without edit rights download but not upload or remove", async () => {
    const before = await stored();
    const html = await (await get(page(), partner)).text();
    expect(html).toContain("You can see and download the files, but not add or remove them.");
    expect(html).not.toContain('type="file"');
    const [row] = await attachmentsOf(applicationId);
    const download = await get(`${page()}/${row!.id}`, partner);
    expect(download.status).toBe(200);
    expect((await upload(partner, { bytes: samples.pdf(), name: "x.pdf" })).status).toBe(403);
    expect((await app.post(page(), { intent: "remove", attachmentId: row!.id }, partner)).status).toBe(403);
    expect(await stored()).toEqual(before);
  });

  it("refuses to serve a file that no longer matches its checksum, saying so", async () => {
    const rows = await attachmentsOf(applicationId);
    const docx = rows.find((r) => r.fileName === "budget")!;
    fs.writeFileSync(path.join(dir, docx.storageKey), "tampered");
    const response = await get(`${page("nb")}/${docx.id}`, applicant);
    expect(response.status).toBe(500);
    expect(await response.text()).toBe(
      "Den lagrede filen er skadet og kan ikke lastes ned. Kontakt sekretariatet.",
    );
  });

  it("removes a file from the draft: gone from the list and the download, the file kept", async () => {
    const [row] = await attachmentsOf(applicationId);
    const before = await stored();
    const response = await app.post(page(), { intent: "remove", attachmentId: row!.id }, applicant);
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`${page()}?done=removed`);
    const html = await (await get(`${page()}?done=removed`, applicant)).text();
    expect(html).toContain("The file has been removed.");
    expect(html).not.toContain(`${page()}/${row!.id}`);
    expect((await get(`${page()}/${row!.id}`, applicant)).status).toBe(404);
    expect((await stored()).files).toEqual(before.files);
  });
});
