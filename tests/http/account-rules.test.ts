import crypto from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accounts, organizations, users } from "#db/schema.ts";
import { testBackend } from "../database.ts";
import { cookiesOf, demoPassword, loginCookie } from "../fixtures/fixtures.ts";
import { latestAuditEntry } from "./audit-log.ts";
import { lastMailTo, linkIn } from "./outbox.ts";
import { startTestApp, type TestApp } from "./start-test-app.ts";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

const api = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${app.url}/api/auth${path}`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/json", "accept-language": "en", ...headers },
    body: JSON.stringify(body),
  });

/** Sign-up fields; the password is a strong one unless the case is about the password. */
const person = (name: string, email: string, password = "quiet-harbour-lights") => ({
  name,
  email,
  password,
});

const userCount = async () => (await app.services.db.select({ n: count() }).from(users))[0]?.n;

describe(`Better Auth's endpoints keep the forms' rules (${testBackend})`, () => {
  // [what, fields, message the form and the API both give]
  const refusals: [string, { name: string; email: string; password: string }, string][] = [
    [
      "markup in the name",
      person("<b>Bold</b> Person", "bold@example.org"),
      "The text cannot contain the characters < and >.",
    ],
    [
      "a password of ten characters",
      person("Ten Chars", "ten@example.org", "aaaaaaaaaa"),
      "The password must have at least 15 characters.",
    ],
    [
      "a well-known password",
      person("Known Pass", "known@example.org", "passwordpassword"),
      "This password is known from leaked password lists and is easy to guess. Choose another.",
    ],
    [
      "a password containing the name",
      person("Ragnhild Fjellheim", "rf@example.org", "fjellheim-summer-2026"),
      "The password cannot contain your name.",
    ],
  ];

  it.each(refusals)("refuses %s on sign-up with the message the form gives", async (_, person, message) => {
    const before = await userCount();
    const viaApi = await api("/sign-up/email", person);
    expect(viaApi.status).toBe(400);
    const body = (await viaApi.json()) as { code: string; message: string };
    expect(body).toMatchObject({ code: "INVALID_INPUT", message });
    const viaForm = await app.post("/en/register", { ...person, confirmPassword: person.password });
    expect(viaForm.status).toBe(400);
    expect(await viaForm.text()).toContain(message.replace(/</g, "&lt;").replace(/>/g, "&gt;"));
    expect(await userCount()).toBe(before);
  });

  it("answers in the caller's language and refuses fields the form does not have", async () => {
    const russian = await api("/sign-up/email", person("<i>", "ru@example.org"), { "accept-language": "ru" });
    expect(((await russian.json()) as { message: string }).message).toBe(
      "Текст не может содержать символы < и >.",
    );
    const extra = await api("/sign-up/email", {
      ...person("Image Person", "image@example.org"),
      image: "javascript:alert(1)",
    });
    expect(extra.status).toBe(400);
    expect(((await extra.json()) as { message: string }).message).toBe(
      "The field image cannot be sent here.",
    );
  });

  it("signs up through the API with what the form accepts, name and address as the form stores them", async () => {
    const response = await api("/sign-up/email", {
      name: "  Tove Tundra  ",
      email: "tove@example.org",
      password: "reindeer-cross-the-river",
      callbackURL: "/%09/evil.example",
    });
    expect(response.status).toBe(200);
    const [tove] = await app.services.db.select().from(users).where(eq(users.email, "tove@example.org"));
    expect(tove?.name).toBe("Tove Tundra");
    // The unsafe callbackURL became "/": the verification link leads home, not away.
    const verified = await fetch(linkIn((await lastMailTo(app.services.db, "tove@example.org"))!.text), {
      redirect: "manual",
    });
    expect(verified.headers.get("location")).toBe("/");
  });

  it("keeps the profile and password rules on update-user and change-password", async () => {
    const cookie = await loginCookie(app, "adviser@example.org");
    const headers = { cookie, origin: app.url };
    const rename = await api("/update-user", { name: "<script>x</script>" }, headers);
    expect(rename.status).toBe(400);
    const badLocale = await api("/update-user", { locale: "de" }, headers);
    expect(badLocale.status).toBe(400);
    const [adviser] = await app.services.db
      .select()
      .from(users)
      .where(eq(users.email, "adviser@example.org"));
    expect(adviser).toMatchObject({ name: "Anders Adviser", locale: "nb" });
    const weak = await api(
      "/change-password",
      { currentPassword: demoPassword, newPassword: "anders-harbour-pass" },
      headers,
    );
    expect(weak.status).toBe(400);
    expect(((await weak.json()) as { message: string }).message).toBe(
      "The password cannot contain your name.",
    );
  });
});

describe(`organisations change only through our forms (${testBackend})`, () => {
  it("answers 404 to Better Auth's organisation writes over HTTP, which would skip the number check and the audit", async () => {
    const cookie = await loginCookie(app, "applicant@example.org");
    const before = (await app.services.db.select({ n: count() }).from(organizations))[0]?.n;
    const headers = { cookie, origin: app.url };
    const create = await api(
      "/organization/create",
      { name: "<b>No number</b>", slug: "no-number" },
      headers,
    );
    expect(create.status).toBe(404);
    const role = await api("/organization/update-member-role", { memberId: "x", role: "owner" }, headers);
    expect(role.status).toBe(404);
    expect((await app.services.db.select({ n: count() }).from(organizations))[0]?.n).toBe(before);
  });
});

describe(`redirect targets from input (${testBackend})`, () => {
  const hostile = [
    "/%09/evil.example",
    "/\r\nSet-Cookie: stolen=1",
    "%0d%0a/evil",
    "/\\evil.example",
    "//evil.example",
  ];

  it("never answers 500, and sends a logged-in person only to paths on this site", async () => {
    const cookie = await loginCookie(app, "applicant@example.org");
    for (const target of hostile) {
      const anonymous = await fetch(`${app.url}/en/login?redirectTo=${encodeURIComponent(target)}`);
      expect(anonymous.status, target).toBe(200);
      expect(await anonymous.text()).toContain('name="redirectTo" value="/en"');
      const loggedIn = await fetch(`${app.url}/en/login?redirectTo=${encodeURIComponent(target)}`, {
        headers: { cookie },
        redirect: "manual",
      });
      expect(loggedIn.status, target).toBe(302);
      expect(loggedIn.headers.get("location"), target).toBe("/en");
      const login = await app.post("/en/login", {
        email: "partner@example.org",
        password: demoPassword,
        redirectTo: target,
      });
      expect(login.status, target).toBe(302);
      expect(login.headers.get("location"), target).toBe("/en");
    }
    // A raw CR/LF in the query string, as a script can send it, is still a page, not a 500.
    const raw = await fetch(`${app.url}/en/login?redirectTo=/en%0D%0ALocation:%20https://evil.example`, {
      headers: { cookie },
      redirect: "manual",
    });
    expect(raw.status).toBe(302);
    expect(raw.headers.get("location")).toBe("/en");
  });

  it("replaces a callbackURL pointing away in Better Auth's own links", async () => {
    await app.post("/en/forgot-password", { email: "board@example.org" });
    const link = new URL(linkIn((await lastMailTo(app.services.db, "board@example.org"))!.text));
    const honest = await fetch(link, { redirect: "manual" });
    const landing = new URL(honest.headers.get("location")!, app.url);
    expect(landing.origin + landing.pathname).toBe(`${app.url}/en/reset-password`);
    for (const evil of ["https://evil.example/", "/%09/evil.example", "//evil.example"]) {
      link.searchParams.set("callbackURL", evil);
      const response = await fetch(link, { redirect: "manual" });
      expect(response.status, evil).toBeLessThan(500);
      expect(new URL(response.headers.get("location") ?? "/", app.url).origin, evil).toBe(app.url);
    }
  });
});

describe(`a password that no longer meets the policy (${testBackend})`, () => {
  const email = "ola.old@example.org";
  const weak = "sommer2024!";

  beforeAll(async () => {
    // An account from before the policy: created with a password the policy now refuses.
    const db = app.services.db;
    const id = crypto.randomUUID();
    await db.insert(users).values({ id, email, name: "Ola Old", emailVerified: true, role: "applicant" });
    await db.insert(accounts).values({
      id: crypto.randomUUID(),
      accountId: id,
      providerId: "credential",
      userId: id,
      password: await hashPassword(weak),
    });
  });

  const get = (path: string, cookie: string) =>
    fetch(`${app.url}${path}`, { headers: { cookie }, redirect: "manual" });

  it("lets the person in, then sends every page but logout and the change form to the change form", async () => {
    const cookie = await loginCookie(app, email, weak);
    const [ola] = await app.services.db.select().from(users).where(eq(users.email, email));
    expect(ola?.passwordChangeRequired).toBe(true);
    for (const path of ["/en", "/en/applications", "/nb/projects?q=reindrift", "/en/account"]) {
      const response = await get(path, cookie);
      expect(response.status, path).toBe(302);
      const lang = path.slice(1, 3);
      expect(response.headers.get("location"), path).toBe(
        `/${lang}/account/password?redirectTo=${encodeURIComponent(path)}`,
      );
    }
    // Actions too.
    const action = await app.post("/en/account", { intent: "profile", name: "Ola", locale: "en" }, cookie);
    expect(action.status).toBe(302);
    expect(action.headers.get("location")).toMatch(/^\/en\/account\/password\?redirectTo=/);
    const form = await get("/en/account/password", cookie);
    expect(form.status).toBe(200);
    const page = await form.text();
    expect(page).toContain("Your password no longer meets our rules. Choose a new password to continue.");
    expect(page).toContain("At least 15 characters.");
    const logout = await app.post("/en/logout", {}, cookie);
    expect(logout.status).toBe(302);
    expect(logout.headers.get("location")).toBe("/en");
  });

  it("is never locked out: Better Auth's endpoint lets them in too, and the change clears the request", async () => {
    const apiLogin = await api("/sign-in/email", { email, password: weak });
    expect(apiLogin.status).toBe(200);
    const otherDevice = cookiesOf(apiLogin);
    const cookie = await loginCookie(app, email, weak);
    const refused = await app.post(
      "/en/account/password",
      { currentPassword: weak, password: "ola-old-new-pass-1", confirmPassword: "ola-old-new-pass-1" },
      cookie,
    );
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("The password cannot contain your e-mail address.");
    const changed = await app.post(
      "/en/account/password",
      {
        currentPassword: weak,
        password: "northern-lights-over-vardo",
        confirmPassword: "northern-lights-over-vardo",
        redirectTo: "/en/applications",
      },
      cookie,
    );
    expect(changed.status).toBe(302);
    expect(changed.headers.get("location")).toBe("/en/applications");
    const newCookie = cookiesOf(changed);
    const landing = await get("/en/applications", newCookie);
    expect(landing.status).toBe(200);
    expect(await landing.text()).toContain(
      "Your password has been changed. Other devices have been logged out.",
    );
    const [ola] = await app.services.db.select().from(users).where(eq(users.email, email));
    expect(ola?.passwordChangeRequired).toBe(false);
    const entry = await latestAuditEntry(app.services.db, { entityId: ola!.id });
    expect(entry?.action).toBe("user.change-password");
    // Whoever logged in elsewhere with the old password is logged out.
    expect((await get("/en/applications", otherDevice)).status).toBe(302);
    await loginCookie(app, email, "northern-lights-over-vardo");
  });
});
