import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mailOutbox } from "#db/schema.ts";
import { samples } from "#domain/attachments/testing/make-zip.ts";
import type { Role } from "#vocabulary/vocabulary.ts";
import { testBackend } from "../database.ts";
import {
  addCollaborator,
  demoOrganisation,
  demoUser,
  insertAttachment,
  insertGrantedCase,
  insertMeeting,
  inviteToApplication,
  inviteToOrganisation,
  loginEveryRole,
  publishCase,
} from "../fixtures/fixtures.ts";
import { routeAccess, type Visitor, visitors } from "../route-access.ts";
import { routeTable, urlFor } from "../route-table.ts";
import { startTestApp, type TestApp } from "./start-test-app.ts";

// Every route of app/routes.ts, for every visitor (anonymous and each demo role), with real ids:
// the answer must be what tests/route-access.ts says. Allowed: the page (2xx) or a redirect (3xx);
// refused: 403 or 404 when logged in, the login page (coming back afterwards) when anonymous.

let app: TestApp;
let cookies: Record<Role, string>;
/** A real value for every parameter in app/routes.ts, from the demo data and this file's case. */
const values: Record<string, string> = { lang: "en", step: "project", versionNumber: "1", format: "csv" };
/** Query strings a page needs to be more than a complaint about its address. */
const queries: Record<string, string> = { "routes/manage/new-call": "?programme=no-ru-regular" };

beforeAll(async () => {
  app = await startTestApp();
  const { db, config } = app.services;
  const { organisationId, ownerId } = await demoOrganisation(db);
  const partner = await demoUser(db, "partner");
  const manager = await demoUser(db, "programme_manager");
  const granted = await insertGrantedCase(db, { organisationId, userId: ownerId, officeId: "kirkenes" });
  const applicationId = granted.applicationId;
  await addCollaborator(db, {
    applicationId,
    userId: partner.id,
    email: partner.email,
    name: partner.name,
    invitedBy: ownerId,
  });
  const photoId = await insertAttachment(db, config.attachmentsDir, {
    applicationId,
    uploadedBy: ownerId,
    bytes: samples.png(),
    mediaType: "image/png",
    fileName: "photo.png",
  });
  const [message] = await db.select({ id: mailOutbox.id }).from(mailOutbox).limit(1);
  Object.assign(values, {
    applicationId,
    attachmentId: photoId,
    organisationId,
    programmeId: "no-ru-regular",
    callId: "no-ru-regular-continuous",
    projectId: await publishCase(db, { applicationId, caseNumber: granted.caseNumber, photoId }),
    meetingId: await insertMeeting(db, { createdBy: manager.id, closed: true }),
    messageId: message!.id,
    invitationId: await inviteToOrganisation(db, {
      organisationId,
      email: partner.email,
      inviterId: ownerId,
    }),
    token: await inviteToApplication(db, { applicationId, email: partner.email, invitedBy: ownerId }),
  });
  cookies = await loginEveryRole(app);
});
afterAll(async () => {
  await app?.close();
});

function refused(visitor: Visitor, path: string, response: Response): boolean {
  if (visitor !== "anonymous") return response.status === 403 || response.status === 404;
  return (
    response.status === 302 &&
    response.headers.get("location") === `/en/login?redirectTo=${encodeURIComponent(path)}`
  );
}

describe(`authorisation on every route (${testBackend})`, () => {
  it("knows who may open every route in app/routes.ts", () => {
    const missing = routeTable.filter((route) => !routeAccess[route.id]).map((route) => route.id);
    expect(missing, "routes missing from tests/route-access.ts").toEqual([]);
    const gone = Object.keys(routeAccess).filter((id) => !routeTable.some((route) => route.id === id));
    expect(gone, "routes in tests/route-access.ts that app/routes.ts no longer has").toEqual([]);
  });

  it("lets every visitor in exactly where tests/route-access.ts says, and refuses the rest", async () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const route of routeTable) {
      const path = urlFor(route.pattern, "en", values) + (queries[route.id] ?? "");
      await Promise.all(
        visitors.map(async (visitor) => {
          const response = await fetch(`${app.url}${path}`, {
            redirect: "manual",
            headers: visitor === "anonymous" ? {} : { cookie: cookies[visitor] },
          });
          await response.arrayBuffer();
          checked += 1;
          const allowed = routeAccess[route.id]?.includes(visitor) ?? false;
          const ok =
            route.id === "routes/not-found"
              ? response.status === 404
              : allowed
                ? response.status >= 200 && response.status < 400
                : refused(visitor, path, response);
          if (!ok)
            wrong.push(
              `${route.id} ${path} as ${visitor}: ${response.status}, expected ${allowed ? "allowed" : "refused"}`,
            );
        }),
      );
    }
    expect(wrong).toEqual([]);
    expect(checked).toBe(routeTable.length * visitors.length);
  });

  it("refuses forbidden actions and changes nothing", async () => {
    const applicant = cookies.applicant;
    const users = await app.services.db.query.users.findMany();
    const admin = users.find((u) => u.email === "admin@example.org")!;
    const response = await fetch(`${app.url}/en/admin/users`, {
      method: "POST",
      headers: { cookie: applicant, "content-type": "application/x-www-form-urlencoded", origin: app.url },
      body: new URLSearchParams({ userId: admin.id, role: "applicant" }),
      redirect: "manual",
    });
    expect(response.status).toBe(403);
    const after = await app.services.db.query.users.findFirst({ where: (u, { eq }) => eq(u.id, admin.id) });
    expect(after?.role).toBe("administrator");
  });

  it("treats a forged session cookie as no session", async () => {
    for (const cookie of [
      "better-auth.session_token=forged.value",
      `better-auth.session_token=${"A".repeat(5000)}`,
      "better-auth.session_token=%00%ff<script>",
    ]) {
      const response = await fetch(`${app.url}/en/account`, { headers: { cookie }, redirect: "manual" });
      expect(response.status).toBe(302);
    }
  });

  it("hides another organisation's page as if it did not exist", async () => {
    const organisation = await app.services.db.query.organizations.findFirst();
    const adviser = cookies.adviser;
    const response = await fetch(`${app.url}/en/organisations/${organisation!.id}`, {
      headers: { cookie: adviser },
    });
    expect(response.status).toBe(404);
    const owner = await fetch(`${app.url}/en/organisations/${organisation!.id}`, {
      headers: { cookie: cookies.applicant },
    });
    expect(owner.status).toBe(200);
  });

  it("refuses a state-changing request sent from another site", async () => {
    const before = await app.services.db.query.users.findFirst({
      where: (u, { eq }) => eq(u.email, "applicant@example.org"),
    });
    const attacks: Record<string, string>[] = [
      { origin: "https://evil.example" },
      { "sec-fetch-site": "cross-site" },
      { origin: "null" },
    ];
    for (const headers of attacks) {
      const response = await fetch(`${app.url}/ru/account`, {
        method: "POST",
        headers: {
          ...headers,
          cookie: cookies.applicant,
          "content-type": "application/x-www-form-urlencoded",
        },
        body: new URLSearchParams({ intent: "profile", name: "Hijacked", locale: "ru" }),
        redirect: "manual",
      });
      expect(response.status).toBe(403);
      expect(await response.text()).toBe("Форма была отправлена с другого сайта и отклонена.");
    }
    const after = await app.services.db.query.users.findFirst({
      where: (u, { eq }) => eq(u.email, "applicant@example.org"),
    });
    expect(after?.name).toBe(before?.name);
  });
});
