import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { permissionTable } from "#domain/accounts/permissions.ts";
import { demoAccounts } from "#domain/demo/demo-accounts.ts";
import { testBackend } from "../database.ts";
import { loginCookie, startTestApp, type TestApp } from "./start-test-app.ts";

// Every protected page, with the permission its loader demands. A new page must be added here.
const protectedPages: [string, keyof typeof permissionTable][] = [
  ["/en/account", "account.manage"],
  ["/en/account/password", "account.manage"],
  ["/en/organisations", "account.manage"],
  ["/en/applications", "account.manage"],
  ["/en/manage", "programmes.edit"],
  ["/en/meetings", "meetings.read"],
  ["/en/payments", "payments.manage"],
  ["/en/reports", "reports.read"],
  ["/en/notifications", "account.manage"],
  ["/en/account/notifications", "account.manage"],
  ["/en/manage/calls/new?programme=no-ru-regular", "programmes.edit"],
  ["/en/manage/programmes/no-ru-regular", "programmes.edit"],
  ["/en/workbench", "cases.read"],
  ["/en/admin", "admin.open"],
  ["/en/admin/audit", "audit.read"],
  ["/en/admin/outbox", "outbox.read"],
  ["/en/admin/jobs", "jobs.read"],
  ["/en/admin/users", "users.read"],
];

let app: TestApp;
const cookies = new Map<string, string>();
beforeAll(async () => {
  app = await startTestApp();
  for (const account of demoAccounts) cookies.set(account.role, await loginCookie(app, account.email));
});
afterAll(async () => {
  await app?.close();
});

describe(`authorisation on every protected page (${testBackend})`, () => {
  it("sends anonymous visitors to the login page, and back afterwards", async () => {
    for (const [path] of protectedPages) {
      const response = await fetch(`${app.url}${path}`, { redirect: "manual" });
      expect(response.status, path).toBe(302);
      expect(response.headers.get("location"), path).toBe(`/en/login?redirectTo=${encodeURIComponent(path)}`);
    }
  });

  it("lets each role in exactly where the permission table says", async () => {
    for (const account of demoAccounts) {
      for (const [path, permission] of protectedPages) {
        const response = await fetch(`${app.url}${path}`, {
          headers: { cookie: cookies.get(account.role)! },
          redirect: "manual",
        });
        const allowed = (permissionTable[permission] as readonly string[]).includes(account.role);
        expect(response.status, `${account.role} ${path}`).toBe(allowed ? 200 : 403);
        if (!allowed) expect(await response.text()).toContain("You do not have access to this page.");
      }
    }
  });

  it("refuses forbidden actions and changes nothing", async () => {
    const applicant = cookies.get("applicant")!;
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
    const adviser = cookies.get("adviser")!;
    const response = await fetch(`${app.url}/en/organisations/${organisation!.id}`, {
      headers: { cookie: adviser },
    });
    expect(response.status).toBe(404);
    const owner = await fetch(`${app.url}/en/organisations/${organisation!.id}`, {
      headers: { cookie: cookies.get("applicant")! },
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
          cookie: cookies.get("applicant")!,
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
