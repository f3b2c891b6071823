import { finalStates } from "#domain/cases/case-states.ts";
import { type CaseState, caseStates } from "#vocabulary/vocabulary.ts";

// The workbench's queues as data: each is a set of states, optionally narrowed by who the case is
// assigned to and by where its final report stands. One definition feeds the SQL of the lists and
// counts (queueCondition) and a plain check of one case (isInQueue) that the tests hold it against.

/** A running project's report counts as due this many days ahead of its deadline. */
export const reportDueWindowDays = 30;

export interface QueueDefinition {
  id: string;
  states: readonly CaseState[];
  /** nobody: not yet assigned to an adviser; me: assigned to the person looking. */
  assignee?: "nobody" | "me";
  /**
   * due-soon: the report deadline is within the next reportDueWindowDays days; overdue: it has
   * passed. Either way only while the report is not approved.
   */
  report?: "due-soon" | "overdue";
}

const openStates = caseStates.filter((state) => state !== "draft" && !finalStates.includes(state));

export const queues = [
  { id: "new", states: ["submitted"], assignee: "nobody" },
  { id: "mine", states: openStates, assignee: "me" },
  { id: "waiting", states: ["returned", "report_returned"] },
  { id: "ready", states: ["ready_for_decision"] },
  { id: "decided", states: ["approved", "rejected", "appealed", "grant_accepted"] },
  { id: "reports-due", states: ["running"], report: "due-soon" },
  { id: "reports-overdue", states: ["running", "report_returned"], report: "overdue" },
] as const satisfies readonly QueueDefinition[];

export type QueueId = (typeof queues)[number]["id"];
/** "all": every case the person may see, the queues' common ground for filtering by state. */
export type QueueChoice = QueueId | "all";
export const queueIds = queues.map((queue) => queue.id) as QueueId[];
export const queueChoices: readonly QueueChoice[] = ["all", ...queueIds];

export function findQueue(id: QueueId): QueueDefinition {
  return queues.find((queue) => queue.id === id)!;
}

/** The end of the "report due soon" window that starts at `now`. */
export function dueWindowEnd(now: Date): Date {
  return new Date(now.getTime() + reportDueWindowDays * 86_400_000);
}

export interface QueueFacts {
  status: CaseState;
  assignedAdviserId: string | null;
  reportDueAt: Date | null;
  reportApprovedAt: Date | null;
}

/** Whether one case is in the queue: the same definition read in plain code. */
export function isInQueue(queue: QueueDefinition, facts: QueueFacts, userId: string, now: Date): boolean {
  if (!queue.states.includes(facts.status)) return false;
  if (queue.assignee === "nobody" && facts.assignedAdviserId !== null) return false;
  if (queue.assignee === "me" && facts.assignedAdviserId !== userId) return false;
  if (queue.report) {
    if (facts.reportDueAt === null || facts.reportApprovedAt !== null) return false;
    const due = facts.reportDueAt.getTime();
    if (queue.report === "overdue" && !(due < now.getTime())) return false;
    if (queue.report === "due-soon" && !(due >= now.getTime() && due < dueWindowEnd(now).getTime()))
      return false;
  }
  return true;
}
