import crypto from "node:crypto";
import { and, eq } from "drizzle-orm";
import { extractText } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applications, assessments, grants, meetingItems, meetings, members } from "#db/schema.ts";
import { type SentCase, seedCase } from "#domain/meetings/testing/decision-fixture.ts";
import type { CaseState } from "#vocabulary/vocabulary.ts";
import { testBackend } from "../database.ts";
import { addUser, loginCookie } from "../fixtures/fixtures.ts";
import { startTestApp, type TestApp } from "./start-test-app.ts";

// Assessment, meetings and decisions, and the applicant's grant page, through the real HTTP app with
// forms posted as a browser without JavaScript posts them. The fixture's applications ask for
// NOK 70,000 (a secretariat case) and end 200 days from now.

let app: TestApp;
const cookies: Record<"applicant" | "other" | "adviser" | "manager" | "board", string> = {
  applicant: "",
  other: "",
  adviser: "",
  manager: "",
  board: "",
};
let applicantId: string;

beforeAll(async () => {
  app = await startTestApp();
  const user = await addUser(app.services.db, {
    email: "grantee@example.org",
    name: "Grete Grantee",
    role: "applicant",
  });
  applicantId = user.id;
  cookies.applicant = await loginCookie(app, "grantee@example.org");
  cookies.other = await loginCookie(app, "applicant@example.org");
  cookies.adviser = await loginCookie(app, "adviser@example.org");
  cookies.manager = await loginCookie(app, "manager@example.org");
  cookies.board = await loginCookie(app, "board@example.org");
});
afterAll(async () => {
  await app?.close();
});

const get = (path: string, cookie?: string) =>
  fetch(`${app.url}${path}`, { redirect: "manual", headers: cookie ? { cookie } : {} });

const plain = (text: string) => text.replace(/\s+/g, " ");
/** A page's text as read: tags and React's comment markers out, apostrophes decoded. */
const pageText = async (response: Response) =>
  plain(
    (await response.text())
      .replace(/<!-- -->/g, "")
      .replace(/<[^>]+>/g, " ")
      .replace(/&#x27;/g, "'"),
  );

async function pdfText(response: Response): Promise<string> {
  expect(response.headers.get("content-type")).toBe("application/pdf");
  const { text } = await extractText(new Uint8Array(await response.arrayBuffer()), { mergePages: true });
  return plain(text);
}

/** A sent case of the logged-in applicant's organisation, put into `state`. */
async function caseOf(state: CaseState, decidedBy?: "board"): Promise<SentCase> {
  const sent = await seedCase(app.services.db, state, { decidedBy });
  await app.services.db.insert(members).values({
    id: crypto.randomUUID(),
    organizationId: sent.organisationId,
    userId: applicantId,
    role: "member",
  });
  return sent;
}

async function statusOf(applicationId: string) {
  const [row] = await app.services.db
    .select({ status: applications.status })
    .from(applications)
    .where(eq(applications.id, applicationId));
  return row?.status;
}

let meetingYear = 2040;
/** A meeting created through the form; a year of its own, so budgets of different tests never meet. */
async function createMeetingPage(kind: "secretariat" | "board", budget: string): Promise<string> {
  meetingYear += 1;
  const response = await app.post(
    "/en/meetings",
    { kind, programmeId: "no-ru-regular", heldOn: `${meetingYear}-03-02`, budgetNok: budget },
    cookies.manager,
  );
  expect(response.status).toBe(302);
  const location = response.headers.get("location")!;
  expect(location).toMatch(/^\/en\/meetings\/[0-9a-f-]{36}\?created=1$/);
  return location.slice("/en/meetings/".length, location.indexOf("?"));
}

async function addToAgenda(meetingId: string, applicationId: string): Promise<string> {
  const response = await app.post(
    `/en/meetings/${meetingId}`,
    { intent: "add", applicationId },
    cookies.manager,
  );
  expect(response.status).toBe(302);
  const [item] = await app.services.db
    .select({ id: meetingItems.id })
    .from(meetingItems)
    .where(and(eq(meetingItems.meetingId, meetingId), eq(meetingItems.applicationId, applicationId)));
  return item!.id;
}

const scores = (score: string) =>
  Object.fromEntries(
    ["cooperation", "relevance", "feasibility", "budget", "people-to-people"].flatMap((id) => [
      [`score-${id}`, score],
      [`comment-${id}`, `Comment on ${id}.`],
    ]),
  );

describe(`assessment through the pages (${testBackend})`, () => {
  it("declares first, refuses bad scores and amounts, saves, averages and completes", async () => {
    const sent = await caseOf("in_assessment");
    const path = `/en/cases/${sent.applicationId}/assessment`;
    const rows = () =>
      app.services.db.select().from(assessments).where(eq(assessments.applicationId, sent.applicationId));

    const undeclared = await app.post(
      path,
      { intent: "save", ...scores("4"), recommendation: "approve", amount: "60000" },
      cookies.adviser,
    );
    expect(undeclared.status).toBe(400);
    expect(await undeclared.text()).toContain(
      "Declare that you have no conflict of interest before you score.",
    );

    const conflict = await app.post(path, { intent: "conflict" }, cookies.adviser);
    expect(conflict.status).toBe(200);
    expect(await conflict.text()).toContain("You have a conflict of interest and cannot assess this case.");
    expect(await rows()).toHaveLength(0);

    const unticked = await app.post(path, { intent: "declare" }, cookies.adviser);
    expect(unticked.status).toBe(400);
    expect(await rows()).toHaveLength(0);
    expect((await app.post(path, { intent: "declare", noConflict: "on" }, cookies.adviser)).status).toBe(302);

    const badScore = await app.post(
      path,
      { intent: "save", ...scores("4"), "score-budget": "6", recommendation: "approve", amount: "60000" },
      cookies.adviser,
    );
    expect(badScore.status).toBe(400);
    expect(await badScore.text()).toContain("Choose a score from 0 to 5.");
    const aboveRequest = await app.post(
      path,
      { intent: "save", ...scores("4"), recommendation: "approve", amount: "70 001" },
      cookies.adviser,
    );
    expect(aboveRequest.status).toBe(400);
    expect(await aboveRequest.text()).toContain("Write a whole amount in NOK from 1 to 70,000");
    expect((await rows())[0]?.submittedAt).toBeNull();

    const saved = await app.post(
      path,
      { intent: "save", ...scores("4"), recommendation: "approve", amount: "60 000" },
      cookies.adviser,
    );
    expect(saved.status).toBe(302);
    const page = await pageText(await get(path, cookies.manager));
    expect(page).toContain("Assessment by Anders Adviser");
    expect(page).toContain("Approve NOK 60,000");
    expect(page).toContain("Average of 1 assessment");

    // The board sees only the cases it decides (the workbench's rule), so not this one; and it
    // never assesses.
    expect((await get(path, cookies.board)).status).toBe(404);
    expect((await app.post(path, { intent: "declare", noConflict: "on" }, cookies.board)).status).toBe(403);

    expect((await app.post(path, { intent: "complete" }, cookies.adviser)).status).toBe(302);
    expect(await statusOf(sent.applicationId)).toBe("ready_for_decision");
  });

  it("refuses to complete an assessment nobody has submitted", async () => {
    const sent = await caseOf("in_assessment");
    const response = await app.post(
      `/en/cases/${sent.applicationId}/assessment`,
      { intent: "complete" },
      cookies.manager,
    );
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("At least one assessor must submit an assessment");
    expect(await statusOf(sent.applicationId)).toBe("in_assessment");
  });
});

describe(`a processing meeting (${testBackend})`, () => {
  it("records an approval within the budget, refuses amounts above the request or the budget, and prints the minutes", async () => {
    const sent = await caseOf("ready_for_decision");
    const badMeeting = await app.post(
      "/en/meetings",
      { kind: "secretariat", programmeId: "no-ru-regular", heldOn: "2026-02-30", budgetNok: "100000" },
      cookies.manager,
    );
    expect(badMeeting.status).toBe(400);
    expect(await badMeeting.text()).toContain("Write the date as YYYY-MM-DD");
    expect(
      await app.services.db.select().from(meetings).where(eq(meetings.heldOn, "2026-02-30")),
    ).toHaveLength(0);

    const meetingId = await createMeetingPage("secretariat", "60 000");
    const itemId = await addToAgenda(meetingId, sent.applicationId);
    const path = `/en/meetings/${meetingId}`;
    const decide = (fields: Record<string, string>, cookie = cookies.manager) =>
      app.post(path, { intent: "decide", itemId, ...fields }, cookie);

    const aboveRequest = await decide({ outcome: "approve", amount: "70 001" });
    expect(aboveRequest.status).toBe(400);
    expect(await pageText(aboveRequest)).toContain(
      "The amount is above the amount applied for (NOK 70,000).",
    );
    const aboveBudget = await decide({ outcome: "approve", amount: "65000" });
    expect(aboveBudget.status).toBe(400);
    expect(await pageText(aboveBudget)).toContain(
      "The amount is above what is left of the programme's budget for the year (NOK 60,000).",
    );
    const noReasons = await decide({ outcome: "reject", reasons: " " });
    expect(noReasons.status).toBe(400);
    // The board does not decide the secretariat's cases.
    const byBoard = await decide({ outcome: "approve", amount: "50000" }, cookies.board);
    expect(byBoard.status).toBe(403);
    expect(await byBoard.text()).toContain("decided by the secretariat");
    expect(await statusOf(sent.applicationId)).toBe("ready_for_decision");
    expect(
      await app.services.db.select().from(grants).where(eq(grants.applicationId, sent.applicationId)),
    ).toEqual([]);

    const approved = await decide({ outcome: "approve", amount: "50 000", conditions: "Both gatherings." });
    expect(approved.status).toBe(302);
    expect(await statusOf(sent.applicationId)).toBe("approved");
    const page = await pageText(await get(path, cookies.manager));
    expect(page).toContain("Budget left NOK 10,000");
    expect(page).toContain("Approved: NOK 50,000");

    expect((await get(`${path}/minutes.pdf`, cookies.manager)).status).toBe(404);
    expect((await app.post(path, { intent: "close" }, cookies.manager)).status).toBe(302);
    const minutes = await pdfText(await get(`/nb/meetings/${meetingId}/minutes.pdf`, cookies.board));
    expect(minutes).toContain("Protokoll: Behandlingsmøte (sekretariatet)");
    expect(minutes).toContain("Innvilget i dette møtet 50 000 kr");
    expect(minutes).toContain("Igjen av budsjettet da møtet ble avsluttet 10 000 kr");
    expect(minutes).toContain("Vilkår Both gatherings.");
  });

  it("refuses a decision on a case that is not ready, and keeps programme managers off board cases", async () => {
    const notReady = await caseOf("ready_for_decision");
    const boardCase = await caseOf("ready_for_decision", "board");
    const meetingId = await createMeetingPage("secretariat", "1000000");
    const itemId = await addToAgenda(meetingId, notReady.applicationId);
    const refusedAdd = await app.post(
      `/en/meetings/${meetingId}`,
      { intent: "add", applicationId: boardCase.applicationId },
      cookies.manager,
    );
    expect(refusedAdd.status).toBe(400);
    expect(await refusedAdd.text()).toContain("The case is decided at the other level");

    await app.services.db
      .update(applications)
      .set({ status: "in_assessment" })
      .where(eq(applications.id, notReady.applicationId));
    const response = await app.post(
      `/en/meetings/${meetingId}`,
      { intent: "decide", itemId, outcome: "approve", amount: "50000" },
      cookies.manager,
    );
    expect(response.status).toBe(409);
    expect(await pageText(response)).toContain(
      "This cannot be done with the case as it stands now (Assessment).",
    );
    expect(await statusOf(notReady.applicationId)).toBe("in_assessment");

    const boardMeeting = await createMeetingPage("board", "1000000");
    const boardItem = await addToAgenda(boardMeeting, boardCase.applicationId);
    const byManager = await app.post(
      `/en/meetings/${boardMeeting}`,
      { intent: "decide", itemId: boardItem, outcome: "approve", amount: "50000" },
      cookies.manager,
    );
    expect(byManager.status).toBe(403);
    expect(await statusOf(boardCase.applicationId)).toBe("ready_for_decision");
  });
});

describe(`the applicant's decision (${testBackend})`, () => {
  it("reads the grant, downloads the letter and accepts it; who and when are recorded", async () => {
    const sent = await caseOf("ready_for_decision");
    const meetingId = await createMeetingPage("secretariat", "1000000");
    const itemId = await addToAgenda(meetingId, sent.applicationId);
    await app.post(
      `/en/meetings/${meetingId}`,
      {
        intent: "decide",
        itemId,
        outcome: "approve",
        amount: "50000",
        conditions: "Report both gatherings.",
      },
      cookies.manager,
    );
    const path = `/en/applications/${sent.applicationId}/grant`;
    const page = await pageText(await get(path, cookies.applicant));
    expect(page).toContain("Your application is approved");
    expect(page).toContain("Up to 75 % of the grant: NOK 37,500");

    const letter = await pdfText(
      await get(`/ru/applications/${sent.applicationId}/grant-letter.pdf`, cookies.applicant),
    );
    expect(letter).toContain("Грантовое письмо");
    expect(letter).toContain("50 000 NOK");
    expect(letter).toContain("37 500 NOK");
    expect(letter).toContain("Report both gatherings.");

    const unconfirmed = await app.post(path, { intent: "accept" }, cookies.applicant);
    expect(unconfirmed.status).toBe(400);
    expect(await unconfirmed.text()).toContain("Tick the box to confirm");
    expect((await app.post(path, { intent: "accept", confirm: "on" }, cookies.applicant)).status).toBe(302);
    const [grant] = await app.services.db
      .select()
      .from(grants)
      .where(eq(grants.applicationId, sent.applicationId));
    expect(grant?.acceptedBy).toBe(applicantId);
    expect(grant?.acceptedAt).toBeInstanceOf(Date);
    expect(await statusOf(sent.applicationId)).toBe("grant_accepted");
    expect(await pageText(await get(path, cookies.applicant))).toContain("Accepted by Grete Grantee");
  });

  it("appeals a rejection to the board, which upholds it", async () => {
    const sent = await caseOf("ready_for_decision");
    const meetingId = await createMeetingPage("secretariat", "1000000");
    const itemId = await addToAgenda(meetingId, sent.applicationId);
    expect(
      (
        await app.post(
          `/en/meetings/${meetingId}`,
          { intent: "decide", itemId, outcome: "reject", reasons: "The partner's role is unclear." },
          cookies.manager,
        )
      ).status,
    ).toBe(302);
    const path = `/en/applications/${sent.applicationId}/grant`;
    const page = await pageText(await get(path, cookies.applicant));
    expect(page).toContain("Your application is rejected");
    expect(page).toContain("You may appeal to the board until");
    const letter = await pdfText(
      await get(`/en/applications/${sent.applicationId}/grant-letter.pdf`, cookies.applicant),
    );
    expect(letter).toContain("The partner's role is unclear.");
    expect(letter).toContain("You may appeal this decision to the board.");

    const empty = await app.post(path, { intent: "appeal", reason: "" }, cookies.applicant);
    expect(empty.status).toBe(400);
    expect(await statusOf(sent.applicationId)).toBe("rejected");
    expect(
      (
        await app.post(
          path,
          { intent: "appeal", reason: "The partner leads the second gathering." },
          cookies.applicant,
        )
      ).status,
    ).toBe(302);
    expect(await statusOf(sent.applicationId)).toBe("appealed");

    // The board reads the assessment of the appeal it decides, though the secretariat decided the case.
    expect((await get(`/en/cases/${sent.applicationId}/assessment`, cookies.board)).status).toBe(200);
    const boardMeeting = await createMeetingPage("board", "1000000");
    const appealItem = await addToAgenda(boardMeeting, sent.applicationId);
    const upheld = await app.post(
      `/en/meetings/${boardMeeting}`,
      { intent: "decide", itemId: appealItem, outcome: "approve", amount: "45000" },
      cookies.board,
    );
    expect(upheld.status).toBe(302);
    expect(await statusOf(sent.applicationId)).toBe("approved");
    expect(await pageText(await get(path, cookies.applicant))).toContain("NOK 45,000");
  });
});

describe(`who may open these pages (${testBackend})`, () => {
  it("keeps applicants off staff pages and other organisations off the grant page", async () => {
    const sent = await caseOf("in_assessment");
    const meetingId = await createMeetingPage("secretariat", "1000000");
    for (const path of [
      `/en/cases/${sent.applicationId}/assessment`,
      "/en/meetings",
      `/en/meetings/${meetingId}`,
      `/en/meetings/${meetingId}/minutes.pdf`,
    ]) {
      expect((await get(path, cookies.applicant)).status, path).toBe(403);
      expect((await get(path)).status, path).toBe(302);
    }
    expect((await app.post("/en/meetings", { kind: "board" }, cookies.applicant)).status).toBe(403);
    // Advisers read meetings but do not set them up.
    expect((await get("/en/meetings", cookies.adviser)).status).toBe(200);
    expect(
      (
        await app.post(
          "/en/meetings",
          { kind: "board", programmeId: "no-ru-regular", heldOn: "2050-01-01", budgetNok: "1" },
          cookies.adviser,
        )
      ).status,
    ).toBe(403);
    for (const path of [
      `/en/applications/${sent.applicationId}/grant`,
      `/en/applications/${sent.applicationId}/grant-letter.pdf`,
    ]) {
      expect((await get(path, cookies.other)).status, path).toBe(404);
    }
    expect(
      (
        await app.post(
          `/en/applications/${sent.applicationId}/grant`,
          { intent: "accept", confirm: "on" },
          cookies.other,
        )
      ).status,
    ).toBe(404);
    // Nothing decided yet: the page says so, and there is no letter.
    expect(
      await pageText(await get(`/en/applications/${sent.applicationId}/grant`, cookies.applicant)),
    ).toContain("No decision has been made yet.");
    expect(
      (await get(`/en/applications/${sent.applicationId}/grant-letter.pdf`, cookies.applicant)).status,
    ).toBe(404);
  });
});
