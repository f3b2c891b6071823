import { and, eq, inArray } from "drizzle-orm";
import { extractText } from "unpdf";
import { describe, expect, it } from "vitest";
import { applicationEvents, applications, grants, meetingItems } from "#db/schema.ts";
import type { Person } from "#domain/access/case-scope.ts";
import type { ApplicationForm } from "#domain/applications/application-form.ts";
import { renderMinutes } from "#domain/documents/render-minutes.server.ts";
import { acceptGrant } from "#domain/grants/accept-grant.server.ts";
import { appealRejection } from "#domain/grants/appeal-rejection.server.ts";
import { findDecision } from "#domain/grants/find-decision.server.ts";
import { addMonths, endOfOsloDay } from "#domain/grants/grant-terms.ts";
import { notFound } from "#domain/result.ts";
import { databaseForTheseTests } from "#tests/database.ts";
import { addAgendaItem, listAgendaCandidates } from "./agenda.server.ts";
import { meetingBudget } from "./budget.server.ts";
import { closeMeeting } from "./close-meeting.server.ts";
import { createMeeting } from "./create-meeting.server.ts";
import { findMinutes } from "./find-minutes.server.ts";
import { recordDecision } from "./record-decision.server.ts";
import { addMember, createStaff, mail, type SentCase, seedCase } from "./testing/decision-fixture.ts";

// Meetings decide cases through the workflow: the amount within what was asked and the budget left
// (under a lock, so concurrent approvals cannot overspend), the grant and its terms written with the
// approval, and the applicant's acceptance or appeal. Each test uses its own year, so the budgets
// of the programme's meetings in one database never meet.

const database = databaseForTheseTests(async () => {
  // The programme (and offices) the meetings belong to.
  await seedCase(database.db, "draft", { now });
});

const now = new Date("2026-03-02T10:00:00Z");

async function meeting(kind: "secretariat" | "board", heldOn: string, budgetNok: number) {
  const manager = await createStaff(database.db, "programme_manager");
  const created = await createMeeting(database.db, {
    kind,
    programmeId: "no-ru-regular",
    heldOn,
    budgetNok,
    createdBy: manager.id,
    now,
  });
  if (!created.ok) throw new Error("meeting");
  return { id: created.id, manager };
}

async function onAgenda(meetingId: string, sent: SentCase, actor: { id: string }) {
  const added = await addAgendaItem(database.db, {
    meetingId,
    applicationId: sent.applicationId,
    actor,
    now,
  });
  if (!added.ok) throw new Error(`agenda: ${added.kind === "refused" ? added.reason : added.kind}`);
  const [item] = await database.db
    .select()
    .from(meetingItems)
    .where(and(eq(meetingItems.meetingId, meetingId), eq(meetingItems.applicationId, sent.applicationId)));
  return item!.id;
}

async function stateOf(applicationId: string) {
  const [row] = await database.db.select().from(applications).where(eq(applications.id, applicationId));
  const [grant] = await database.db.select().from(grants).where(eq(grants.applicationId, applicationId));
  const events = await database.db
    .select()
    .from(applicationEvents)
    .where(eq(applicationEvents.applicationId, applicationId));
  const items = await database.db
    .select()
    .from(meetingItems)
    .where(eq(meetingItems.applicationId, applicationId));
  return { status: row!.status, reportDueAt: row!.reportDueAt, grant, events: events.length, items };
}

const approve = (amount: number, conditions: string | null = null) =>
  ({ outcome: "approve", amount, conditions }) as const;

describe("a processing meeting's decisions", () => {
  it("approves within the budget: the grant, its terms and the report deadline are written", async () => {
    const { db } = database;
    const sent = await seedCase(db, "ready_for_decision", { now });
    const { id, manager } = await meeting("secretariat", "2031-03-02", 1_000_000);
    const itemId = await onAgenda(id, sent, manager);
    const result = await recordDecision(db, {
      meetingId: id,
      itemId,
      decision: approve(65_000, "Report on both gatherings."),
      actor: manager,
      now,
      mail,
    });
    expect(result).toMatchObject({ ok: true, value: { from: "ready_for_decision", to: "approved" } });
    const after = await stateOf(sent.applicationId);
    const [version] = await db
      .select({ form: applications.form })
      .from(applications)
      .where(eq(applications.id, sent.applicationId));
    const endDate = (version!.form as ApplicationForm).project!.endDate!;
    expect(after.grant).toMatchObject({
      amount: 65_000,
      conditions: "Report on both gatherings.",
      advanceMaxPercent: 75,
      reportDueOn: addMonths(endDate, 2),
      auditorRequired: false,
      meetingId: id,
      decidedAt: now,
      acceptedAt: null,
    });
    expect(after.reportDueAt).toEqual(endOfOsloDay(addMonths(endDate, 2)));
    expect(after.items[0]).toMatchObject({ decision: "approved", amount: 65_000, decidedBy: manager.id });
    expect(
      await meetingBudget(db, { programmeId: "no-ru-regular", heldOn: "2031-03-02", budgetNok: 1_000_000 }),
    ).toEqual({ budget: 1_000_000, approved: 65_000, left: 935_000 });
  });

  it("refuses an amount above the request or above the budget left, and changes nothing", async () => {
    const { db } = database;
    const first = await seedCase(db, "ready_for_decision", { now });
    const second = await seedCase(db, "ready_for_decision", { now });
    const { id, manager } = await meeting("secretariat", "2032-03-02", 100_000);
    const firstItem = await onAgenda(id, first, manager);
    const secondItem = await onAgenda(id, second, manager);
    const before = await stateOf(first.applicationId);

    const aboveRequest = await recordDecision(db, {
      meetingId: id,
      itemId: firstItem,
      decision: approve(70_001),
      actor: manager,
      now,
      mail,
    });
    expect(aboveRequest).toMatchObject({
      ok: false,
      reason: "meetings.refused.amount-above-request",
      params: { state: { message: "case.state.ready_for_decision" } },
    });
    expect(await stateOf(first.applicationId)).toEqual(before);

    expect(
      await recordDecision(db, {
        meetingId: id,
        itemId: secondItem,
        decision: approve(60_000),
        actor: manager,
        now,
        mail,
      }),
    ).toMatchObject({ ok: true });
    const aboveBudget = await recordDecision(db, {
      meetingId: id,
      itemId: firstItem,
      decision: approve(40_001),
      actor: manager,
      now,
      mail,
    });
    expect(aboveBudget).toMatchObject({ ok: false, reason: "meetings.refused.amount-above-budget" });
    expect(await stateOf(first.applicationId)).toEqual(before);
    // Exactly what is left is fine.
    expect(
      await recordDecision(db, {
        meetingId: id,
        itemId: firstItem,
        decision: approve(40_000),
        actor: manager,
        now,
        mail,
      }),
    ).toMatchObject({ ok: true });
  });

  it("never lets approvals at the same moment spend the same budget, across the year's meetings", async () => {
    const { db } = database;
    const one = await meeting("secretariat", "2033-03-02", 100_000);
    const two = await meeting("secretariat", "2033-04-06", 100_000);
    const cases: { meetingId: string; itemId: string; applicationId: string; actor: Person }[] = [];
    for (let index = 0; index < 6; index++) {
      const sent = await seedCase(db, "ready_for_decision", { now });
      const target = index % 2 === 0 ? one : two;
      cases.push({
        meetingId: target.id,
        itemId: await onAgenda(target.id, sent, target.manager),
        applicationId: sent.applicationId,
        actor: target.manager,
      });
    }
    // Hold every case's row until all the decisions are waiting for it, then let them go at once,
    // so they reach the budget check together.
    let decisions: Promise<Awaited<ReturnType<typeof recordDecision>>>[] = [];
    await db.transaction(async (tx) => {
      await tx
        .select({ id: applications.id })
        .from(applications)
        .where(
          inArray(
            applications.id,
            cases.map((c) => c.applicationId),
          ),
        )
        .for("update");
      decisions = cases.map((c) =>
        recordDecision(db, {
          meetingId: c.meetingId,
          itemId: c.itemId,
          decision: approve(70_000),
          actor: c.actor,
          now,
          mail,
        }),
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
    });
    const results = await Promise.all(decisions);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(
      results.filter(
        (result) =>
          !result.ok && result.kind === "refused" && result.reason === "meetings.refused.amount-above-budget",
      ),
    ).toHaveLength(5);
    expect(
      (await meetingBudget(db, { programmeId: "no-ru-regular", heldOn: "2033-05-01", budgetNok: 100_000 }))
        .approved,
    ).toBe(70_000);
    const written = await db
      .select({ id: grants.applicationId })
      .from(grants)
      .where(
        inArray(
          grants.applicationId,
          cases.map((c) => c.applicationId),
        ),
      );
    expect(written).toHaveLength(1);
  });

  it("keeps the board out of the secretariat's cases and programme managers out of the board's", async () => {
    const { db } = database;
    const board = await createStaff(db, "board_member");
    const adviser = await createStaff(db, "adviser", "kirkenes");
    const small = await seedCase(db, "ready_for_decision", { now });
    const large = await seedCase(db, "ready_for_decision", { now, decidedBy: "board" });
    const secretariat = await meeting("secretariat", "2034-03-02", 1_000_000);
    const boardMeeting = await meeting("board", "2034-03-10", 1_000_000);
    const smallItem = await onAgenda(secretariat.id, small, secretariat.manager);
    const largeItem = await onAgenda(boardMeeting.id, large, boardMeeting.manager);

    expect(
      await recordDecision(db, {
        meetingId: secretariat.id,
        itemId: smallItem,
        decision: approve(50_000),
        actor: board,
        now,
        mail,
      }),
    ).toEqual(notFound()); // the board does not see the secretariat's cases
    expect(
      await recordDecision(db, {
        meetingId: boardMeeting.id,
        itemId: largeItem,
        decision: { outcome: "reject", reasons: "No." },
        actor: boardMeeting.manager,
        now,
        mail,
      }),
    ).toMatchObject({ ok: false, reason: "case.refused.board-case" });
    expect(
      await recordDecision(db, {
        meetingId: secretariat.id,
        itemId: smallItem,
        decision: approve(50_000),
        actor: adviser,
        now,
        mail,
      }),
    ).toMatchObject({ ok: false, reason: "case.refused.wrong-role" });
    expect((await stateOf(small.applicationId)).status).toBe("ready_for_decision");
    expect((await stateOf(large.applicationId)).status).toBe("ready_for_decision");
    expect(
      await recordDecision(db, {
        meetingId: boardMeeting.id,
        itemId: largeItem,
        decision: approve(70_000),
        actor: board,
        now,
        mail,
      }),
    ).toMatchObject({ ok: true, value: { to: "approved" } });
  });

  it("puts on the agenda only cases ready for decision at the meeting's level, and refuses a decision on a case not ready", async () => {
    const { db } = database;
    const { id, manager } = await meeting("secretariat", "2035-03-02", 1_000_000);
    const assessing = await seedCase(db, "in_assessment", { now });
    const boardCase = await seedCase(db, "ready_for_decision", { now, decidedBy: "board" });
    const ready = await seedCase(db, "ready_for_decision", { now });
    expect(
      await addAgendaItem(db, { meetingId: id, applicationId: assessing.applicationId, actor: manager, now }),
    ).toMatchObject({ ok: false, reason: "meetings.refused.case-not-ready" });
    expect(
      await addAgendaItem(db, { meetingId: id, applicationId: boardCase.applicationId, actor: manager, now }),
    ).toMatchObject({ ok: false, reason: "meetings.refused.wrong-level" });
    const candidates = await listAgendaCandidates(db, {
      id,
      kind: "secretariat",
      programmeId: "no-ru-regular",
    });
    expect(candidates.map((c) => c.applicationId)).toContain(ready.applicationId);
    expect(candidates.map((c) => c.applicationId)).not.toContain(boardCase.applicationId);

    const itemId = await onAgenda(id, ready, manager);
    expect(
      await addAgendaItem(db, { meetingId: id, applicationId: ready.applicationId, actor: manager, now }),
    ).toMatchObject({ ok: false, reason: "meetings.refused.already-on-agenda" });
    // The case went back to assessment after it was put on the agenda.
    await db
      .update(applications)
      .set({ status: "in_assessment" })
      .where(eq(applications.id, ready.applicationId));
    const before = await stateOf(ready.applicationId);
    const result = await recordDecision(db, {
      meetingId: id,
      itemId,
      decision: approve(50_000),
      actor: manager,
      now,
      mail,
    });
    expect(result).toMatchObject({
      ok: false,
      reason: "case.refused.illegal-transition",
      params: { state: { message: "case.state.in_assessment" } },
    });
    expect(await stateOf(ready.applicationId)).toEqual(before);
  });
});

describe("after the decision", () => {
  it("records who accepted the grant and when; nobody else can accept it", async () => {
    const { db } = database;
    const sent = await seedCase(db, "ready_for_decision", { now });
    const { id, manager } = await meeting("secretariat", "2036-03-02", 1_000_000);
    const itemId = await onAgenda(id, sent, manager);
    await recordDecision(db, { meetingId: id, itemId, decision: approve(70_000), actor: manager, now, mail });

    const stranger = (await seedCase(db, "draft", { now })).applicant;
    const later = new Date("2026-03-05T08:00:00Z");
    expect(
      await acceptGrant(db, { applicationId: sent.applicationId, actor: stranger, now: later, mail }),
    ).toEqual(notFound());
    expect(
      await acceptGrant(db, { applicationId: sent.applicationId, actor: manager, now: later, mail }),
    ).toMatchObject({
      ok: false,
      reason: "case.refused.wrong-role",
    });
    const colleague = await addMember(db, sent.organisationId);
    expect(
      await acceptGrant(db, { applicationId: sent.applicationId, actor: colleague, now: later, mail }),
    ).toMatchObject({ ok: true, value: { to: "grant_accepted" } });
    const after = await stateOf(sent.applicationId);
    expect(after.grant).toMatchObject({ acceptedBy: colleague.id, acceptedAt: later });
    expect(
      await acceptGrant(db, { applicationId: sent.applicationId, actor: sent.applicant, now, mail }),
    ).toMatchObject({
      ok: false,
      reason: "case.refused.illegal-transition",
    });
  });

  it("takes a rejection through an appeal to the board, which upholds it with a grant", async () => {
    const { db } = database;
    const board = await createStaff(db, "board_member");
    const sent = await seedCase(db, "ready_for_decision", { now });
    const secretariat = await meeting("secretariat", "2037-03-02", 1_000_000);
    const itemId = await onAgenda(secretariat.id, sent, secretariat.manager);
    expect(
      await recordDecision(db, {
        meetingId: secretariat.id,
        itemId,
        decision: { outcome: "reject", reasons: "The partner's role is unclear." },
        actor: secretariat.manager,
        now,
        mail,
      }),
    ).toMatchObject({ ok: true, value: { to: "rejected" } });
    const rejected = await findDecision(db, { id: sent.applicationId, status: "rejected" });
    expect(rejected).toMatchObject({
      kind: "rejection",
      reasons: "The partner's role is unclear.",
      appealDeadline: "2026-03-23",
      appeal: null,
      final: false,
    });

    const appealedAt = new Date("2026-03-10T09:00:00Z");
    expect(
      await appealRejection(db, {
        applicationId: sent.applicationId,
        actor: sent.applicant,
        reason: "The partner leads the second gathering.",
        now: appealedAt,
        mail,
      }),
    ).toMatchObject({ ok: true, value: { to: "appealed" } });
    expect(await findDecision(db, { id: sent.applicationId, status: "appealed" })).toMatchObject({
      appeal: { at: appealedAt, reason: "The partner leads the second gathering." },
    });

    const boardMeeting = await meeting("board", "2037-04-10", 1_000_000);
    const secretariatCandidates = await listAgendaCandidates(db, {
      id: secretariat.id,
      kind: "secretariat",
      programmeId: "no-ru-regular",
    });
    expect(secretariatCandidates.map((c) => c.applicationId)).not.toContain(sent.applicationId);
    const appealItem = await onAgenda(boardMeeting.id, sent, boardMeeting.manager);
    expect(
      await recordDecision(db, {
        meetingId: boardMeeting.id,
        itemId: appealItem,
        decision: approve(55_000),
        actor: boardMeeting.manager,
        now: appealedAt,
        mail,
      }),
    ).toMatchObject({ ok: false, reason: "case.refused.wrong-role" });
    expect(
      await recordDecision(db, {
        meetingId: boardMeeting.id,
        itemId: appealItem,
        decision: approve(55_000),
        actor: board,
        now: appealedAt,
        mail,
      }),
    ).toMatchObject({ ok: true, value: { from: "appealed", to: "approved" } });
    expect((await stateOf(sent.applicationId)).grant).toMatchObject({
      amount: 55_000,
      meetingId: boardMeeting.id,
    });
  });

  it("closes the case when the board dismisses the appeal, and refuses appeals after three weeks", async () => {
    const { db } = database;
    const board = await createStaff(db, "board_member");
    const dismissed = await seedCase(db, "ready_for_decision", { now });
    const late = await seedCase(db, "ready_for_decision", { now });
    const secretariat = await meeting("secretariat", "2038-03-02", 1_000_000);
    for (const sent of [dismissed, late]) {
      const itemId = await onAgenda(secretariat.id, sent, secretariat.manager);
      await recordDecision(db, {
        meetingId: secretariat.id,
        itemId,
        decision: { outcome: "reject", reasons: "Outside the priority areas." },
        actor: secretariat.manager,
        now,
        mail,
      });
    }
    // 23 March, 23:59 Oslo time, is the last moment; a minute later is too late.
    expect(
      await appealRejection(db, {
        applicationId: late.applicationId,
        actor: late.applicant,
        reason: "Please reconsider.",
        now: new Date("2026-03-23T23:00:00Z"),
        mail,
      }),
    ).toMatchObject({
      ok: false,
      reason: "meetings.refused.appeal-too-late",
      params: { state: { message: "case.state.rejected" } },
    });

    await appealRejection(db, {
      applicationId: dismissed.applicationId,
      actor: dismissed.applicant,
      reason: "Please reconsider.",
      now: new Date("2026-03-23T22:59:00Z"),
      mail,
    });
    const boardMeeting = await meeting("board", "2038-04-10", 1_000_000);
    const itemId = await onAgenda(boardMeeting.id, dismissed, boardMeeting.manager);
    expect(
      await recordDecision(db, {
        meetingId: boardMeeting.id,
        itemId,
        decision: { outcome: "reject", reasons: "The appeal adds nothing new." },
        actor: board,
        now: new Date("2026-04-10T10:00:00Z"),
        mail,
      }),
    ).toMatchObject({ ok: true, value: { from: "appealed", to: "closed" } });
    expect(await findDecision(db, { id: dismissed.applicationId, status: "closed" })).toMatchObject({
      kind: "rejection",
      reasons: "The appeal adds nothing new.",
      meetingKind: "board",
      final: true,
    });
  });
});

describe("closing a meeting", () => {
  it("waits for every case, then gives minutes with each decision and the budget left after it", async () => {
    const { db } = database;
    const approved = await seedCase(db, "ready_for_decision", { now });
    const rejected = await seedCase(db, "ready_for_decision", { now });
    const { id, manager } = await meeting("secretariat", "2039-03-02", 500_000);
    const approvedItem = await onAgenda(id, approved, manager);
    const rejectedItem = await onAgenda(id, rejected, manager);
    await recordDecision(db, {
      meetingId: id,
      itemId: approvedItem,
      decision: approve(65_000, "Both gatherings take place."),
      actor: manager,
      now,
      mail,
    });
    expect(await closeMeeting(db, { meetingId: id, actor: manager, now })).toMatchObject({
      ok: false,
      reason: "meetings.refused.undecided-items",
    });
    expect(await findMinutes(db, id)).toBeNull();
    await recordDecision(db, {
      meetingId: id,
      itemId: rejectedItem,
      decision: { outcome: "reject", reasons: "No partner letter." },
      actor: manager,
      now: new Date(now.getTime() + 60_000),
      mail,
    });
    expect(
      await closeMeeting(db, { meetingId: id, actor: manager, now: new Date(now.getTime() + 120_000) }),
    ).toEqual({ ok: true, value: undefined });
    const third = await seedCase(db, "ready_for_decision", { now });
    expect(
      await addAgendaItem(db, { meetingId: id, applicationId: third.applicationId, actor: manager, now }),
    ).toMatchObject({ ok: false, reason: "meetings.refused.meeting-closed" });

    const minutes = await findMinutes(db, id);
    expect(minutes).toMatchObject({ approvedHere: 65_000, leftAtClose: 435_000 });
    const { text } = await extractText(new Uint8Array(await renderMinutes("en", minutes!)), {
      mergePages: true,
    });
    const all = text.replace(/\s+/g, " ");
    expect(all).toContain("Minutes: Processing meeting (secretariat) 2 March 2039");
    expect(all).toContain("Approved at this meeting NOK 65,000");
    expect(all).toContain("Budget left when the meeting closed NOK 435,000");
    expect(all).toContain("Conditions Both gatherings take place.");
    expect(all).toContain("Reasons No partner letter.");
    const [approvedRow] = await db
      .select({ caseNumber: applications.caseNumber })
      .from(applications)
      .where(eq(applications.id, approved.applicationId));
    // The table row of the approval: case, decision, amount, and the budget left after it.
    expect(all).toMatch(
      new RegExp(`${approvedRow!.caseNumber!.replace("/", "\\/")} .* Approved NOK 65,000 NOK 435,000`),
    );
    expect(minutes!.items.map((item) => item.budgetLeftAfter)).toEqual([435_000, 435_000]);
  });
});
