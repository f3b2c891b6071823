import { asc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Queryable } from "#db/connection.ts";
import { applications, meetingItems, meetings, programmes, users } from "#db/schema.ts";
import type { ApplicationForm } from "#domain/applications/application-form.ts";
import { findLatestVersion } from "#domain/assessment/find-latest-version.server.ts";
import {
  type AssessmentSummary,
  listAssessments,
  summariseAssessments,
} from "#domain/assessment/list-assessments.server.ts";
import { selectCasesWithNames } from "#domain/cases/case-names.server.ts";
import type { CaseState, Locale } from "#vocabulary/vocabulary.ts";
import { type MeetingBudget, meetingBudget } from "./budget.server.ts";

export type MeetingRecord = typeof meetings.$inferSelect;

export interface AgendaItem {
  id: string;
  position: number;
  applicationId: string;
  organizationId: string;
  officeId: string | null;
  caseNumber: string;
  form: ApplicationForm;
  organisationName: string;
  status: CaseState;
  decidedBy: "secretariat" | "board";
  requested: number;
  assessment: AssessmentSummary;
  decision: "approved" | "rejected" | null;
  amount: number | null;
  conditions: string | null;
  reasons: string | null;
  decidedByName: string | null;
  decidedAt: Date | null;
}

export interface MeetingDetail {
  meeting: MeetingRecord;
  programmeName: Record<Locale, string>;
  budget: MeetingBudget;
  items: AgendaItem[];
}

const decider = alias(users, "decider");

/** A meeting with its agenda (each case with what was asked, the assessors' summary and the decision). */
export async function findMeeting(q: Queryable, meetingId: string): Promise<MeetingDetail | null> {
  const [row] = await q
    .select({ meeting: meetings, programmeName: programmes.name })
    .from(meetings)
    .innerJoin(programmes, eq(programmes.id, meetings.programmeId))
    .where(eq(meetings.id, meetingId));
  if (!row) return null;
  const rows = await selectCasesWithNames(q, {
    item: meetingItems,
    caseNumber: applications.caseNumber,
    organizationId: applications.organizationId,
    officeId: applications.officeId,
    form: applications.form,
    status: applications.status,
    decidedBy: applications.decidedBy,
    decidedByName: decider.name,
  })
    .innerJoin(meetingItems, eq(meetingItems.applicationId, applications.id))
    .leftJoin(decider, eq(decider.id, meetingItems.decidedBy))
    .where(eq(meetingItems.meetingId, meetingId))
    .orderBy(asc(meetingItems.position));
  const items: AgendaItem[] = [];
  for (const entry of rows) {
    const version = await findLatestVersion(q, entry.item.applicationId);
    const criteria = version?.rules.assessmentCriteria.map((criterion) => criterion.id) ?? [];
    const assessments = await listAssessments(q, entry.item.applicationId);
    items.push({
      id: entry.item.id,
      position: entry.item.position,
      applicationId: entry.item.applicationId,
      organizationId: entry.organizationId,
      officeId: entry.officeId,
      caseNumber: entry.caseNumber ?? "",
      form: entry.form as ApplicationForm,
      organisationName: entry.organisationName,
      status: entry.status,
      decidedBy: entry.decidedBy ?? "secretariat",
      requested: version?.requested ?? 0,
      assessment: summariseAssessments(assessments, criteria),
      decision: entry.item.decision,
      amount: entry.item.amount,
      conditions: entry.item.conditions,
      reasons: entry.item.reasons,
      decidedByName: entry.decidedByName,
      decidedAt: entry.item.decidedAt,
    });
  }
  return {
    meeting: row.meeting,
    programmeName: row.programmeName,
    budget: await meetingBudget(q, row.meeting),
    items,
  };
}
