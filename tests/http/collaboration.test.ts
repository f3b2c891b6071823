import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applicationCollaborators, applicationMessages } from "#db/schema.ts";
import { testBackend } from "../database.ts";
import {
  addUser,
  demoOrganisation,
  insertApplication,
  insertCall,
  loginCookie,
} from "../fixtures/fixtures.ts";
import { lastMailTo } from "./outbox.ts";
import { startTestApp, type TestApp } from "./start-test-app.ts";

// The applicant invites a partner from the team page, the partner follows the e-mailed link, logs in,
// accepts, and then does what the invitation allows and nothing else.

let app: TestApp;
let applicationId: string;
let teamPath: string;
const cookies = { owner: "", partner: "", other: "", viewer: "" };
const password = "a-long-test-password";

beforeAll(async () => {
  app = await startTestApp();
  const { db } = app.services;
  const { organisationId, ownerId } = await demoOrganisation(db);
  const call = await insertCall(db);
  applicationId = await insertApplication(db, { organisationId, createdBy: ownerId, ...call });
  teamPath = `/en/applications/${applicationId}/team`;
  await addUser(db, { email: "other@example.org", name: "Other Applicant", password, role: "applicant" });
  await addUser(db, {
    email: "viewer@example.se",
    name: "Vera Viewer",
    password,
    role: "partner",
    locale: "en",
  });
  cookies.owner = await loginCookie(app, "applicant@example.org");
  cookies.partner = await loginCookie(app, "partner@example.org");
  cookies.other = await loginCookie(app, "other@example.org", password);
  cookies.viewer = await loginCookie(app, "viewer@example.se", password);
});
afterAll(async () => {
  await app?.close();
});

/** A page's status and HTML, as the person with `cookie` gets it. */
const pageOf = async (path: string, cookie: string) => {
  const response = await get(path, cookie);
  return { status: response.status, html: await response.text() };
};

const get = (path: string, cookie?: string) =>
  fetch(`${app.url}${path}`, { headers: cookie ? { cookie } : {}, redirect: "manual" });

const inviteFields = (fields: Record<string, string> = {}) => ({
  intent: "invite",
  email: "Partner@Example.org",
  name: "Olga Partner",
  kind: "organisation",
  organisationName: "Murmansk Youth Choir",
  country: "RU",
  locale: "ru",
  canComment: "on",
  ...fields,
});

async function postInvite(fields: Record<string, string | string[]>, cookie: string) {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) body.append(name, item);
  }
  return fetch(`${app.url}${teamPath}`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: app.url, cookie },
    body,
  });
}

const collaborators = () =>
  app.services.db
    .select()
    .from(applicationCollaborators)
    .where(eq(applicationCollaborators.applicationId, applicationId));

const invitationPath = (text: string) => {
  const link = /https?:\/\/\S+\/application-invitations\/[A-Za-z0-9_-]+/.exec(text)?.[0];
  if (!link) throw new Error("no invitation link in the e-mail");
  return new URL(link).pathname;
};

let partnerLink: string;

describe(`partners invited to an application (${testBackend})`, () => {
  it("shows the applicant the team page with the invitation form", async () => {
    const response = await get(teamPath, cookies.owner);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("<h1");
    expect(html).toContain("Partners and conversation");
    expect(html).toContain("No partners have been invited yet.");
    expect(html).toContain(
      '<label class="ds-label" data-weight="regular" for="invite-editSections-budget">Budget',
    );
    expect(html).toContain(`href="/en/applications/${applicationId}/project"`);
  });

  it("refuses a bad invitation with translated messages and writes nothing", async () => {
    const response = await postInvite(
      { ...inviteFields({ email: "not-an-address", organisationName: "", country: "ZZ" }) },
      cookies.owner,
    );
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain("Enter a valid e-mail address");
    expect(html).toContain("Write the name of the organisation.");
    expect(html).toContain("Choose a country from the list.");
    expect(await collaborators()).toHaveLength(0);
  });

  it("invites by e-mail, in the language chosen for the partner, and redirects after the post", async () => {
    const response = await postInvite(
      { ...inviteFields(), editSections: ["partners", "budget"] },
      cookies.owner,
    );
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`${teamPath}?done=invited`);
    const page = await (await get(`${teamPath}?done=invited`, cookies.owner)).text();
    expect(page).toContain("The invitation has been sent.");
    expect(page).toContain("Murmansk Youth Choir");
    expect(page).toContain("Read the application; edit “Partners” and “Budget”; write in the conversation");

    const mail = await lastMailTo(app.services.db, "partner@example.org");
    expect(mail).toMatchObject({ locale: "ru", template: "application-invitation", status: "stored" });
    expect(mail!.subject).toBe("Приглашение к работе над заявкой «Хор без границ»");
    partnerLink = invitationPath(mail!.text);
    expect(partnerLink).toMatch(/^\/ru\/application-invitations\//);

    const again = await postInvite(inviteFields({ email: "partner@example.org" }), cookies.owner);
    expect(again.status).toBe(400);
    expect(await again.text()).toContain("This address has already been invited to the application.");
  });

  it("sends anonymous visitors of the link to the login page and back", async () => {
    const response = await get(partnerLink);
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`/ru/login?redirectTo=${encodeURIComponent(partnerLink)}`);
  });

  it("refuses the link to another account and tells why, without showing the application", async () => {
    const { status, html } = await pageOf(partnerLink, cookies.other);
    expect(status).toBe(403);
    expect(html).toContain("Это приглашение было отправлено на адрес p***@example.org");
    expect(html).not.toContain("Хор без границ");
    const accept = await app.post(partnerLink, { intent: "accept" }, cookies.other);
    expect(accept.status).toBe(403);
    expect((await collaborators())[0]).toMatchObject({ status: "invited", userId: null });
  });

  it("lets the invited partner accept once and sends them to the application", async () => {
    const { status, html } = await pageOf(partnerLink, cookies.partner);
    expect(status).toBe(200);
    expect(html).toContain(
      "Ingrid Applicant (Kirkenes Kulturforening) приглашает вас к совместной работе над заявкой «Хор без границ».",
    );
    expect(html).toContain("Вы приглашены как представитель организации «Murmansk Youth Choir» (Россия).");
    expect(html).toContain("редактировать разделы «Партнёры» и «Бюджет»");

    const accept = await app.post(partnerLink, { intent: "accept" }, cookies.partner);
    expect(accept.status).toBe(302);
    expect(accept.headers.get("location")).toBe(`/ru/applications/${applicationId}/project`);
    expect((await get(partnerLink, cookies.partner)).status).toBe(404);
    expect((await app.post(partnerLink, { intent: "decline" }, cookies.partner)).status).toBe(404);
  });

  it("lets the partner see the team page and comment, and tells the applicant by e-mail", async () => {
    const { status, html } = await pageOf(teamPath, cookies.partner);
    expect(status).toBe(200);
    expect(html).toContain("Only members of the applying organisation can invite partners.");
    expect(html).not.toContain('name="intent" value="invite"');

    const posted = await app.post(
      teamPath,
      { intent: "post-message", body: "  We can come on 12 March.  " },
      cookies.partner,
    );
    expect(posted.status).toBe(302);
    expect(posted.headers.get("location")).toBe(`${teamPath}?done=posted`);
    const [message] = await app.services.db
      .select()
      .from(applicationMessages)
      .where(
        and(eq(applicationMessages.applicationId, applicationId), eq(applicationMessages.channel, "team")),
      );
    expect(message).toMatchObject({ body: "We can come on 12 March.", fromStaff: false });
    const thread = await (await get(teamPath, cookies.owner)).text();
    expect(thread).toContain("We can come on 12 March.");
    expect(thread).toContain("Olga Partner");

    const notice = await lastMailTo(app.services.db, "applicant@example.org");
    expect(notice).toMatchObject({ template: "application-message", locale: "nb" });
    expect(notice!.text).toContain(`/nb/applications/${applicationId}/team`);
    expect(notice!.text).not.toContain("12 March");

    const empty = await app.post(teamPath, { intent: "post-message", body: "   " }, cookies.partner);
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain("Write a message.");
  });

  it("answers a partner's invitation post with 403 and invites no one", async () => {
    const response = await postInvite(inviteFields({ email: "friend@example.ru" }), cookies.partner);
    expect(response.status).toBe(403);
    const revoke = await app.post(
      teamPath,
      { intent: "revoke", collaboratorId: (await collaborators())[0]!.id },
      cookies.partner,
    );
    expect(revoke.status).toBe(403);
    expect(await collaborators()).toHaveLength(1);
  });

  it("hides the team page of an application from another applicant", async () => {
    expect((await get(teamPath, cookies.other)).status).toBe(404);
    const response = await postInvite(inviteFields({ email: "friend@example.ru" }), cookies.other);
    expect(response.status).toBe(404);
    const message = await app.post(teamPath, { intent: "post-message", body: "hi" }, cookies.other);
    expect(message.status).toBe(404);
    expect(await collaborators()).toHaveLength(1);
  });

  it("lets a partner without the comment right read the conversation but not write in it", async () => {
    const invited = await postInvite(
      inviteFields({
        email: "viewer@example.se",
        name: "Vera Viewer",
        kind: "person",
        organisationName: "",
        country: "SE",
        locale: "en",
        canComment: "",
      }),
      cookies.owner,
    );
    expect(invited.status).toBe(302);
    const link = invitationPath((await lastMailTo(app.services.db, "viewer@example.se"))!.text);
    expect((await app.post(link, { intent: "accept" }, cookies.viewer)).status).toBe(302);
    const page = await (await get(teamPath, cookies.viewer)).text();
    expect(page).toContain("We can come on 12 March.");
    expect(page).toContain("your invitation does not allow you to write in it");
    // Partners see each other's names, not their e-mail addresses.
    expect(page).toContain("Olga Partner");
    expect(page).not.toContain("partner@example.org");
    const posted = await app.post(teamPath, { intent: "post-message", body: "Hello" }, cookies.viewer);
    expect(posted.status).toBe(403);
  });

  it("removes a partner, whose access ends at once", async () => {
    const partner = (await collaborators()).find((c) => c.email === "partner@example.org")!;
    const response = await app.post(
      teamPath,
      { intent: "revoke", collaboratorId: partner.id },
      cookies.owner,
    );
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`${teamPath}?done=revoked`);
    expect((await get(teamPath, cookies.partner)).status).toBe(404);
    const again = await app.post(teamPath, { intent: "revoke", collaboratorId: partner.id }, cookies.owner);
    expect(again.status).toBe(404);
  });

  it("answers an unknown invitation link with 404", async () => {
    expect((await get(`/en/application-invitations/${"A".repeat(43)}`, cookies.partner)).status).toBe(404);
    expect((await get("/en/application-invitations/short", cookies.partner)).status).toBe(404);
  });
});
