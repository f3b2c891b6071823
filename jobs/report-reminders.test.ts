import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { mailOutbox, users } from "#db/schema.ts";
import { listApplicationEvents } from "#domain/applications/application-events.server.ts";
import { seedGrantedCase } from "#domain/payments/testing/granted-case.ts";
import { databaseForTheseTests, testBackend } from "#tests/database.ts";
import type { JobContext } from "./job-queue.ts";
import { createReportReminderJobs, reportRemindersQueue } from "./report-reminders.ts";

const database = databaseForTheseTests();

describe(`the report reminder job (${testBackend})`, () => {
  it("is scheduled daily and queues the reminders it writes for delivery, sending no job itself", async () => {
    const now = new Date("2027-02-25T05:00:00Z");
    const granted = await seedGrantedCase(database.db, {
      now: new Date("2026-06-01T10:00:00Z"),
      state: "running",
      reportDueAt: new Date("2027-03-01T22:59:59Z"),
    });
    const sent: { queue: string; data: unknown }[] = [];
    const job: JobContext = {
      id: "job-1",
      queue: reportRemindersQueue,
      attempt: 1,
      lastAttempt: false,
      send: async (queue, data) => {
        sent.push({ queue, data });
        return "id";
      },
    };
    const jobs = createReportReminderJobs({
      db: database.db,
      smtpEnabled: true,
      baseUrl: "https://grants.example",
      now: () => now,
    });
    expect(jobs.queues[reportRemindersQueue]?.schedule).toBe("0 5 * * *");
    await jobs.handlers[reportRemindersQueue]!({}, job);
    await jobs.handlers[reportRemindersQueue]!({}, job);
    const events = await listApplicationEvents(database.db, granted.applicationId);
    expect(events.filter((e) => e.kind === "report-reminder").map((e) => e.data)).toEqual([{ days: 7 }]);
    const [member] = await database.db.select().from(users).where(eq(users.id, granted.userId));
    const mails = await database.db.select().from(mailOutbox).where(eq(mailOutbox.recipient, member!.email));
    const reminders = mails.filter((m) => m.text.includes("final-report"));
    expect(reminders).toHaveLength(1);
    expect(reminders[0]!.status).toBe("queued");
    // Delivery follows from the commit (jobs/listen-for-committed-mail.ts), not from the job.
    expect(sent).toEqual([]);
  });
});
