import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testBackend } from "../database.ts";
import { loginCookie } from "../fixtures/fixtures.ts";
import { startTestApp, type TestApp } from "./start-test-app.ts";

// The public pages people read are sent as HTML and CSS only (ADR 0011): no script runs and no
// module is preloaded, so they load fast on a phone and stay within the public JavaScript budget.
// Signed-in pages keep their JavaScript (autosave, live checks).

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

const scriptsOf = (html: string) => html.match(/<script\b|rel="modulepreload"/g)?.length ?? 0;

describe(`JavaScript on pages (${testBackend})`, () => {
  it("sends the public pages without any script", async () => {
    const programme = await app.services.db.query.programmes.findFirst();
    for (const path of [
      "/en",
      "/nb/projects?q=kultur",
      "/ru/statistics",
      "/en/open-data",
      `/en/programmes/${programme!.id}`,
      "/en/no-such-page",
      // The account pages anyone opens before logging in (ADR 0018): plain forms, checked on the server.
      "/en/login",
      "/nb/register",
      "/ru/forgot-password",
      "/en/reset-password?token=x",
      "/en/verify-email",
    ]) {
      const response = await fetch(`${app.url}${path}`);
      const html = await response.text();
      expect(html, path).toContain("</html>");
      expect(scriptsOf(html), path).toBe(0);
    }
  });

  it("keeps the scripts of signed-in pages", async () => {
    const cookie = await loginCookie(app, "applicant@example.org");
    const html = await (await fetch(`${app.url}/en/applications`, { headers: { cookie } })).text();
    expect(scriptsOf(html)).toBeGreaterThan(0);
  });
});
