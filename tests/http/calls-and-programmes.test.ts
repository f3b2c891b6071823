import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, calls, programmes } from "#db/schema.ts";
import { createCall } from "#domain/calls/create-call.server.ts";
import { demoAccounts } from "#domain/demo/demo-accounts.ts";
import { formatDateTime } from "#domain/i18n/format.ts";
import { programmeRulesSchema } from "#domain/programmes/programme-rules.ts";
import { programmeRulesFormValues } from "#domain/programmes/programme-rules-form.ts";
import { testBackend } from "../database.ts";
import { loginCookie, testActor } from "../fixtures/fixtures.ts";
import { startTestApp, type TestApp } from "./start-test-app.ts";

let app: TestApp;
const cookies = new Map<string, string>();
beforeAll(async () => {
  app = await startTestApp();
  for (const account of demoAccounts) cookies.set(account.role, await loginCookie(app, account.email));
});
afterAll(async () => {
  await app?.close();
});

const manager = () => cookies.get("programme_manager")!;

/** A page's text as a reader sees it (tags gone, non-breaking spaces as spaces), with its status. */
async function page(path: string, cookie?: string) {
  const response = await fetch(`${app.url}${path}`, {
    headers: cookie ? { cookie } : {},
    redirect: "manual",
  });
  const raw = await response.text();
  const text = raw
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/[\u00a0\u202f]/g, " ")
    .replace(/\s+/g, " ");
  return { status: response.status, text, raw };
}

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

/** Posts fields the way a browser does, repeated names (checkbox groups) included. */
function postEntries(path: string, entries: [string, string][], cookie: string) {
  return fetch(`${app.url}${path}`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: app.url, cookie },
    body: new URLSearchParams(entries),
  });
}

/** Form values as the browser sends them: rows as name[0].field, lists of choices as repeated names. */
function formEntries(values: object): [string, string][] {
  const entries: [string, string][] = [];
  for (const [name, value] of Object.entries(values)) {
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        if (item !== null && typeof item === "object")
          for (const [key, v] of Object.entries(item)) entries.push([`${name}[${index}].${key}`, String(v)]);
        else entries.push([name, String(item)]);
      });
    } else if (value !== undefined) entries.push([name, String(value)]);
  }
  return entries;
}

const newDeadlineCall = {
  programmeId: "no-ru-regular",
  titleNb: "Styresaker høsten 2030",
  titleEn: "Board cases autumn 2030",
  titleRu: "Дела правления осенью 2030",
  kind: "deadline",
  opensDate: "2026-01-01",
  opensTime: "00:00",
  closesDate: "2030-06-15",
  closesTime: "23:59",
  budgetNok: "7500000",
};

async function counts() {
  const [c] = await app.services.db.select({ n: count() }).from(calls);
  const [a] = await app.services.db.select({ n: count() }).from(auditLog);
  return { calls: c?.n, audit: a?.n };
}

describe(`calls, from the manager's form to the public page (${testBackend})`, () => {
  it("lets a programme manager create a deadline call and edit it; the public page follows in three languages", async () => {
    const created = await app.post("/en/manage/calls/new", newDeadlineCall, manager());
    expect(created.status).toBe(302);
    expect(created.headers.get("location")).toBe("/en/manage/calls/no-ru-regular-2030-06-15?created=1");
    const [row] = await app.services.db.select().from(calls).where(eq(calls.id, "no-ru-regular-2030-06-15"));
    // 23:59 Oslo summer time is 21:59 UTC; the whole minute counts.
    expect(row?.closesAt?.toISOString()).toBe("2030-06-15T21:59:59.999Z");

    const editPage = await page("/en/manage/calls/no-ru-regular-2030-06-15?created=1", manager());
    expect(editPage.text).toContain("The call is created.");
    expect(editPage.raw).toContain('value="2030-06-15"');
    expect(editPage.raw).toContain('value="23:59"');

    const edited = await app.post(
      "/en/manage/calls/no-ru-regular-2030-06-15",
      {
        ...newDeadlineCall,
        titleEn: "Board cases, autumn round 2030",
        closesTime: "12:00",
        budgetNok: "9000000",
      },
      manager(),
    );
    expect(edited.status).toBe(302);
    expect((await page("/en/manage/calls/no-ru-regular-2030-06-15?saved=1", manager())).text).toContain(
      "The changes are saved.",
    );

    const closesAt = new Date("2030-06-15T10:00:59.999Z");
    const en = await page("/en/calls/no-ru-regular-2030-06-15");
    expect(en.status).toBe(200);
    expect(en.text).toContain("Board cases, autumn round 2030");
    expect(en.text).toContain(
      `The application must be sent by ${plain(formatDateTime("en", closesAt))} Norwegian time.`,
    );
    expect(en.text).toContain("12:00");
    expect(en.text).toContain("Budget for this call: NOK 9,000,000.");
    expect(en.text).toContain("Nordland, Troms or Finnmark");
    expect(en.text).toContain("Up to 70 % of the total costs.");
    expect(en.raw).toContain('href="/en/programmes/no-ru-regular"');
    expect(en.raw).toContain('href="/en/applications?call=no-ru-regular-2030-06-15"');
    const nb = await page("/nb/calls/no-ru-regular-2030-06-15");
    expect(nb.text).toContain("Styresaker høsten 2030");
    expect(nb.text).toContain(
      `Søknaden må være sendt innen ${plain(formatDateTime("nb", closesAt))} norsk tid.`,
    );
    expect(nb.text).toContain("Start en søknad");
    const ru = await page("/ru/calls/no-ru-regular-2030-06-15");
    expect(ru.text).toContain("Дела правления осенью 2030");
    expect(ru.text).toContain(
      `Заявку нужно подать до ${plain(formatDateTime("ru", closesAt))} по норвежскому времени.`,
    );
    expect(ru.text).toContain("Бюджет конкурса: 9 000 000 NOK.");

    // The programme page lists it among its open calls.
    const programme = await page("/en/programmes/no-ru-regular");
    expect(programme.raw).toContain('href="/en/calls/no-ru-regular-2030-06-15"');
    expect(programme.text).toContain(`deadline ${plain(formatDateTime("en", closesAt))}`);
  });

  it("refuses invalid calls with a 400 in the page's language and stores nothing", async () => {
    const before = await counts();
    const cases: [string, Record<string, string>, string][] = [
      [
        "/en/manage/calls/new",
        { ...newDeadlineCall, closesDate: "2025-12-31" },
        "The call must close after it opens.",
      ],
      [
        "/nb/manage/calls/new",
        { ...newDeadlineCall, budgetNok: "-5" },
        "Skriv et helt antall kroner fra 0 til 1 000 000 000.",
      ],
      ["/ru/manage/calls/new", { ...newDeadlineCall, titleRu: "" }, "Напишите название на русском."],
      [
        "/en/manage/calls/new",
        { ...newDeadlineCall, programmeId: "no-such-programme" },
        "Choose a programme that exists.",
      ],
      [
        "/en/manage/calls/no-ru-regular-2030-06-15",
        { ...newDeadlineCall, kind: "deadline", closesDate: "", closesTime: "" },
        "A call with a deadline needs a closing date.",
      ],
    ];
    for (const [path, fields, message] of cases) {
      const response = await app.post(path, fields, manager());
      expect(response.status, message).toBe(400);
      expect(plain(await response.text()), message).toContain(message);
    }
    expect(await counts()).toEqual(before);
  });

  it("says a closed call is closed and offers no way to apply; unopened and unknown calls are 404", async () => {
    // Deadline calls of the Swedish-Finnish programme, open between the two moments.
    const deadlineCall = (en: string, opensAt: string, closesAt: string) =>
      createCall(app.services.db, testActor, "no-se-fi-2024", {
        title: { nb: en, en, ru: en },
        kind: "deadline",
        opensAt: new Date(opensAt),
        closesAt: new Date(closesAt),
        budgetNok: 1_000_000,
      });
    await deadlineCall("Spring 2025", "2024-10-01T22:00:00Z", "2025-03-01T22:59:59.999Z");
    const closed = await page("/en/calls/no-se-fi-2024-2025-03-01");
    expect(closed.status).toBe(200);
    expect(closed.text).toContain("This call is closed. Applications can no longer be sent to it.");
    expect(closed.text).toContain(`Closed ${plain(formatDateTime("en", new Date("2025-03-01T22:59:59Z")))}`);
    expect(closed.raw).not.toContain("/en/applications?call=");
    expect((await page("/en/programmes/no-se-fi-2024")).raw).not.toContain(
      "/en/calls/no-se-fi-2024-2025-03-01",
    );

    await deadlineCall("Later", "2040-01-01T00:00:00Z", "2040-03-01T22:59:59.999Z");
    expect((await page("/en/calls/no-se-fi-2024-2040-03-01")).status).toBe(404);
    expect((await page("/en/calls/no-such-call")).status).toBe(404);
    // The managers see it all the same.
    expect((await page("/en/manage", manager())).text).toContain("Later");
  });

  it("shows the demo's open calls on the home page", async () => {
    const home = await page("/en");
    expect(home.text).toContain("Open calls");
    expect(home.raw).toContain('href="/en/calls/no-ru-regular-continuous-2024-01-01"');
    expect(home.text).toContain("continuous, no deadline");
  });
});

describe(`programme rules, edited in the app (${testBackend})`, () => {
  async function storedRules(id: string) {
    const [row] = await app.services.db.select().from(programmes).where(eq(programmes.id, id));
    return programmeRulesSchema.parse(row!.rules);
  }

  it("changes the public programme page and writes an audit entry", async () => {
    const values = programmeRulesFormValues(await storedRules("no-se-fi-2024"));
    const response = await postEntries(
      "/en/manage/programmes/no-se-fi-2024",
      formEntries({
        ...values,
        maxSharePercent: 65,
        foodPerPersonPerDay: 450,
        boardDeadlines: "02-15, 09-15",
        priorityAreas: [...values.priorityAreas, { nb: "Helse", en: "Health", ru: "Здоровье" }],
      }),
      manager(),
    );
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/en/manage/programmes/no-se-fi-2024?saved=1");
    const rules = await storedRules("no-se-fi-2024");
    expect(rules.priorityAreas.at(-1)).toEqual({
      id: "health",
      name: { nb: "Helse", en: "Health", ru: "Здоровье" },
    });
    const publicPage = await page("/en/programmes/no-se-fi-2024");
    expect(publicPage.text).toContain("Up to 65 % of the total costs.");
    expect(publicPage.text).toContain("Food is covered up to NOK 450 per person per day.");
    expect(publicPage.text).toContain("Deadlines: 15 February and 15 September.");
    expect(publicPage.text).toContain("Health");
    expect((await page("/ru/programmes/no-se-fi-2024")).text).toContain("Здоровье");
    const [entry] = await app.services.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, "programme.rules.update"));
    expect(entry).toMatchObject({
      entityId: "no-se-fi-2024",
      before: { caps: { foodPerPersonPerDay: 500 } },
    });
  });

  it("adds a row without JavaScript: the form comes back one row longer, nothing saved", async () => {
    const before = await storedRules("no-ru-regular");
    const form = await page("/en/manage/programmes/no-ru-regular", manager());
    const button = form.raw.match(/<button[^>]*value="([^"]*)"[^>]*name="__intent__"[^>]*>Add a rate</);
    expect(button).not.toBeNull();
    const intent = button![1]!.replace(/&quot;/g, '"');
    const response = await postEntries(
      "/en/manage/programmes/no-ru-regular",
      [...formEntries(programmeRulesFormValues(before)), ["__intent__", intent]],
      manager(),
    );
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("Rate 4");
    expect(html).toContain('name="ownWorkRates[3].nokPerHour"');
    expect(await storedRules("no-ru-regular")).toEqual(before);
  });

  it("refuses contradictory rules with field errors in the page's language and changes nothing", async () => {
    const before = await storedRules("no-ru-regular");
    const audit = await counts();
    const values = programmeRulesFormValues(before);
    const response = await postEntries(
      "/nb/manage/programmes/no-ru-regular",
      formEntries({
        ...values,
        businessMaxSharePercent: 80,
        priorityAreas: [...values.priorityAreas, { en: "Health" }],
      }),
      manager(),
    );
    expect(response.status).toBe(400);
    const html = plain(await response.text());
    expect(html).toContain("Skriv navnet på norsk.");
    const second = await postEntries(
      "/nb/manage/programmes/no-ru-regular",
      formEntries({ ...values, businessMaxSharePercent: 80 }),
      manager(),
    );
    expect(second.status).toBe(400);
    expect(plain(await second.text())).toContain(
      "Andelen for næringsprosjekter kan ikke være høyere enn den høyeste støtteandelen.",
    );
    expect(await storedRules("no-ru-regular")).toEqual(before);
    expect(await counts()).toEqual(audit);
  });
});

describe(`who may manage programmes and calls (${testBackend})`, () => {
  const pages = [
    "/en/manage",
    "/en/manage/programmes/no-ru-regular",
    "/en/manage/calls/new?programme=no-ru-regular",
    "/en/manage/calls/no-ru-regular-continuous-2024-01-01",
  ];

  it("sends anonymous visitors to the login page, for pages and posts alike", async () => {
    for (const path of pages) {
      const response = await fetch(`${app.url}${path}`, { redirect: "manual" });
      expect(response.status, path).toBe(302);
      expect(response.headers.get("location"), path).toBe(`/en/login?redirectTo=${encodeURIComponent(path)}`);
      if (path === "/en/manage") continue; // a list, with nothing to post to
      const post = await app.post(path, newDeadlineCall);
      expect(post.status, path).toBe(302);
      expect(post.headers.get("location"), path).toMatch(/^\/en\/login\?redirectTo=/);
    }
  });

  it("lets in programme managers and administrators only, and refuses everyone else's posts", async () => {
    const before = await counts();
    const rulesBefore = await app.services.db.select().from(programmes);
    for (const account of demoAccounts) {
      const allowed = account.role === "programme_manager" || account.role === "administrator";
      for (const path of pages) {
        const response = await fetch(`${app.url}${path}`, {
          headers: { cookie: cookies.get(account.role)! },
          redirect: "manual",
        });
        expect(response.status, `${account.role} ${path}`).toBe(allowed ? 200 : 403);
        if (allowed || path === "/en/manage") continue;
        const post = await app.post(
          path,
          { ...newDeadlineCall, maxSharePercent: "10" },
          cookies.get(account.role)!,
        );
        expect(post.status, `${account.role} POST ${path}`).toBe(403);
      }
      const home = await page("/en", cookies.get(account.role)!);
      expect(home.raw.includes('href="/en/manage"'), account.role).toBe(allowed);
    }
    expect(await counts()).toEqual(before);
    expect(await app.services.db.select().from(programmes)).toEqual(rulesBefore);
  });
});
