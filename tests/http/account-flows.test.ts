import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { users } from "#db/schema.ts";
import { testBackend } from "../database.ts";
import { cookiesOf, loginCookie } from "../fixtures/fixtures.ts";
import { lastMailTo, linkIn } from "./outbox.ts";
import { startTestApp, type TestApp } from "./start-test-app.ts";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

const post = (path: string, fields: Record<string, string>, cookie?: string) =>
  app.post(path, fields, cookie);

/** The registration form filled in: the password typed twice, and any other field given. */
const register = (lang: string, name: string, email: string, password: string, more = {}) =>
  post(`/${lang}/register`, { name, email, password, confirmPassword: password, ...more });

describe(`registration, verification and password reset (${testBackend})`, () => {
  it("registers in Russian, e-mails a Russian verification link, and verifying logs the person in", async () => {
    const response = await register("ru", "Olga Ivanova", "Olga@Example.org", "a-long-password");
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/ru/verify-email?sent=1");

    const user = await app.services.db.query.users.findFirst({ where: eq(users.email, "olga@example.org") });
    expect(user).toMatchObject({ role: "applicant", locale: "ru", emailVerified: false });
    // No login before verification.
    const early = await post("/en/login", { email: "olga@example.org", password: "a-long-password" });
    expect(early.status).toBe(403);

    const mail = await lastMailTo(app.services.db, "olga@example.org");
    expect(mail?.locale).toBe("ru");
    expect(mail?.status).toBe("stored");
    const link = linkIn(mail!.text);
    expect(link).toContain("/api/auth/verify-email?token=");
    const verified = await fetch(link, { redirect: "manual" });
    expect(verified.status).toBe(302);
    expect(verified.headers.get("location")).toContain("/ru/account?verified=1");
    const cookie = cookiesOf(verified);
    const account = await fetch(`${app.url}/ru/account?verified=1`, { headers: { cookie } });
    expect(account.status).toBe(200);
    expect(await account.text()).toContain("Ваш адрес эл. почты подтверждён.");
  });

  it("brings someone who registers from an invitation link back to it after verifying", async () => {
    const invitation = "/en/application-invitations/some-token";
    const login = await (
      await fetch(`${app.url}/en/login?redirectTo=${encodeURIComponent(invitation)}`)
    ).text();
    expect(login).toContain(`/en/register?redirectTo=${encodeURIComponent(invitation)}`);
    const form = await (
      await fetch(`${app.url}/en/register?redirectTo=${encodeURIComponent(invitation)}`)
    ).text();
    expect(form).toContain(`name="redirectTo" value="${invitation}"`);
    const response = await register("en", "Pavel Partner", "pavel@example.org", "a-long-password", {
      redirectTo: invitation,
    });
    expect(response.status).toBe(302);
    const verified = await fetch(linkIn((await lastMailTo(app.services.db, "pavel@example.org"))!.text), {
      redirect: "manual",
    });
    expect(verified.headers.get("location")).toContain(invitation);
    // Another site is never a place to return to.
    await register("en", "Mallory", "mallory@example.org", "a-long-password", {
      redirectTo: "//evil.example/phish",
    });
    const evil = await fetch(linkIn((await lastMailTo(app.services.db, "mallory@example.org"))!.text), {
      redirect: "manual",
    });
    expect(evil.headers.get("location")).not.toContain("evil.example");
  });

  it("does not reveal whether an address already has an account", async () => {
    const response = await register("en", "Someone", "applicant@example.org", "another-password");
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/en/verify-email?sent=1");
    // The existing account keeps its password.
    await loginCookie(app, "applicant@example.org");
  });

  it("resets a password through the e-mailed link and ends the old sessions", async () => {
    const oldSession = await loginCookie(app, "partner@example.org");
    const request = await post("/en/forgot-password", { email: "partner@example.org" });
    expect(request.status).toBe(200);
    expect(await request.text()).toContain("If the address has an account, we have sent a link.");
    const mail = await lastMailTo(app.services.db, "partner@example.org");
    const link = linkIn(mail!.text);
    const landing = await fetch(link, { redirect: "manual" });
    const location = landing.headers.get("location")!;
    expect(location).toMatch(/\/en\/reset-password\?token=/);
    const token = new URL(location, app.url).searchParams.get("token")!;
    const reset = await post("/en/reset-password", {
      token,
      password: "brand-new-password",
      confirmPassword: "brand-new-password",
    });
    expect(reset.status).toBe(302);
    expect(reset.headers.get("location")).toBe("/en/login?reset=1");
    await loginCookie(app, "partner@example.org", "brand-new-password");
    const old = await fetch(`${app.url}/en/account`, { headers: { cookie: oldSession }, redirect: "manual" });
    expect(old.status).toBe(302);
    // The link works once.
    const again = await post("/en/reset-password", {
      token,
      password: "third-password-x",
      confirmPassword: "third-password-x",
    });
    expect(again.status).toBe(400);
  });

  it("lists a person's sessions and revokes one, which logs that device out", async () => {
    const first = await loginCookie(app, "manager@example.org");
    const second = await loginCookie(app, "manager@example.org");
    const sessions = await app.services.db.query.sessions.findMany();
    const user = await app.services.db.query.users.findFirst({
      where: eq(users.email, "manager@example.org"),
    });
    const mine = sessions.filter((s) => s.userId === user!.id);
    expect(mine.length).toBe(2);
    const page = await (await fetch(`${app.url}/en/account`, { headers: { cookie: second } })).text();
    expect(page).toContain("This device");
    const revoke = await post("/en/account", { intent: "revoke-other-sessions" }, second);
    expect(revoke.status).toBe(200);
    expect(await revoke.text()).toContain("1 other session has been ended.");
    const gone = await fetch(`${app.url}/en/account`, { headers: { cookie: first }, redirect: "manual" });
    expect(gone.status).toBe(302);
  });

  it("registers an applicant organisation by its organisation number, with the applicant as owner", async () => {
    const cookie = await loginCookie(app, "applicant@example.org");
    const response = await post(
      "/en/organisations",
      {
        name: "Vardø Brass Band",
        orgNumber: "931 000 004",
        address: "Strandgata 5, 9950 Vardø",
        county: "no-finnmark",
      },
      cookie,
    );
    expect(response.status).toBe(302);
    const location = response.headers.get("location")!;
    expect(location).toMatch(/^\/en\/organisations\/[0-9a-f-]{36}$/);
    const page = await (await fetch(`${app.url}${location}`, { headers: { cookie } })).text();
    expect(page).toContain("Vardø Brass Band");
    expect(page).toContain("Org. no. 931 000 004 · Strandgata 5, 9950 Vardø · Finnmark");
    const organisation = await app.services.db.query.organizations.findFirst({
      where: (o, { eq }) => eq(o.orgNumber, "931000004"),
    });
    const owners = await app.services.db.query.members.findMany({
      where: (m, { eq }) => eq(m.organizationId, organisation!.id),
    });
    expect(owners.map((m) => m.role)).toEqual(["owner"]);
    const audit = await app.services.db.query.auditLog.findFirst({
      where: (a, { eq }) => eq(a.entityId, organisation!.id),
    });
    expect(audit?.action).toBe("organisation.create");
    // Staff cannot register applicant organisations.
    const adviser = await loginCookie(app, "adviser@example.org");
    const refused = await post(
      "/en/organisations",
      { name: "X", orgNumber: "998877660", address: "Somewhere 1", county: "no-oslo" },
      adviser,
    );
    expect(refused.status).toBe(403);
  });

  it("keeps the preferred language for e-mails", async () => {
    const cookie = await loginCookie(app, "adviser@example.org");
    const response = await post(
      "/en/account",
      { intent: "profile", name: "Anders A. Adviser", locale: "en" },
      cookie,
    );
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain("Your changes are saved.");
    // The page answering the save already shows the new name in the header.
    expect(page).toContain("Account menu for Anders A. Adviser");
    await post("/nb/forgot-password", { email: "adviser@example.org" });
    const mail = await lastMailTo(app.services.db, "adviser@example.org");
    expect(mail?.locale).toBe("en");
  });
});
