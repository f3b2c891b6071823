import crypto from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { mailOutbox, notificationOptOuts, notifications, users } from "#db/schema.ts";
import { databaseForTheseTests, testBackend } from "#tests/database.ts";
import type { Locale } from "#vocabulary/vocabulary.ts";
import { type NotifiedPerson, sendNotification } from "./send-notification.server.ts";

const database = databaseForTheseTests();

async function person(name: string, locale: Locale) {
  const id = crypto.randomUUID();
  const email = `${name.toLowerCase()}-${id.slice(0, 8)}@example.org`;
  await database.db.insert(users).values({ id, name, email, emailVerified: true, role: "applicant", locale });
  return { id, email };
}

const mailsTo = (...addresses: string[]) =>
  database.db.select().from(mailOutbox).where(inArray(mailOutbox.recipient, addresses));
const notesOf = (userId: string) =>
  database.db.select().from(notifications).where(eq(notifications.userId, userId));

/** A case-update e-mail whose state line shows the language it was written for. */
const caseUpdate = (to: NotifiedPerson) => ({
  caseNumber: "2026/00077",
  applicationTitle: `Title (${to.locale})`,
  state: `state for ${to.address}`,
  link: `https://grants.example/${to.locale}/applications/a-1/status`,
  name: to.name ?? undefined,
});

describe(`sendNotification (${testBackend})`, () => {
  it("writes each person's in-app note and e-mail in their language, and never tells the actor", async () => {
    const kari = await person("Kari", "nb");
    const olga = await person("Olga", "ru");
    const actor = await person("Actor", "en");
    await database.db.transaction((tx) =>
      sendNotification(tx, {
        kind: "case.start_screening",
        recipients: [{ userId: kari.id }, { userId: olga.id }, { userId: actor.id }, { userId: kari.id }],
        actorId: actor.id,
        inApp: { applicationId: null, params: { caseNumber: "2026/00077", state: "in_screening" } },
        mail: caseUpdate,
        smtpEnabled: false,
      }),
    );
    const mails = await mailsTo(kari.email, olga.email, actor.email);
    expect(mails.map((m) => [m.recipient, m.locale, m.template, m.status]).sort()).toEqual([
      [kari.email, "nb", "case-update", "stored"],
      [olga.email, "ru", "case-update", "stored"],
    ]);
    const toOlga = mails.find((m) => m.recipient === olga.email)!;
    expect(toOlga.subject).toContain("2026/00077");
    expect(toOlga.text).toContain("Olga");
    expect(toOlga.text).toContain("https://grants.example/ru/applications/a-1/status");
    expect(await notesOf(kari.id)).toEqual([
      expect.objectContaining({
        kind: "case.start_screening",
        params: { caseNumber: "2026/00077", state: "in_screening" },
        readAt: null,
      }),
    ]);
    expect(await notesOf(olga.id)).toHaveLength(1);
    expect(await notesOf(actor.id)).toEqual([]);
  });

  it("lets an opt-out stop only an e-mail the settings page offers", async () => {
    const ola = await person("Ola", "en");
    // One opt-out a person can make, and two forged into the table for kinds that cannot be turned off.
    await database.db.insert(notificationOptOuts).values([
      { userId: ola.id, kind: "case.start_screening" },
      { userId: ola.id, kind: "case.approve" },
      { userId: ola.id, kind: "final-report.reminder" },
    ]);
    const inApp = { applicationId: null, params: { caseNumber: "2026/00078", state: "x" } };
    for (const kind of ["case.start_screening", "case.approve"] as const) {
      await sendNotification(database.db, {
        kind,
        recipients: [{ userId: ola.id }],
        inApp,
        mail: caseUpdate,
        smtpEnabled: true,
      });
    }
    await sendNotification(database.db, {
      kind: "final-report.reminder",
      recipients: [{ userId: ola.id }],
      mail: caseUpdate,
      smtpEnabled: true,
    });
    // The in-app note is written either way; the reminder has none.
    expect((await notesOf(ola.id)).map((n) => n.kind).sort()).toEqual([
      "case.approve",
      "case.start_screening",
    ]);
    const mails = await mailsTo(ola.email);
    expect(mails).toHaveLength(2);
    expect(mails.every((m) => m.status === "queued")).toBe(true);
  });

  it("e-mails an address with no account, and writes only the note for an in-app kind", async () => {
    const adviser = await person("Adviser", "nb");
    await sendNotification(database.db, {
      kind: "application.invitation",
      recipients: [{ address: "invitee@example.ru", locale: "ru", name: "Иван" }],
      mail: (to) => ({
        inviterName: "Kari",
        organisationName: "Pasvik",
        applicationTitle: "Хор",
        rights: "читать",
        link: `https://grants.example/${to.locale}/application-invitations/t`,
        name: to.name ?? undefined,
      }),
      smtpEnabled: false,
    });
    const [invitation] = await mailsTo("invitee@example.ru");
    expect(invitation).toMatchObject({ locale: "ru", template: "application-invitation" });
    expect(invitation!.text).toContain("Иван");

    await sendNotification(database.db, {
      kind: "case.assigned",
      recipients: [{ userId: adviser.id }, { userId: crypto.randomUUID() }],
      inApp: { applicationId: null, params: { caseNumber: "2026/00079" } },
    });
    expect(await notesOf(adviser.id)).toEqual([expect.objectContaining({ kind: "case.assigned" })]);
    expect(await mailsTo(adviser.email)).toEqual([]);
  });

  it("leaves nothing behind when the transaction that announces rolls back", async () => {
    const sven = await person("Sven", "en");
    await expect(
      database.db.transaction(async (tx) => {
        await sendNotification(tx, {
          kind: "case.approve",
          recipients: [{ userId: sven.id }],
          inApp: { applicationId: null, params: {} },
          mail: caseUpdate,
          smtpEnabled: true,
        });
        throw new Error("the decision failed after the notification was written");
      }),
    ).rejects.toThrow("the decision failed");
    expect(await notesOf(sven.id)).toEqual([]);
    expect(await mailsTo(sven.email)).toEqual([]);
  });
});
