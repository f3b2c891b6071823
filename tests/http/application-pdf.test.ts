import crypto from "node:crypto";
import { extractText } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applications, applicationVersions, calls, members, organizations } from "#db/schema.ts";
import {
  applicationContent,
  applicationPdfInput,
  programme,
  rules,
} from "#domain/documents/testing/application-pdf-fixture.ts";
import { testBackend } from "../database.ts";
import { addUser, loginCookie } from "../fixtures/fixtures.ts";
import { startTestApp, type TestApp } from "./start-test-app.ts";

// The PDF of a submitted version: to the applicant's members (and the secretariat), nobody else,
// made from what the version stored.

let app: TestApp;
let applicationId: string;
let member: string;
const caseNumber = "2026/00042";
const pdfPath = (version: string, lang = "nb", id = applicationId) =>
  `/${lang}/applications/${id}/versions/${version}/pdf`;

beforeAll(async () => {
  app = await startTestApp();
  const { db } = app.services;
  const user = await addUser(db, { email: "pdf-member@example.org", name: "Pdf Member", role: "applicant" });
  const organisationId = crypto.randomUUID();
  await db.insert(organizations).values({
    id: organisationId,
    name: "Vardø Korforening",
    slug: "vardo-korforening",
    orgNumber: "974760673",
    address: "Kirkegata 1, 9950 Vardø",
    county: "no-finnmark",
  });
  await db
    .insert(members)
    .values({ id: crypto.randomUUID(), organizationId: organisationId, userId: user.id, role: "owner" });
  const callId = crypto.randomUUID();
  const opensAt = new Date("2026-01-01T00:00:00Z");
  await db.insert(calls).values({
    id: callId,
    programmeId: programme.id,
    title: { nb: "Løpende søknader 2026", en: "Continuous applications 2026", ru: "Постоянный приём 2026" },
    kind: "continuous",
    opensAt,
    budgetNok: 2_000_000,
  });
  applicationId = crypto.randomUUID();
  const submittedAt = new Date("2026-01-15T10:00:00Z");
  const content = applicationContent();
  content.organisation = {
    id: organisationId,
    name: "Vardø Korforening",
    orgNumber: "974760673",
    address: "Kirkegata 1, 9950 Vardø",
    county: "no-finnmark",
  };
  await db.insert(applications).values({
    id: applicationId,
    organizationId: organisationId,
    callId,
    programmeId: programme.id,
    createdBy: user.id,
    status: "submitted",
    form: content.form,
    caseNumber,
    submittedAt,
    // The head office's case: the demo adviser (Kirkenes) may read it.
    officeId: "kirkenes",
  });
  // What the version stored differs from today's call and rules: the PDF must show the stored ones.
  const storedRules = {
    ...rules,
    priorityAreas: rules.priorityAreas.map((area) =>
      area.id === "culture-sport"
        ? { ...area, name: { ...area.name, nb: "Kultur og idrett (regel 2026)" } }
        : area,
    ),
  };
  await db.insert(applicationVersions).values({
    id: crypto.randomUUID(),
    applicationId,
    number: 1,
    caseNumber,
    submittedAt,
    submittedBy: user.id,
    idempotencyKey: crypto.randomUUID(),
    content,
    programmeRules: storedRules,
    call: {
      id: callId,
      title: {
        nb: "Løpende søknader 2026 (som sendt)",
        en: "Continuous 2026 (as sent)",
        ru: "Приём 2026 (при отправке)",
      },
      kind: "continuous",
      opensAt: opensAt.toISOString(),
      closesAt: null,
    },
    eligibility: applicationPdfInput({ content }).eligibility,
  });
  member = await loginCookie(app, "pdf-member@example.org");
});
afterAll(async () => {
  await app?.close();
});

const get = (path: string, cookie?: string) =>
  fetch(`${app.url}${path}`, { redirect: "manual", headers: cookie ? { cookie } : {} });

async function textOf(response: Response): Promise<string> {
  const { text } = await extractText(new Uint8Array(await response.arrayBuffer()), { mergePages: true });
  return text.replace(/\s+/g, " ");
}

describe(`the PDF of a submitted application (${testBackend})`, () => {
  it("gives a member of the applying organisation the version as sent, in the page's language", async () => {
    const response = await get(pdfPath("1"), member);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe('inline; filename="2026-00042.pdf"');
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const bytes = Buffer.from(await response.clone().arrayBuffer());
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const text = await textOf(response);
    expect(text).toContain("Søknad 2026/00042");
    expect(text).toContain("Norsk-russiske prosjektmidler (ordinære)");
    // The call and the rules stored with the version, not today's.
    expect(text).toContain("Løpende søknader 2026 (som sendt)");
    expect(text).toContain("Kultur og idrett (regel 2026)");
    expect(text).toContain("Navn Vardø Korforening Organisasjonsnummer 974 760 673");

    const russian = await textOf(await get(pdfPath("1", "ru"), member));
    expect(russian).toContain("Заявка 2026/00042");
    expect(russian).toContain("Приём 2026 (при отправке)");
  });

  it("gives the secretariat the PDF of a sent application", async () => {
    const adviser = await loginCookie(app, "adviser@example.org");
    const response = await get(pdfPath("1", "en"), adviser);
    expect(response.status).toBe(200);
    expect(await textOf(response)).toContain("Application 2026/00042");
  });

  it("answers another organisation's applicant as if the application did not exist", async () => {
    const other = await loginCookie(app, "applicant@example.org");
    const response = await get(pdfPath("1"), other);
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).not.toContain("pdf");
    const unknown = await get(pdfPath("1", "nb", crypto.randomUUID()), member);
    expect(unknown.status).toBe(404);
  });

  it("sends an anonymous visitor to the login page, and back afterwards", async () => {
    const response = await get(pdfPath("1"));
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`/nb/login?redirectTo=${encodeURIComponent(pdfPath("1"))}`);
  });

  it("answers 404 for a version that is not a number or does not exist", async () => {
    for (const version of ["abc", "0", "01", "1.5", "-1", "2", "99999999999999999999"]) {
      const response = await get(pdfPath(version), member);
      expect(response.status, version).toBe(404);
    }
    const missing = await get(`/nb/applications/${applicationId}/versions/pdf`, member);
    expect(missing.status).toBe(404);
  });
});
