import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testBackend } from "../database.ts";
import { startTestApp, type TestApp, withoutScripts } from "./start-test-app.ts";

// The body guards at the edges (ADR 0019): what a person sees when a form's body is refused, and
// what a script gets from Better Auth's JSON endpoints and the read-only API.

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

const form = "application/x-www-form-urlencoded";
const send = (path: string, init: RequestInit & { headers?: Record<string, string> } = {}) =>
  fetch(`${app.url}${path}`, {
    redirect: "manual",
    ...init,
    headers: { origin: app.url, ...init.headers },
  });
/** The words of a page as read: no scripts (their data carries every message), no tags. */
const pageText = async (response: Response) =>
  withoutScripts(await response.text())
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ");

describe(`refused bodies (${testBackend})`, () => {
  it("answers a 1 MB field with 413 and a JSON body with 415, each a page in its language with header and footer", async () => {
    const refusals = [
      { status: 413, type: form, body: `email=a%40example.org&password=${"x".repeat(1_200_000)}` },
      { status: 415, type: "application/json", body: '{"email":"a@example.org"}' },
    ];
    for (const [lang, titles, nav] of [
      ["ru", ["Форма слишком велика", "Не удалось прочитать форму"], "Проекты"],
      ["nb", ["Skjemaet er for stort", "Skjemaet kunne ikke leses"], "Prosjekter"],
      ["en", ["The form is too large", "The form could not be read"], "Projects"],
    ] as const) {
      for (const [index, refused] of refusals.entries()) {
        const response = await send(`/${lang}/login`, {
          method: "POST",
          headers: { "content-type": refused.type },
          body: refused.body,
        });
        expect(response.status).toBe(refused.status);
        const text = await pageText(response);
        expect(text).toContain(titles[index]);
        expect(text).toContain(nav);
        expect(text).toContain("Kirkenes");
        expect(text).not.toMatch(/\berror\.\w+/);
      }
    }
  });

  it("answers a POST where no form is with 405, translated", async () => {
    const noForm = await send("/ru/projects", {
      method: "POST",
      headers: { "content-type": form },
      body: "a=b",
    });
    expect(noForm.status).toBe(405);
    const text = await pageText(noForm);
    expect(text).toContain("Здесь это невозможно");
    expect(text).not.toMatch(/\b(error|shell|footer)\.\w+/);
  });

  it("refuses an address with an encoded control character, and NUL in a page's query", async () => {
    expect((await send("/en/programmes/%00")).status).toBe(404);
    expect((await send("/en/projects?q=a%00b")).status).toBe(400);
    expect((await send("/en/projects?q=a%0Ab")).status).toBe(200);
  });

  it("reads the rest of a body it answered early, so the client gets the answer", async () => {
    const big = `a=${"x".repeat(3_000_000)}`;
    const api = await send("/api/v1/projects", {
      method: "POST",
      headers: { "content-type": form },
      body: big,
    });
    expect(api.status).toBe(405);
    const login = await send("/en/applications", {
      method: "POST",
      headers: { "content-type": form },
      body: big,
    });
    expect(login.status).toBe(302);
    const csrf = await send("/en/login", {
      method: "POST",
      headers: { "content-type": form, origin: "https://evil.example" },
      body: big,
    });
    expect(csrf.status).toBe(403);
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
  });
});

describe(`Better Auth's endpoints take small, well-formed JSON only (${testBackend})`, () => {
  const signIn = (body: BodyInit, type = "application/json", lang = "en") =>
    send("/api/auth/sign-in/email", {
      method: "POST",
      headers: { "content-type": type, "accept-language": lang },
      body,
    });

  it.each([
    ["a form body", form, "email=a%40example.org&password=x", 415, "unsupported-media-type"],
    ["text/plain", "text/plain", '{"email":"a@example.org"}', 415, "unsupported-media-type"],
    [
      "20 kB of JSON",
      "application/json",
      JSON.stringify({ email: "x".repeat(20_000) }),
      413,
      "body-too-large",
    ],
    ["malformed JSON", "application/json", '{"email": ', 400, "bad-json"],
    ["a JSON array", "application/json", "[1,2]", 400, "bad-json"],
    [
      "JSON nested 2 000 deep",
      "application/json",
      `${'{"a":'.repeat(2000)}1${"}".repeat(2000)}`,
      400,
      "bad-json",
    ],
    [
      "NUL in a string",
      "application/json",
      '{"email":"a\\u0000@example.org","password":"x"}',
      400,
      "bad-json",
    ],
  ])("answers %s with a problem document", async (_, type, body, status, code) => {
    const response = await signIn(body, type);
    expect(response.status).toBe(status);
    expect(response.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
    expect(await response.json()).toMatchObject({ status, code, type: "about:blank" });
  });

  it("says so in the client's language", async () => {
    const response = await signIn("[]", "application/json", "nb");
    expect(await response.json()).toMatchObject({ title: "Ugyldig forespørsel" });
  });

  it("still signs in with a well-formed body", async () => {
    const response = await signIn(
      JSON.stringify({ email: "applicant@example.org", password: "test-demo-password-1" }),
      "application/json; charset=utf-8",
    );
    expect(response.status).toBe(200);
    expect(response.headers.getSetCookie().length).toBeGreaterThan(0);
  });
});
