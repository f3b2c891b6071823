import { count } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, organizations, users } from "#db/schema.ts";
import { testBackend } from "../database.ts";
import { loginAs } from "../fixtures/fixtures.ts";
import { paths, startTestApp, type TestApp } from "./start-test-app.ts";

let app: TestApp;
let applicant: string;
let admin: string;
beforeAll(async () => {
  app = await startTestApp();
  [applicant, admin] = await Promise.all([loginAs(app, "applicant"), loginAs(app, "administrator")]);
});
afterAll(async () => {
  await app?.close();
});

const long = "x".repeat(10_000);
const script = "<script>alert(1)</script>";

async function snapshot() {
  const db = app.services.db;
  const [u] = await db.select({ n: count() }).from(users);
  const [o] = await db.select({ n: count() }).from(organizations);
  const [a] = await db.select({ n: count() }).from(auditLog);
  const names = (await db.select({ name: users.name, locale: users.locale, role: users.role }).from(users))
    .map((r) => JSON.stringify(r))
    .sort();
  return { users: u?.n, organisations: o?.n, audit: a?.n, names };
}

const post = (path: string, fields: Record<string, string>, cookie?: string) =>
  app.post(path, fields, cookie);

// The forms' fields; the confirmation repeats the password unless a row says otherwise.
const signUp = (name: string, email: string, password: string, confirmPassword = password) => ({
  name,
  email,
  password,
  confirmPassword,
});
const passwordChange = (currentPassword: string, password: string, confirmPassword = password) => ({
  currentPassword,
  password,
  confirmPassword,
});
const organisation = (orgNumber: string, county = "no-troms") => ({
  name: "Lag",
  orgNumber,
  address: "Storgata 1",
  county,
});

// [path, fields, who, a message the page must show in its language]
type Case = [string, Record<string, string>, "anonymous" | "applicant" | "admin", string];

// A visitor signing up on /<locale>/register: [locale, fields, the message].
type SignUpCase = [string, Record<string, string>, string];

/** A sign-up whose password contains the visitor's own name or e-mail address. */
const passwordWith = (name: string, email: string, password: string, contained: string): SignUpCase => [
  "en",
  signUp(name, email, password),
  `The password cannot contain your ${contained}.`,
];

const signUps: SignUpCase[] = [
  ["nb", signUp(script, "a@example.org", "long-enough-password"), "kan ikke inneholde tegnene"],
  ["en", signUp("A", "b@example.org", "short"), "at least 15 characters"],
  [
    "en",
    signUp("A", "c@example.org", "long-enough-password", "different-password-22"),
    "The passwords do not match.",
  ],
  ["en", signUp(long, "d@example.org", "long-enough-password"), "at most 120 characters"],
  passwordWith("Olga Ivanova", "e@example.org", "olga-ivanova-2026!", "name"),
  passwordWith("Per", "per.hansen@example.org", "HANSEN-skiing-2026", "e-mail address"),
  ["en", signUp("A", "f@example.org", "passwordpassword"), "known from leaked password lists"],
  ["ru", signUp("A", "g@example.org", "aaaaaaaaaaaaaaaa"), "повторяющихся или идущих подряд символов"],
];

const cases: Case[] = [
  ["/en/login", { email: long, password: "x" }, "anonymous", "at most 254 characters"],
  ["/en/login", {}, "anonymous", "Fill in this field."],
  ["/ru/login", { email: "not-an-email", password: "x" }, "anonymous", "Введите правильный адрес эл. почты"],
  ...signUps.map(
    ([locale, fields, message]) => [`/${locale}/register`, fields, "anonymous", message] satisfies Case,
  ),
  ["/en/forgot-password", { email: script }, "anonymous", "Enter a valid e-mail address"],
  [
    "/en/reset-password",
    { token: "forged", password: "long-enough-password", confirmPassword: "long-enough-password" },
    "anonymous",
    "The link is invalid or has expired.",
  ],
  [
    "/en/reset-password",
    { token: long, password: "x", confirmPassword: "y" },
    "anonymous",
    "The link is invalid or has expired.",
  ],
  ["/en/account", { intent: "profile", name: "Ok", locale: "de" }, "applicant", "The value is not valid."],
  [
    "/ru/account",
    { intent: "profile", name: script, locale: "ru" },
    "applicant",
    "Текст не может содержать символы",
  ],
  ["/en/account", { intent: "profile", name: long, locale: "en" }, "applicant", "at most 120 characters"],
  [
    "/en/account",
    { intent: "revoke-session", sessionId: "someone-elses" },
    "applicant",
    "The session was not found.",
  ],
  ["/en/account/password", passwordChange("x", "short"), "applicant", "at least 15 characters"],
  ["/en/account/password", passwordChange(long, long), "applicant", "at most 128 characters"],
  [
    "/nb/account/password",
    passwordChange("x", "ingrid-applicant-1"),
    "applicant",
    "Passordet kan ikke inneholde",
  ],
  [
    "/en/account/password",
    passwordChange("not-the-current-one", "a-fine-new-passphrase"),
    "applicant",
    "The current password is wrong.",
  ],
  ["/en/organisations", { name: script }, "applicant", "cannot contain the characters"],
  ["/en/organisations", { name: long }, "applicant", "at most 200 characters"],
  ["/en/organisations", organisation("921000007"), "applicant", "its check digit does not match"],
  ["/ru/organisations", organisation("12345"), "applicant", "ровно из 9 цифр"],
  ["/nb/organisations", organisation("921 000 006"), "applicant", "allerede registrert"],
  ["/en/organisations", organisation("931000004", "atlantis"), "applicant", "The value is not valid."],
  ["/en/admin/users", { userId: "nobody", role: "applicant" }, "admin", "The user was not found."],
  ["/en/admin/users", { userId: "x", role: "emperor" }, "admin", "The value is not valid."],
  [
    "/en/admin/jobs",
    { queue: "mail.send", id: "not-a-job" },
    "admin",
    "There is no failed job with this ID.",
  ],
];

describe(`hostile and malformed input (${testBackend})`, () => {
  it.each(cases)(
    "POST %s %j is refused with a clear message and changes nothing",
    async (path, fields, who, message) => {
      const before = await snapshot();
      const cookie = who === "applicant" ? applicant : who === "admin" ? admin : undefined;
      const response = await post(path, fields, cookie);
      expect(
        response.status,
        await response
          .clone()
          .text()
          .then((t) => t.slice(0, 300)),
      ).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      const html = await response.text();
      expect(html).toContain(message);
      expect(html).not.toContain(script);
      expect(await snapshot()).toEqual(before);
    },
  );

  it("never answers a hostile URL with a 500", async () => {
    const hostile = paths(`
      /en/admin/audit?page=-5&pageSize=999999&from=2024-13-45&action=%27%3B%20drop%20table%20user%3B--
      /en/admin/outbox?status=evil&recipient=%25%25%25
      /en/admin/users?q=%27%20or%201%3D1--&role=emperor&page=abc
      /en/organisations/%27%20or%201%3D1--
      /en/invitations/..%2f..%2fetc%2fpasswd
    `);
    for (const path of [...hostile, `/en/${"a".repeat(3000)}`]) {
      const response = await fetch(`${app.url}${path}`, { headers: { cookie: admin } });
      expect(response.status, path).toBeLessThan(500);
    }
  });

  it("limits failed logins per account, with a translated message, even for the right password", async () => {
    for (let i = 0; i < 5; i++) {
      const response = await post("/en/login", {
        email: "board@example.org",
        password: `wrong-password-${i}`,
      });
      expect(response.status).toBe(401);
      expect(await response.text()).toContain("The e-mail address or the password is wrong.");
    }
    const blocked = await post("/ru/login", { email: "board@example.org", password: "test-demo-password-1" });
    expect(blocked.status).toBe(429);
    expect(await blocked.text()).toMatch(/Слишком много неудачных попыток. Повторите через 1[45] минут/);
    expect(blocked.headers.getSetCookie()).toEqual([]);
  });
});
