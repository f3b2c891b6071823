import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testBackend } from "../database.ts";
import { loginCookie } from "../fixtures/fixtures.ts";
import { postForm, startTestApp, type TestApp } from "./start-test-app.ts";

// The headers a browser obeys (server/security-headers.ts, ADR 0020), on a page, an API answer and
// an error page, and the nonce that lets exactly the page's own inline scripts run.

let app: TestApp;
let cookie: string;
beforeAll(async () => {
  app = await startTestApp();
  cookie = await loginCookie(app, "applicant@example.org");
});
afterAll(async () => {
  await app?.close();
});

/** The policy as directive name -> its values. */
function policyOf(response: Response): Map<string, string[]> {
  const header = response.headers.get("content-security-policy") ?? "";
  return new Map(
    header
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name!, values]),
  );
}

const signedInPage = () => fetch(`${app.url}/en/account`, { headers: { cookie } });

describe(`security headers (${testBackend})`, () => {
  it("gives a page a strict policy whose nonce is on every inline script, and a new nonce each time", async () => {
    const first = await signedInPage();
    expect(first.status).toBe(200);
    const policy = policyOf(first);
    const scriptSrc = policy.get("script-src") ?? [];
    expect(scriptSrc).toContain("'self'");
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    const nonceSource = scriptSrc.find((value) => value.startsWith("'nonce-"));
    expect(nonceSource).toMatch(/^'nonce-[A-Za-z0-9+/]{22}==?'$/);
    const nonce = nonceSource!.slice("'nonce-".length, -1);
    expect(policy.get("style-src")).toEqual(["'self'"]);
    expect(policy.get("style-src-attr")).toEqual(["'none'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
    expect(policy.get("base-uri")).toEqual(["'none'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("img-src")).toEqual(["'self'", "data:"]);
    // Over plain http (this test, a local run) nothing is upgraded and no HSTS is sent.
    expect(policy.has("upgrade-insecure-requests")).toBe(false);
    expect(first.headers.get("strict-transport-security")).toBeNull();

    const html = await first.text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>/gi)].map((m) => m[1]!);
    // The signed-in page hydrates: React Router's context and module loader are inline scripts.
    expect(scripts.filter((attributes) => !/\bsrc=/.test(attributes)).length).toBeGreaterThan(0);
    for (const attributes of scripts) expect(attributes).toContain(`nonce="${nonce}"`);
    expect(html).not.toMatch(/\sstyle="/);

    const second = await signedInPage();
    const secondNonce = policyOf(second)
      .get("script-src")!
      .find((v) => v.startsWith("'nonce-"));
    expect(secondNonce).not.toBe(nonceSource);
    expect(await second.text()).not.toContain(nonce);
  });

  it("sends the other headers on pages", async () => {
    const page = await fetch(`${app.url}/en`);
    expect(page.headers.get("referrer-policy")).toBe("same-origin");
    expect(page.headers.get("permissions-policy")).toContain("camera=()");
    expect(page.headers.get("permissions-policy")).toContain("geolocation=()");
    expect(page.headers.get("cross-origin-opener-policy")).toBe("same-origin");
    expect(page.headers.get("cross-origin-resource-policy")).toBe("same-origin");
    expect(page.headers.get("x-content-type-options")).toBe("nosniff");
    expect(page.headers.get("x-frame-options")).toBe("DENY");
    expect(page.headers.get("x-powered-by")).toBeNull();
  });

  it("keeps the headers on an error page", async () => {
    const missing = await fetch(`${app.url}/en/no-such-page`);
    expect(missing.status).toBe(404);
    expect(policyOf(missing).get("frame-ancestors")).toEqual(["'none'"]);
    expect(
      policyOf(missing)
        .get("script-src")
        ?.some((v) => v.startsWith("'nonce-")),
    ).toBe(true);
    expect(missing.headers.get("x-content-type-options")).toBe("nosniff");
    expect(missing.headers.get("permissions-policy")).toContain("camera=()");
  });

  it("lets other sites read the open-data API, its errors and its preflight", async () => {
    const answers = [
      await fetch(`${app.url}/api/v1/projects?pageSize=1`, {
        headers: { origin: "https://elsewhere.example" },
      }),
      await fetch(`${app.url}/api/v1/no-such-thing`, { headers: { origin: "https://elsewhere.example" } }),
      await fetch(`${app.url}/api/v1/projects`, {
        method: "OPTIONS",
        headers: {
          origin: "https://elsewhere.example",
          "access-control-request-method": "GET",
          "access-control-request-headers": "if-none-match",
        },
      }),
    ];
    expect(answers.map((a) => a.status)).toEqual([200, 404, 204]);
    for (const answer of answers) {
      expect(answer.headers.get("access-control-allow-origin")).toBe("*");
      expect(answer.headers.get("cross-origin-resource-policy")).toBe("cross-origin");
      expect(answer.headers.get("x-content-type-options")).toBe("nosniff");
    }
  });

  it("lets only the outbox's e-mail preview use inline style attributes, as mail HTML must", async () => {
    const reset = await postForm(app, "/en/forgot-password", { email: "applicant@example.org" });
    expect(reset.status).toBeLessThan(400);
    const admin = await loginCookie(app, "admin@example.org");
    const list = await fetch(`${app.url}/en/admin/outbox`, { headers: { cookie: admin } });
    expect(policyOf(list).get("style-src-attr")).toEqual(["'none'"]);
    const id = /\/en\/admin\/outbox\/([^"?]+)"/.exec(await list.text())?.[1];
    expect(id, "an e-mail in the demo outbox").toBeTruthy();
    const message = await fetch(`${app.url}/en/admin/outbox/${id}`, { headers: { cookie: admin } });
    expect(message.status).toBe(200);
    expect(policyOf(message).get("style-src-attr")).toEqual(["'unsafe-inline'"]);
    expect(policyOf(message).get("script-src")).not.toContain("'unsafe-inline'");
  });
});
