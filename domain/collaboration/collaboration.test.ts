import { and, asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { applicationCollaborators, applicationMessages, auditLog, mailOutbox } from "#db/schema.ts";
import { findCaseAccess } from "#domain/access/case-access.server.ts";
import { checkCaseAccess, editableSections, mayDo, seeCase } from "#domain/access/case-access.ts";
import { done, forbidden, notFound } from "#domain/result.ts";
import { databaseForTheseTests, testBackend } from "#tests/database.ts";
import {
  addMember,
  type FixtureUser,
  insertApplication,
  insertCall,
  insertOrganisation,
  insertUser,
} from "#tests/fixtures/fixtures.ts";
import { hashInvitationToken } from "./invitation-token.server.ts";
import {
  type CollaboratorInvitationInput,
  inviteCollaborator,
  maxCollaborators,
} from "./invite-collaborator.server.ts";
import { listCollaborators } from "./list-collaborators.server.ts";
import { listMessages } from "./list-messages.server.ts";
import { ChannelForbiddenError } from "./message-channels.ts";
import { postMessage } from "./post-message.server.ts";
import { findOpenInvitation, respondToInvitation } from "./respond-to-invitation.server.ts";
import { revokeCollaborator } from "./revoke-collaborator.server.ts";

const mail = { baseUrl: "https://bridge.example.no", smtpEnabled: false };

let owner: FixtureUser;
let member: FixtureUser;
let olga: FixtureUser;
let sven: FixtureUser;
let stranger: FixtureUser;
let adviser: FixtureUser;
let organisationId: string;
let call: { callId: string; programmeId: string };

const database = databaseForTheseTests(async () => {
  const db = database.db;
  owner = await insertUser(db, { email: "kari@pasvik.no", name: "Kari Nordmann", locale: "nb" });
  member = await insertUser(db, { email: "ola@pasvik.no", name: "Ola Normann", locale: "en" });
  olga = await insertUser(db, {
    email: "olga@example.ru",
    name: "Olga Ivanova",
    role: "partner",
    locale: "ru",
  });
  sven = await insertUser(db, {
    email: "sven@example.se",
    name: "Sven Svensson",
    role: "applicant",
    locale: "en",
  });
  stranger = await insertUser(db, { email: "someone@example.org", name: "Someone Else" });
  adviser = await insertUser(db, {
    email: "adviser@bridge.no",
    name: "Anders Adviser",
    role: "programme_manager",
  }); // the secretariat: sees every sent case
  organisationId = await insertOrganisation(db, owner.id, "Pasvik Kulturlag");
  await addMember(db, organisationId, member.id);
  call = await insertCall(db);
});

const newDraft = (status: "draft" | "submitted" = "draft", caseNumber?: string) =>
  insertApplication(database.db, { organisationId, createdBy: owner.id, ...call, status, caseNumber });

async function accessOf(applicationId: string, user: FixtureUser) {
  const access = await findCaseAccess(database.db, applicationId, { ...user, officeId: null });
  if (!access || !seeCase(access).sees) throw new Error("no access");
  return access;
}

/** The user writes on the application's team or case channel, with the access they have to it. */
async function postAs(user: FixtureUser, applicationId: string, channel: "team" | "case", body: string) {
  return postMessage(database.db, await accessOf(applicationId, user), user, channel, body, mail);
}

/** The user follows the invitation e-mail's link and accepts. */
async function acceptInvitation(collaboratorId: string, user: FixtureUser) {
  return respondToInvitation(database.db, await tokenFromMail(collaboratorId), user, "accept");
}

/** Whether the person sees the application at all (a stranger is told 404, as for an unknown id). */
async function sees(applicationId: string, user: FixtureUser): Promise<boolean> {
  const access = await findCaseAccess(database.db, applicationId, { ...user, officeId: null });
  return access !== null && seeCase(access).sees;
}

const invitation = (fields: Partial<CollaboratorInvitationInput> = {}): CollaboratorInvitationInput => ({
  email: "Olga@Example.ru",
  name: "Olga Ivanova",
  kind: "organisation",
  organisationName: "Murmansk Youth Choir",
  country: "RU",
  canComment: true,
  editSections: ["partners", "budget"],
  locale: "ru",
  ...fields,
});

async function invite(applicationId: string, fields: Partial<CollaboratorInvitationInput> = {}) {
  return inviteCollaborator(
    database.db,
    await accessOf(applicationId, owner),
    { id: owner.id, name: owner.name },
    invitation(fields),
    mail,
  );
}

const tokenIn = (text: string) => /application-invitations\/([A-Za-z0-9_-]+)/.exec(text)?.[1];

/** The e-mail of one invitation: the one to its address whose link carries the token its hash was made from. */
async function invitationMailOf(collaboratorId: string) {
  const [collaborator] = await database.db
    .select()
    .from(applicationCollaborators)
    .where(eq(applicationCollaborators.id, collaboratorId));
  const mails = await database.db
    .select()
    .from(mailOutbox)
    .where(
      and(eq(mailOutbox.recipient, collaborator!.email), eq(mailOutbox.template, "application-invitation")),
    );
  const found = mails.filter((m) => {
    const token = tokenIn(m.text);
    return token !== undefined && hashInvitationToken(token) === collaborator!.tokenHash;
  });
  if (found.length !== 1) throw new Error(`expected one invitation e-mail, found ${found.length}`);
  return found[0]!;
}

async function tokenFromMail(collaboratorId: string): Promise<string> {
  return tokenIn((await invitationMailOf(collaboratorId)).text)!;
}

describe(`inviting partners to an application (${testBackend})`, () => {
  it("stores the invitation with a hashed token and e-mails the link in the invitee's language", async () => {
    const applicationId = await newDraft();
    const result = await invite(applicationId);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [row] = await database.db
      .select()
      .from(applicationCollaborators)
      .where(eq(applicationCollaborators.id, result.value.collaboratorId));
    expect(row).toMatchObject({
      email: "olga@example.ru",
      kind: "organisation",
      organisationName: "Murmansk Youth Choir",
      country: "RU",
      canComment: true,
      editSections: ["partners", "budget"],
      status: "invited",
      userId: null,
      invitedBy: owner.id,
    });
    const message = await invitationMailOf(result.value.collaboratorId);
    expect(message).toMatchObject({
      recipient: "olga@example.ru",
      locale: "ru",
      template: "application-invitation",
      subject: "Приглашение к работе над заявкой «Хор без границ»",
    });
    expect(message!.text).toContain("Kari Nordmann (Pasvik Kulturlag) приглашает вас");
    expect(message!.text).toContain(
      "Приглашение даёт вам право просматривать заявку; редактировать разделы «Партнёры» и «Бюджет»; писать в переписке заявителя и партнёров.",
    );
    const token = await tokenFromMail(result.value.collaboratorId);
    expect(message!.text).toContain(`https://bridge.example.no/ru/application-invitations/${token}`);
    // Only the hash is kept: the link in the e-mail is the one copy of the token.
    expect(row!.tokenHash).toBe(hashInvitationToken(token));
    expect(JSON.stringify(row)).not.toContain(token);

    const [audit] = await database.db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.action, "application.collaborator.invite"), eq(auditLog.entityId, applicationId)),
      );
    expect(audit).toBeDefined();
    expect(JSON.stringify(audit)).not.toMatch(/olga|Olga|Murmansk/);
  });

  it("writes the invitation in the language the inviter chose, with the sections named in it", async () => {
    const applicationId = await newDraft();
    const result = await invite(applicationId, {
      locale: "en",
      kind: "person",
      organisationName: undefined,
      country: "FI",
      canComment: false,
      editSections: [],
    });
    if (!result.ok) throw new Error(result.kind);
    const message = await invitationMailOf(result.value.collaboratorId);
    expect(message!.subject).toBe("Invitation to work on the application “Choir without borders”");
    expect(message!.text).toContain("The invitation allows you to read the application.");
  });

  it("refuses what it must, and writes nothing then", async () => {
    const applicationId = await newDraft();
    expect(await invite(applicationId)).toMatchObject({ ok: true });
    const before = await database.db.select().from(mailOutbox);
    expect(await invite(applicationId, { email: " OLGA@example.RU " })).toMatchObject({
      ok: false,
      reason: "collaboration.error.already-invited",
    });
    expect(await invite(applicationId, { email: "a@example.ru", editSections: ["review"] })).toMatchObject({
      ok: false,
      reason: "collaboration.error.unknown-section",
    });
    expect(await invite(applicationId, { email: "a@example.ru", editSections: ["nonsense"] })).toMatchObject({
      ok: false,
      reason: "collaboration.error.unknown-section",
    });
    expect(await invite(applicationId, { email: "a@example.ru", organisationName: " " })).toMatchObject({
      ok: false,
      reason: "collaboration.error.organisation-name-required",
    });
    expect(await invite(applicationId, { email: "a@example.ru", country: "ZZ" })).toMatchObject({
      ok: false,
      reason: "collaboration.error.unknown-country",
    });
    expect(await invite(applicationId, { email: "not an address" })).toMatchObject({
      ok: false,
      reason: "collaboration.error.invalid-input",
    });
    expect(await invite(applicationId, { email: "Ola@pasvik.no" })).toMatchObject({
      ok: false,
      reason: "collaboration.error.already-member",
    });
    expect(await database.db.select().from(mailOutbox)).toHaveLength(before.length);

    const sent = await newDraft("submitted", "2026/00001");
    expect(await invite(sent)).toMatchObject({ ok: false, reason: "collaboration.error.not-draft" });
  });

  it(`allows at most ${maxCollaborators} open invitations, and a removed one frees its place`, async () => {
    const applicationId = await newDraft();
    for (let i = 0; i < maxCollaborators; i++) {
      expect(await invite(applicationId, { email: `partner${i}@example.ru` })).toMatchObject({ ok: true });
    }
    expect(await invite(applicationId, { email: "one-too-many@example.ru" })).toMatchObject({
      ok: false,
      reason: "collaboration.error.too-many",
    });
    const [first] = await listCollaborators(database.db, await accessOf(applicationId, owner));
    await revokeCollaborator(database.db, await accessOf(applicationId, owner), owner, first!.id);
    expect(await invite(applicationId, { email: "one-too-many@example.ru" })).toMatchObject({ ok: true });
  });

  it("lets only one of two simultaneous invitations of the same address through", async () => {
    const applicationId = await newDraft();
    const results = await Promise.all([invite(applicationId), invite(applicationId)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toMatchObject([
      { ok: false, reason: "collaboration.error.already-invited" },
    ]);
  });

  it("refuses invitations from partners", async () => {
    const applicationId = await newDraft();
    const result = await invite(applicationId);
    if (!result.ok) throw new Error(result.kind);
    await acceptInvitation(result.value.collaboratorId, olga);
    const asPartner = await inviteCollaborator(
      database.db,
      await accessOf(applicationId, olga),
      olga,
      invitation({ email: "friend@example.ru" }),
      mail,
    );
    expect(asPartner).toEqual(forbidden());
  });
});

describe(`answering an invitation (${testBackend})`, () => {
  it("refuses another account, then accepts for the invited address and gives the rights it named", async () => {
    const applicationId = await newDraft();
    const result = await invite(applicationId);
    if (!result.ok) throw new Error(result.kind);
    const token = await tokenFromMail(result.value.collaboratorId);
    expect(await sees(applicationId, olga)).toBe(false);

    expect(await respondToInvitation(database.db, token, sven, "accept")).toMatchObject({
      ok: false,
      reason: "collaboration.invitation.wrongAccount",
    });
    expect(await sees(applicationId, sven)).toBe(false);

    expect(await respondToInvitation(database.db, token, olga, "accept")).toEqual(
      done({ applicationId, answer: "accept" }),
    );
    const access = await accessOf(applicationId, olga);
    expect(seeCase(access)).toMatchObject({ sees: true, as: "collaborator" });
    expect(editableSections(access)).toEqual(["partners", "budget"]);
    expect(mayDo(access, "comment")).toBe(true);
    expect(checkCaseAccess(access, "invite_collaborator")).toMatchObject({ refusal: "wrong-role" });
    const [row] = await database.db
      .select()
      .from(applicationCollaborators)
      .where(eq(applicationCollaborators.id, result.value.collaboratorId));
    expect(row).toMatchObject({ status: "accepted", userId: olga.id });
    expect(row!.respondedAt).toBeInstanceOf(Date);
  });

  it("uses a token once: an answered link is no longer found", async () => {
    const applicationId = await newDraft();
    const accepted = await invite(applicationId);
    const declined = await invite(applicationId, { email: "sven@example.se" });
    if (!accepted.ok || !declined.ok) throw new Error("invite failed");
    const acceptToken = await tokenFromMail(accepted.value.collaboratorId);
    const declineToken = await tokenFromMail(declined.value.collaboratorId);

    expect(await respondToInvitation(database.db, declineToken, sven, "decline")).toMatchObject({ ok: true });
    expect(await sees(applicationId, sven)).toBe(false);
    expect(await respondToInvitation(database.db, declineToken, sven, "accept")).toEqual(notFound());

    expect(await respondToInvitation(database.db, acceptToken, olga, "accept")).toMatchObject({ ok: true });
    expect(await findOpenInvitation(database.db, acceptToken)).toBeNull();
    expect(await respondToInvitation(database.db, acceptToken, olga, "decline")).toEqual(notFound());
    expect(seeCase(await accessOf(applicationId, olga))).toMatchObject({ as: "collaborator" });
    expect(await respondToInvitation(database.db, "x".repeat(43), olga, "accept")).toEqual(notFound());
  });

  it("does not let secretariat accounts join an applicant's application", async () => {
    const applicationId = await newDraft();
    const result = await invite(applicationId, { email: "adviser@bridge.no" });
    if (!result.ok) throw new Error(result.kind);
    expect(await acceptInvitation(result.value.collaboratorId, adviser)).toMatchObject({
      ok: false,
      reason: "collaboration.invitation.role",
    });
  });
});

describe(`removing a partner (${testBackend})`, () => {
  it("ends the partner's access and the open invitation's link", async () => {
    const applicationId = await newDraft();
    const accepted = await invite(applicationId);
    const open = await invite(applicationId, { email: "sven@example.se" });
    if (!accepted.ok || !open.ok) throw new Error("invite failed");
    await acceptInvitation(accepted.value.collaboratorId, olga);
    const partnerAccess = await accessOf(applicationId, olga);

    expect(await revokeCollaborator(database.db, partnerAccess, olga, open.value.collaboratorId)).toEqual(
      forbidden(),
    );
    const ownerAccess = await accessOf(applicationId, owner);
    expect(await revokeCollaborator(database.db, ownerAccess, owner, accepted.value.collaboratorId)).toEqual(
      done(),
    );
    expect(await sees(applicationId, olga)).toBe(false);
    expect(await revokeCollaborator(database.db, ownerAccess, owner, accepted.value.collaboratorId)).toEqual(
      notFound(),
    );

    expect(await revokeCollaborator(database.db, ownerAccess, owner, open.value.collaboratorId)).toEqual(
      done(),
    );
    expect(await acceptInvitation(open.value.collaboratorId, sven)).toEqual(notFound());
    const list = await listCollaborators(database.db, ownerAccess);
    expect(list.map((c) => c.status)).toEqual(["revoked", "revoked"]);
    // A removed partner can be invited again, with a new link.
    expect(await invite(applicationId)).toMatchObject({ ok: true });
  });

  it("cannot remove another application's partner", async () => {
    const mine = await newDraft();
    const theirs = await newDraft();
    const result = await invite(theirs);
    if (!result.ok) throw new Error(result.kind);
    expect(
      await revokeCollaborator(database.db, await accessOf(mine, owner), owner, result.value.collaboratorId),
    ).toEqual(notFound());
  });

  it("shows e-mail addresses to the applicant only", async () => {
    const applicationId = await newDraft();
    const result = await invite(applicationId);
    if (!result.ok) throw new Error(result.kind);
    await acceptInvitation(result.value.collaboratorId, olga);
    const [asApplicant] = await listCollaborators(database.db, await accessOf(applicationId, owner));
    const [asPartner] = await listCollaborators(database.db, await accessOf(applicationId, olga));
    expect(asApplicant).toMatchObject({ name: "Olga Ivanova", email: "olga@example.ru", status: "accepted" });
    expect(asPartner).toMatchObject({ name: "Olga Ivanova", email: null });
  });
});

describe(`the team's conversation and the case thread (${testBackend})`, () => {
  async function draftWithPartners() {
    const applicationId = await newDraft();
    const commenting = await invite(applicationId);
    const reading = await invite(applicationId, {
      email: "sven@example.se",
      canComment: false,
      locale: "en",
    });
    if (!commenting.ok || !reading.ok) throw new Error("invite failed");
    await acceptInvitation(commenting.value.collaboratorId, olga);
    await acceptInvitation(reading.value.collaboratorId, sven);
    return applicationId;
  }

  /** The message e-mails about one application (each test has its own), oldest first. */
  const messageMailsAbout = async (applicationId: string) =>
    (
      await database.db
        .select()
        .from(mailOutbox)
        .where(eq(mailOutbox.template, "application-message"))
        .orderBy(asc(mailOutbox.createdAt))
    ).filter((m) => m.text.includes(`/applications/${applicationId}/`));

  it("keeps a partner's comment and tells everyone else on the team, in their language, without the text", async () => {
    const applicationId = await draftWithPartners();
    const body = "  Мы можем приехать 12 марта.\nБюджет на питание проверю.  ";
    const result = await postAs(olga, applicationId, "team", body);
    if (!result.ok) throw new Error(result.error);
    const messages = await listMessages(database.db, await accessOf(applicationId, owner), "team");
    expect(messages).toEqual([
      expect.objectContaining({
        authorId: olga.id,
        authorName: "Olga Ivanova",
        fromStaff: false,
        body: "Мы можем приехать 12 марта.\nБюджет на питание проверю.",
      }),
    ]);
    const sent = await messageMailsAbout(applicationId);
    expect(sent.map((m) => [m.recipient, m.locale]).sort()).toEqual([
      ["kari@pasvik.no", "nb"],
      ["ola@pasvik.no", "en"],
      ["sven@example.se", "en"],
    ]);
    const toKari = sent.find((m) => m.recipient === "kari@pasvik.no")!;
    expect(toKari.subject).toBe("Ny melding om søknaden «Grenseløst kor»");
    expect(toKari.text).toContain(`https://bridge.example.no/nb/applications/${applicationId}/team`);
    for (const message of sent) {
      expect(message.template).toBe("application-message");
      expect(message.text).not.toContain("12 марта");
      expect(message.html).not.toContain("12 марта");
    }
    // Everyone on the team reads it, the partner without the right to comment too.
    expect(await listMessages(database.db, await accessOf(applicationId, sven), "team")).toHaveLength(1);
  });

  it("lets only partners with the right comment, and refuses empty and overlong messages", async () => {
    const applicationId = await draftWithPartners();
    expect(await postAs(sven, applicationId, "team", "Hello")).toEqual({ ok: false, error: "forbidden" });
    const ownerAccess = await accessOf(applicationId, owner);
    expect(await postMessage(database.db, ownerAccess, owner, "team", " \n ", mail)).toEqual({
      ok: false,
      error: "empty",
    });
    expect(await postMessage(database.db, ownerAccess, owner, "team", "x".repeat(5001), mail)).toEqual({
      ok: false,
      error: "too-long",
    });
    expect(
      await postMessage(database.db, ownerAccess, owner, "team", ` ${"x".repeat(5000)} `, mail),
    ).toMatchObject({
      ok: true,
    });
    const stored = await database.db
      .select()
      .from(applicationMessages)
      .where(eq(applicationMessages.applicationId, applicationId));
    expect(stored).toHaveLength(1);
  });

  it("keeps the team's conversation from the secretariat and the case thread from partners", async () => {
    const applicationId = await draftWithPartners();
    const partnerAccess = await accessOf(applicationId, olga);
    await expect(listMessages(database.db, partnerAccess, "case")).rejects.toThrow(ChannelForbiddenError);
    expect(await postMessage(database.db, partnerAccess, olga, "case", "Hello", mail)).toEqual({
      ok: false,
      error: "forbidden",
    });
    // A draft has no case yet.
    expect(await postAs(owner, applicationId, "case", "Hello")).toEqual({
      ok: false,
      error: "forbidden",
    });
    expect(await sees(applicationId, adviser)).toBe(false);

    const sent = await newDraft("submitted", "2026/00042");
    const staffAccess = await accessOf(sent, adviser);
    await expect(listMessages(database.db, staffAccess, "team")).rejects.toThrow(ChannelForbiddenError);
    expect(await postMessage(database.db, staffAccess, adviser, "team", "Hello", mail)).toEqual({
      ok: false,
      error: "forbidden",
    });
  });

  it("tells the applicant's members when the secretariat writes on the case, and nobody yet the other way", async () => {
    const applicationId = await newDraft("submitted", "2026/00043");
    const fromStaff = await postAs(
      adviser,
      applicationId,
      "case",
      "Please send the partner's letter of intent.",
    );
    if (!fromStaff.ok) throw new Error(fromStaff.error);
    const sent = await messageMailsAbout(applicationId);
    expect(sent.map((m) => m.recipient).sort()).toEqual(["kari@pasvik.no", "ola@pasvik.no"]);
    const toOla = sent.find((m) => m.recipient === "ola@pasvik.no")!;
    expect(toOla.subject).toBe("New message from the Barents Secretariat about application 2026/00043");
    expect(toOla.text).toContain(`https://bridge.example.no/en/applications/${applicationId}/status`);
    expect(toOla.text).not.toContain("letter of intent");

    const reply = await postAs(member, applicationId, "case", "Attached it now.");
    expect(reply).toMatchObject({ ok: true });
    // The applicant's answer on the case tells no one by e-mail.
    expect(await messageMailsAbout(applicationId)).toHaveLength(2);
    const thread = await listMessages(database.db, await accessOf(applicationId, owner), "case");
    expect(thread.map((m) => [m.body, m.fromStaff])).toEqual([
      ["Please send the partner's letter of intent.", true],
      ["Attached it now.", false],
    ]);
    expect(await listMessages(database.db, await accessOf(applicationId, adviser), "case")).toHaveLength(2);
  });

  it("does not write to the author of a message", async () => {
    const applicationId = await newDraft();
    const result = await postAs(owner, applicationId, "team", "Hi");
    if (!result.ok) throw new Error(result.error);
    const sent = await messageMailsAbout(applicationId);
    expect(sent.map((m) => m.recipient)).toEqual(["ola@pasvik.no"]);
  });
});

describe("strangers", () => {
  it("have no access to an application they were not invited to", async () => {
    const applicationId = await newDraft();
    expect(await sees(applicationId, stranger)).toBe(false);
  });
});
