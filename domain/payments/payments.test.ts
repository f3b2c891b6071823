import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { applications, auditLog, mailOutbox, payments, users } from "#db/schema.ts";
import type { Person } from "#domain/access/case-scope.ts";
import { listApplicationEvents } from "#domain/applications/application-events.server.ts";
import { done, forbidden, notFound } from "#domain/result.ts";
import { databaseForTheseTests, testBackend } from "#tests/database.ts";
import { paymentDecisionOperations, refusePayment } from "./approve-payment.server.ts";
import { listCasePayments } from "./find-grant.server.ts";
import { listPayments, streamPayments } from "./list-payments.server.ts";
import { committedAmount } from "./payment-amounts.ts";
import { paymentCsvLines } from "./payment-csv.server.ts";
import { requestPayment } from "./request-payment.server.ts";
import { insertStaffUser, seedGrantedCase } from "./testing/granted-case.ts";

let adviser: Person;
let otherAdviser: Person;
let manager: Person;
const database = databaseForTheseTests(async () => {
  adviser = await insertStaffUser(database.db, "adviser", "kirkenes");
  otherAdviser = await insertStaffUser(database.db, "adviser", "murmansk");
  manager = await insertStaffUser(database.db, "programme_manager");
});

const mail = { smtpEnabled: false, baseUrl: "https://grants.example" };
const applicant = (userId: string): Person => ({ id: userId, role: "applicant", officeId: null });
type GrantedCase = Awaited<ReturnType<typeof seedGrantedCase>>;

/** The grantee asks for a payment on their own granted case. */
const askAsGrantee = (granted: GrantedCase, kind: "advance" | "final", amount: number, now = new Date()) =>
  requestPayment(database.db, {
    applicationId: granted.applicationId,
    kind,
    amount,
    user: applicant(granted.userId),
    now,
  });

/** The case's adviser refuses a requested payment. */
const refuseAsAdviser = (granted: GrantedCase, paymentId: string, now = new Date()) =>
  refusePayment(database.db, { applicationId: granted.applicationId, paymentId, actor: adviser, now, mail });

async function stateOf(applicationId: string) {
  const [row] = await database.db.select().from(applications).where(eq(applications.id, applicationId));
  return row!.status;
}

describe(`payments (${testBackend})`, () => {
  it("lets the grantee ask for an advance up to the programme's share, and refuses more with nothing changed", async () => {
    const granted = await seedGrantedCase(database.db, { amount: 70_000 });
    const now = new Date();
    const tooMuch = await askAsGrantee(granted, "advance", 52_501, now);
    expect(tooMuch).toMatchObject({
      ok: false,
      why: "invalid",
      reason: "payments.refused.above-advance-share",
      params: { max: 52_500 },
      fields: { amount: "payments.refused.above-advance-share" },
    });
    const aboveGrant = await askAsGrantee(granted, "advance", 70_001, now);
    expect(aboveGrant).toMatchObject({
      ok: false,
      reason: "payments.refused.above-grant",
      params: { max: 70_000 },
    });
    expect(await listCasePayments(database.db, granted.applicationId)).toEqual([]);
    expect(
      (await listApplicationEvents(database.db, granted.applicationId)).map((e) => e.kind),
    ).not.toContain("payment-requested");

    const ok = await askAsGrantee(granted, "advance", 52_500, now);
    expect(ok).toMatchObject({ ok: true, value: { status: "requested", amount: 52_500, kind: "advance" } });
    const again = await askAsGrantee(granted, "advance", 1, now);
    expect(again).toMatchObject({ ok: false, why: "state", reason: "payments.refused.advance-exists" });
  });

  it("lets only members of the organisation ask", async () => {
    const granted = await seedGrantedCase(database.db);
    const result = await requestPayment(database.db, {
      applicationId: granted.applicationId,
      kind: "advance",
      amount: 100,
      user: adviser,
      now: new Date(),
    });
    expect(result).toEqual(forbidden());
  });

  it("walks the advance through approval and payment, which starts the project, with history and audit", async () => {
    const granted = await seedGrantedCase(database.db, { amount: 80_000 });
    const now = new Date();
    const requested = await askAsGrantee(granted, "advance", 60_000, now);
    if (!requested.ok) throw new Error("request refused");
    const paymentId = requested.value.id;
    const decide = (decision: "approve" | "mark-paid" | "refuse", actor: Person) =>
      paymentDecisionOperations[decision](database.db, {
        applicationId: granted.applicationId,
        paymentId,
        actor,
        now,
        mail,
      });

    expect(await decide("mark-paid", adviser)).toMatchObject({
      ok: false,
      reason: "payments.decisionRefused.wrong-status",
    });
    // Another office's case does not exist for the adviser.
    expect(await decide("approve", otherAdviser)).toEqual(notFound());
    expect(await decide("approve", { id: granted.userId, role: "applicant", officeId: null })).toEqual(
      forbidden("case.refused.wrong-role"),
    );
    expect(await decide("approve", adviser)).toEqual(done({ status: "approved", transition: null }));
    expect(await stateOf(granted.applicationId)).toBe("grant_accepted");
    const [grantee] = await database.db.select().from(users).where(eq(users.id, granted.userId));
    const caseMails = () =>
      database.db
        .select()
        .from(mailOutbox)
        .where(and(eq(mailOutbox.recipient, grantee!.email), eq(mailOutbox.template, "case-update")));
    const mailsBefore = (await caseMails()).length;
    const paid = await decide("mark-paid", manager);
    expect(paid).toEqual(done({ status: "paid", transition: "start_project" }));
    // The project's start is the grantee's news, written in the same transaction as the payment.
    expect(await caseMails()).toHaveLength(mailsBefore + 1);
    expect(await stateOf(granted.applicationId)).toBe("running");
    expect(await decide("refuse", adviser)).toMatchObject({
      ok: false,
      reason: "payments.decisionRefused.wrong-status",
    });

    const [row] = await database.db.select().from(payments).where(eq(payments.id, paymentId));
    expect(row).toMatchObject({ status: "paid", approvedBy: adviser.id });
    expect(row!.paidAt).not.toBeNull();
    const kinds = (await listApplicationEvents(database.db, granted.applicationId)).map((e) => e.kind);
    expect(kinds).toEqual(
      expect.arrayContaining(["payment-requested", "payment-approved", "payment-paid", "start_project"]),
    );
    const audit = await database.db.select().from(auditLog).where(eq(auditLog.entityId, paymentId));
    expect(audit.map((a) => a.action)).toEqual(["payment.request", "payment.approve", "payment.mark-paid"]);
  });

  it("pays the final payment only after the approved report, for the rest of the grant, and then closes", async () => {
    const granted = await seedGrantedCase(database.db, { amount: 70_000, state: "running" });
    const now = new Date();
    const advance = await askAsGrantee(granted, "advance", 50_000, now);
    if (!advance.ok) throw new Error("advance refused");
    const early = await askAsGrantee(granted, "final", 20_000, now);
    expect(early).toMatchObject({
      ok: false,
      reason: "payments.refused.wrong-state",
      params: { state: { message: "application.status.running" } },
    });

    await database.db
      .update(applications)
      .set({ status: "report_approved" })
      .where(eq(applications.id, granted.applicationId));
    const above = await askAsGrantee(granted, "final", 20_001, now);
    expect(above).toMatchObject({
      ok: false,
      reason: "payments.refused.above-grant",
      params: { max: 20_000 },
    });
    const final = await askAsGrantee(granted, "final", 20_000, now);
    if (!final.ok) throw new Error("final refused");
    for (const decision of ["approve", "mark-paid"] as const) {
      const result = await paymentDecisionOperations[decision](database.db, {
        applicationId: granted.applicationId,
        paymentId: final.value.id,
        actor: adviser,
        now,
        mail,
      });
      expect(result.ok).toBe(true);
      if (decision === "mark-paid") expect(result).toMatchObject({ value: { transition: "close" } });
    }
    expect(await stateOf(granted.applicationId)).toBe("closed");
  });

  it("gives a refused amount back to the grant", async () => {
    const granted = await seedGrantedCase(database.db, { amount: 10_000, state: "running" });
    const now = new Date();
    const first = await askAsGrantee(granted, "advance", 7_500, now);
    if (!first.ok) throw new Error("refused");
    const refused = await refuseAsAdviser(granted, first.value.id, now);
    expect(refused).toMatchObject({ ok: true, value: { status: "refused" } });
    const second = await askAsGrantee(granted, "advance", 7_500, now);
    expect(second.ok).toBe(true);
  });

  it("never lets concurrent requests add up to more than the grant", async () => {
    const granted = await seedGrantedCase(database.db, { amount: 10_000, state: "report_approved" });
    // Ten final-payment requests of 4,000 at once: the row lock lets exactly one through (one final
    // payment per case), and whatever the interleaving the sum stays within the grant.
    const results = await Promise.all(
      Array.from({ length: 10 }, () => askAsGrantee(granted, "final", 4_000)),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.kind === "refused")).toBe(true);
    const rows = await listCasePayments(database.db, granted.applicationId);
    expect(committedAmount(rows)).toBeLessThanOrEqual(10_000);
  });

  it("keeps the sum within the grant when advances and refusals race on many cases", async () => {
    const granted = await seedGrantedCase(database.db, { amount: 10_000, state: "running" });
    const first = await askAsGrantee(granted, "advance", 7_500);
    if (!first.ok) throw new Error("refused");
    // A refusal and ten new advance requests of the full share at once: at most one request gets in
    // after the refusal, never two, and never while the first advance still counts.
    const [refusal, ...requests] = await Promise.all([
      refuseAsAdviser(granted, first.value.id),
      ...Array.from({ length: 10 }, () => askAsGrantee(granted, "advance", 7_500)),
    ]);
    expect(refusal.ok).toBe(true);
    expect(requests.filter((r) => r.ok).length).toBeLessThanOrEqual(1);
    const rows = await listCasePayments(database.db, granted.applicationId);
    expect(committedAmount(rows)).toBeLessThanOrEqual(10_000);
    expect(rows.filter((r) => r.status !== "refused")).toHaveLength(requests.filter((r) => r.ok).length);
  });

  it("lists payments with filters and streams the same rows as CSV", async () => {
    const granted = await seedGrantedCase(database.db, { amount: 20_000, state: "running" });
    await askAsGrantee(granted, "advance", 15_000);
    const filters = { kind: "advance" as const, status: "requested" as const };
    const page = await listPayments(database.db, manager, filters, { page: 1, pageSize: 200 });
    expect(page.total).toBe(page.items.length);
    expect(page.items.every((p) => p.kind === "advance" && p.status === "requested")).toBe(true);
    expect(page.items.map((p) => p.caseNumber)).toContain(granted.caseNumber);
    const streamed: string[] = [];
    for await (const row of streamPayments(database.db, manager, filters, 2)) streamed.push(row.id);
    expect(streamed).toEqual(page.items.map((p) => p.id));
    const lines: string[] = [];
    for await (const line of paymentCsvLines(database.db, manager, filters, "en")) lines.push(line);
    expect(lines).toHaveLength(page.items.length + 1);
    expect(lines.slice(1).map((l) => l.split(";")[0])).toEqual(page.items.map((p) => p.caseNumber));
    const byCase = await listPayments(
      database.db,
      manager,
      { caseNumber: granted.caseNumber },
      { page: 1, pageSize: 10 },
    );
    expect(byCase.items.map((p) => p.applicationId)).toEqual([granted.applicationId]);
    const otherOffice = await listPayments(database.db, otherAdviser, {}, { page: 1, pageSize: 10 });
    expect(otherOffice.total).toBe(0);
    const none = await listPayments(database.db, manager, { caseNumber: "%" }, { page: 1, pageSize: 10 });
    expect(none.total).toBe(0);
  });
});
