import { desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loginFailures, mailOutbox, users } from "#db/schema.ts";
import { testBackend } from "../database.ts";
import { demoPassword } from "../fixtures/fixtures.ts";
import { latestAuditEntry } from "./audit-log.ts";
import { startTestApp, type TestApp } from "./start-test-app.ts";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

/** Better Auth's own endpoint, called as a stranger's script would: JSON, any headers it likes. */
function signIn(target: TestApp, email: string, password: string, headers: Record<string, string> = {}) {
  return fetch(`${target.url}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ email, password }),
  });
}

/** The login form, from a given client address. */
function loginForm(target: TestApp, email: string, password: string, headers: Record<string, string> = {}) {
  return fetch(`${target.url}/en/login`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: target.url, ...headers },
    body: new URLSearchParams({ email, password }),
  });
}

describe(`one login lockout for every way in (${testBackend})`, () => {
  it("blocks Better Auth's sign-in endpoint after the account's limit, however X-Forwarded-For rotates", async () => {
    for (let i = 0; i < 5; i++) {
      const response = await signIn(app, "board@example.org", `wrong-password-${i}`, {
        "x-forwarded-for": `203.0.113.${10 + i}`,
      });
      expect(response.status).toBe(401);
    }
    const blocked = await signIn(app, "board@example.org", demoPassword, {
      "x-forwarded-for": "198.51.100.200",
      "accept-language": "ru",
    });
    expect(blocked.status).toBe(429);
    expect(blocked.headers.getSetCookie()).toEqual([]);
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(13 * 60);
    const body = (await blocked.json()) as { code: string; message: string; retryInMinutes: number };
    expect(body.code).toBe("LOGIN_BLOCKED");
    expect(body.message).toMatch(/^Слишком много неудачных попыток. Повторите через 1[45] минут\.$/);
    // The form refuses the same account with the right password, in the page's language.
    const form = await loginForm(app, "board@example.org", demoPassword, { "x-forwarded-for": "192.0.2.1" });
    expect(form.status).toBe(429);
    expect(form.headers.getSetCookie()).toEqual([]);
    expect(await form.text()).toMatch(/Too many failed attempts. Try again in 1[45] minutes./);
  });

  it("blocks on Better Auth's endpoint an account the login form blocked, the right password included", async () => {
    for (let i = 0; i < 5; i++) {
      const response = await app.post("/en/login", {
        email: "manager@example.org",
        password: `nope-${i}`,
      });
      expect(response.status).toBe(401);
    }
    const api = await signIn(app, "manager@example.org", demoPassword, { "x-forwarded-for": "192.0.2.99" });
    expect(api.status).toBe(429);
    expect(api.headers.getSetCookie()).toEqual([]);
    const sessions = await app.services.db
      .select()
      .from(users)
      .where(eq(users.email, "manager@example.org"))
      .then(async ([manager]) =>
        app.services.db.query.sessions.findMany({ where: (s, { eq }) => eq(s.userId, manager!.id) }),
      );
    expect(sessions).toEqual([]);
  });

  it("logs in through Better Auth's endpoint with an audit entry, and keeps no e-mail or address in the table", async () => {
    const response = await signIn(app, "admin@example.org", demoPassword, { "x-forwarded-for": "192.0.2.7" });
    expect(response.status).toBe(200);
    const [admin] = await app.services.db.select().from(users).where(eq(users.email, "admin@example.org"));
    const entry = await latestAuditEntry(app.services.db, { actorId: admin!.id });
    expect(entry?.action).toBe("session.login");
    const keys = (await app.services.db.select({ key: loginFailures.key }).from(loginFailures)).map(
      (r) => r.key,
    );
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.join(" ")).not.toMatch(/example|203\.0\.113|198\.51|192\.0\.2/);
  });

  it("refuses a blocked account a session from its e-mail verification link too", async () => {
    const register = await app.post("/en/register", {
      name: "Nils Nordlys",
      email: "nils@example.org",
      password: "aurora-over-vardo-9",
      confirmPassword: "aurora-over-vardo-9",
    });
    expect(register.status).toBe(302);
    for (let i = 0; i < 5; i++) await signIn(app, "nils@example.org", `guess-${i}`);
    const [mail] = await app.services.db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.recipient, "nils@example.org"))
      .orderBy(desc(mailOutbox.createdAt))
      .limit(1);
    const link = /https?:\/\/\S+/.exec(mail!.text)![0];
    const verified = await fetch(link, { redirect: "manual" });
    expect(verified.status).toBeLessThan(500);
    expect(verified.headers.getSetCookie().filter((c) => c.includes("session_token="))).toEqual([]);
  });

  it("keeps the counts and blocks in the database: a second app instance (or a restart) sees them", async () => {
    const second = await startTestApp({}, { database: app.database });
    try {
      // Blocked through the first instance above.
      const blocked = await loginForm(second, "manager@example.org", demoPassword);
      expect(blocked.status).toBe(429);
      // Failures on the two instances add up to one count.
      for (let i = 0; i < 3; i++)
        expect((await signIn(app, "partner@example.org", `no-${i}`)).status).toBe(401);
      for (let i = 0; i < 2; i++)
        expect((await signIn(second, "partner@example.org", `no-${i}`)).status).toBe(401);
      expect((await signIn(second, "partner@example.org", demoPassword)).status).toBe(429);
      expect((await signIn(app, "partner@example.org", demoPassword)).status).toBe(429);
    } finally {
      await second.close();
    }
  });
});

describe(`the lockout per client address (${testBackend})`, () => {
  // A separate app with a low limit for the address: the count is exact, and no other test shares it.
  let school: TestApp;
  beforeAll(async () => {
    school = await startTestApp({ LOGIN_ADDRESS_RATE_LIMIT: "8" });
  });
  afterAll(async () => {
    await school?.close();
  });

  it("blocks an address after more failures than one account may have, for every account", async () => {
    const fromSchool = { "accept-language": "en" };
    // Eight pupils each mistype once: below the account limit (5) for everyone, the address's is
    // reached. Without TRUST_PROXY the address is the connection's: a forged X-Forwarded-For, a new
    // one each time, changes nothing (tests/http/behind-haproxy.test.ts has the proxy's case).
    for (let i = 0; i < 8; i++) {
      const forged = { ...fromSchool, "x-forwarded-for": `192.0.2.${50 + i}` };
      expect((await signIn(school, `pupil${i}@school.example`, "wrong-password", forged)).status).toBe(401);
    }
    const api = await signIn(school, "applicant@example.org", demoPassword, fromSchool);
    expect(api.status).toBe(429);
    expect(((await api.json()) as { message: string }).message).toMatch(
      /^Too many failed logins from your network. Try again in 1[45] minutes\.$/,
    );
    const form = await loginForm(school, "applicant@example.org", demoPassword, fromSchool);
    expect(form.status).toBe(429);
    expect(await form.text()).toContain("Too many failed logins from your network.");
  });
});
