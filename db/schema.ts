import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  boolean,
  check,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import {
  type CallKind,
  type CaseState,
  type CatalogueSource,
  type CatalogueStatus,
  type CollaboratorKind,
  type Locale,
  locales,
  type MeetingKind,
  type MessageChannel,
  type OutboxStatus,
  type PaymentKind,
  type PaymentStatus,
  type Role,
  roles,
} from "../vocabulary/vocabulary.ts";

// One schema for both backends (PGlite and PostgreSQL). The first block is Better Auth's tables with
// our own columns added; field names follow Better Auth's so its Drizzle adapter maps them 1:1.

/** A vocabulary list as the SQL of an `in (...)` check, so the database refuses what the code does. */
const oneOf = (words: readonly string[]) => sql.raw(words.map((w) => `'${w}'`).join(","));

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp("updated_at", { withTimezone: true }).notNull().defaultNow();

export const offices = pgTable("office", {
  id: text("id").primaryKey(),
  name: jsonb("name").$type<Record<Locale, string>>().notNull(),
  city: jsonb("city").$type<Record<Locale, string>>().notNull(),
  countryCode: text("country_code").notNull(),
  address: text("address").notNull(),
  phone: text("phone"),
  email: text("email"),
  isHeadOffice: boolean("is_head_office").notNull().default(false),
  // The Russian offices closed in 2022-23; they stay as records because old cases refer to them.
  open: boolean("open").notNull().default(true),
  sortOrder: integer("sort_order").notNull().default(0),
});

export const users = pgTable(
  "user",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    email: text("email").notNull().unique(),
    emailVerified: boolean("email_verified").notNull().default(false),
    image: text("image"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    role: text("role").$type<Role>().notNull().default("applicant"),
    officeId: text("office_id").references(() => offices.id),
    locale: text("locale").$type<Locale>().notNull().default("nb"),
    // Set at login when the password no longer meets the policy (domain/accounts/password-policy.ts);
    // every page but logout and the change form then sends the person to change it.
    passwordChangeRequired: boolean("password_change_required").notNull().default(false),
  },
  (t) => [
    check("user_role_check", sql`${t.role} in (${oneOf(roles)})`),
    check("user_locale_check", sql`${t.locale} in (${oneOf(locales)})`),
  ],
);

export const sessions = pgTable(
  "session",
  {
    id: text("id").primaryKey(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    token: text("token").notNull().unique(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    ipAddress: text("ip_address"),
    userAgent: text("user_agent"),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    activeOrganizationId: text("active_organization_id"),
  },
  (t) => [index("session_user_idx").on(t.userId)],
);

export const accounts = pgTable(
  "account",
  {
    id: text("id").primaryKey(),
    accountId: text("account_id").notNull(),
    providerId: text("provider_id").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    accessToken: text("access_token"),
    refreshToken: text("refresh_token"),
    idToken: text("id_token"),
    accessTokenExpiresAt: timestamp("access_token_expires_at", { withTimezone: true }),
    refreshTokenExpiresAt: timestamp("refresh_token_expires_at", { withTimezone: true }),
    scope: text("scope"),
    password: text("password"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("account_user_idx").on(t.userId)],
);

export const verifications = pgTable(
  "verification",
  {
    id: text("id").primaryKey(),
    identifier: text("identifier").notNull(),
    value: text("value").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("verification_identifier_idx").on(t.identifier)],
);

export const organizations = pgTable("organization", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  slug: text("slug").notNull().unique(),
  logo: text("logo"),
  metadata: text("metadata"),
  createdAt: createdAt(),
  // Applicant organisations: Norwegian organisation number (9 digits, checked), address and county.
  orgNumber: text("org_number").unique(),
  address: text("address"),
  county: text("county"),
});

export const members = pgTable(
  "member",
  {
    id: text("id").primaryKey(),
    organizationId: text("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role").notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("member_org_user_idx").on(t.organizationId, t.userId)],
);

export const invitations = pgTable(
  "invitation",
  {
    id: text("id").primaryKey(),
    organizationId: text("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    role: text("role"),
    status: text("status").notNull().default("pending"),
    teamId: text("team_id"),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    inviterId: text("inviter_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [index("invitation_org_idx").on(t.organizationId), index("invitation_email_idx").on(t.email)],
);

export const rateLimits = pgTable("rate_limit", {
  id: text("id").primaryKey(),
  key: text("key").notNull().unique(),
  count: integer("count").notNull(),
  lastRequest: bigint("last_request", { mode: "number" }).notNull(),
});

// Failed logins per account and per client address (domain/accounts/login-lockout.server.ts). The key is
// an HMAC of the e-mail address or the address, never the value itself: the table holds no personal data.
export const loginFailures = pgTable(
  "login_failure",
  {
    key: text("key").primaryKey(),
    failures: integer("failures").notNull(),
    windowStartedAt: timestamp("window_started_at", { withTimezone: true }).notNull(),
    blockedUntil: timestamp("blocked_until", { withTimezone: true }),
  },
  (t) => [index("login_failure_window_idx").on(t.windowStartedAt)],
);

// ---- Programmes: rules are data (see domain/programmes/rules.ts for their shape) ----

export const programmes = pgTable("programme", {
  id: text("id").primaryKey(),
  name: jsonb("name").$type<Record<Locale, string>>().notNull(),
  summary: jsonb("summary").$type<Record<Locale, string>>().notNull(),
  rules: jsonb("rules").notNull(),
  active: boolean("active").notNull().default(true),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

// ---- Calls: a programme's windows for applying (domain/calls) ----

export const calls = pgTable(
  "call",
  {
    id: text("id").primaryKey(),
    programmeId: text("programme_id")
      .notNull()
      .references(() => programmes.id),
    title: jsonb("title").$type<Record<Locale, string>>().notNull(),
    // continuous: open until closed, decided as they come; deadline: sent by closesAt.
    kind: text("kind").$type<CallKind>().notNull(),
    opensAt: timestamp("opens_at", { withTimezone: true }).notNull(),
    closesAt: timestamp("closes_at", { withTimezone: true }),
    budgetNok: integer("budget_nok").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("call_programme_idx").on(t.programmeId)],
);

// ---- Applications (domain/applications) ----

// The case workflow's states (domain/cases/case-states.ts); the column is plain text.
export const applications = pgTable(
  "application",
  {
    id: text("id").primaryKey(),
    organizationId: text("organization_id")
      .notNull()
      .references(() => organizations.id),
    callId: text("call_id")
      .notNull()
      .references(() => calls.id),
    programmeId: text("programme_id")
      .notNull()
      .references(() => programmes.id),
    createdBy: text("created_by")
      .notNull()
      .references(() => users.id),
    status: text("status").$type<CaseState>().notNull().default("draft"),
    // The form as typed, invalid values included (domain/applications/application-form.ts).
    form: jsonb("form").notNull().default({}),
    // Bumped by every save; a save based on an older revision is a stale save.
    revision: integer("revision").notNull().default(0),
    caseNumber: text("case_number").unique(),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    // Case handling: the office and adviser responsible, who decides (by the requested amount at
    // submission), and the steps a return to the applicant unlocked.
    officeId: text("office_id").references(() => offices.id),
    assignedAdviserId: text("assigned_adviser_id").references(() => users.id),
    decidedBy: text("decided_by").$type<MeetingKind>(),
    unlockedSections: jsonb("unlocked_sections").$type<string[]>().notNull().default([]),
    // The grant's final report (filled by case handling): overdue or unapproved blocks new submissions.
    reportDueAt: timestamp("report_due_at", { withTimezone: true }),
    reportApprovedAt: timestamp("report_approved_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("application_org_idx").on(t.organizationId),
    index("application_call_idx").on(t.callId),
    index("application_status_idx").on(t.status),
    index("application_adviser_idx").on(t.assignedAdviserId),
    index("application_office_idx").on(t.officeId),
  ],
);

// Immutable: the application as sent, with the rules and call in force then (triggers refuse change).
/** One application row: the draft as typed, or the case it became. */
export type ApplicationRecord = typeof applications.$inferSelect;

export const applicationVersions = pgTable(
  "application_version",
  {
    id: text("id").primaryKey(),
    applicationId: text("application_id")
      .notNull()
      .references(() => applications.id),
    number: integer("number").notNull(),
    caseNumber: text("case_number").notNull(),
    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull(),
    submittedBy: text("submitted_by")
      .notNull()
      .references(() => users.id),
    // The submit form's token: a retry with the same key returns this version instead of a new one.
    idempotencyKey: text("idempotency_key").notNull().unique(),
    content: jsonb("content").notNull(),
    programmeRules: jsonb("programme_rules").notNull(),
    call: jsonb("call").notNull(),
    eligibility: jsonb("eligibility").notNull(),
  },
  (t) => [uniqueIndex("application_version_number_idx").on(t.applicationId, t.number)],
);

// One row per year; the submitting transaction takes the row lock, so numbers are gapless.
export const caseNumberCounters = pgTable("case_number_counter", {
  year: integer("year").primaryKey(),
  last: integer("last").notNull(),
});

// People invited to work on one application (partners across the border), with what they may do.
export const applicationCollaborators = pgTable(
  "application_collaborator",
  {
    id: text("id").primaryKey(),
    applicationId: text("application_id")
      .notNull()
      .references(() => applications.id),
    email: text("email").notNull(),
    name: text("name").notNull(),
    kind: text("kind").$type<CollaboratorKind>().notNull(),
    organisationName: text("organisation_name"),
    country: text("country").notNull(),
    canComment: boolean("can_comment").notNull().default(false),
    // Form steps the collaborator may edit; empty: view only.
    editSections: jsonb("edit_sections").$type<string[]>().notNull().default([]),
    status: text("status").$type<"invited" | "accepted" | "declined" | "revoked">().notNull(),
    userId: text("user_id").references(() => users.id),
    tokenHash: text("token_hash").notNull().unique(),
    invitedBy: text("invited_by")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    respondedAt: timestamp("responded_at", { withTimezone: true }),
  },
  (t) => [
    index("collaborator_application_idx").on(t.applicationId),
    index("collaborator_user_idx").on(t.userId),
  ],
);

export const attachments = pgTable(
  "attachment",
  {
    id: text("id").primaryKey(),
    applicationId: text("application_id")
      .notNull()
      .references(() => applications.id),
    // A required-attachment id of the programme, or "other".
    kind: text("kind").notNull(),
    fileName: text("file_name").notNull(),
    // Judged from the content (domain/attachments/sniff-file-type.ts), never from the name.
    mediaType: text("media_type").notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    sha256: text("sha256").notNull(),
    // Path under the attachments directory; the bytes never live in the database.
    storageKey: text("storage_key").notNull(),
    uploadedBy: text("uploaded_by")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    removedAt: timestamp("removed_at", { withTimezone: true }),
  },
  (t) => [index("attachment_application_idx").on(t.applicationId)],
);

// The case's history in events the applicant can read (status page), separate from the audit log.
export const applicationEvents = pgTable(
  "application_event",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    applicationId: text("application_id")
      .notNull()
      .references(() => applications.id),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    kind: text("kind").notNull(),
    actorId: text("actor_id"),
    data: jsonb("data").notNull().default({}),
  },
  (t) => [index("application_event_application_idx").on(t.applicationId, t.at)],
);

export const applicationMessages = pgTable(
  "application_message",
  {
    id: text("id").primaryKey(),
    applicationId: text("application_id")
      .notNull()
      .references(() => applications.id),
    authorId: text("author_id")
      .notNull()
      .references(() => users.id),
    // team: the applicant and its invited partners, about the draft; case: the applicant and the secretariat.
    channel: text("channel").$type<MessageChannel>().notNull(),
    fromStaff: boolean("from_staff").notNull(),
    body: text("body").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("application_message_application_idx").on(t.applicationId, t.channel, t.createdAt)],
);

// ---- Case handling (domain/cases) ----

export const screenings = pgTable("screening", {
  applicationId: text("application_id")
    .primaryKey()
    .references(() => applications.id),
  // The programme's manual checklist: item id -> ticked.
  checklist: jsonb("checklist").$type<Record<string, boolean>>().notNull().default({}),
  outcome: text("outcome").$type<"eligible" | "ineligible" | "returned">(),
  // What the applicant reads: the reason for ineligibility, or what to change when returned.
  reason: text("reason"),
  requestedSections: jsonb("requested_sections").$type<string[]>().notNull().default([]),
  screenedBy: text("screened_by").references(() => users.id),
  screenedAt: timestamp("screened_at", { withTimezone: true }),
});

export const assessments = pgTable(
  "assessment",
  {
    id: text("id").primaryKey(),
    applicationId: text("application_id")
      .notNull()
      .references(() => applications.id),
    assessorId: text("assessor_id")
      .notNull()
      .references(() => users.id),
    // Declared before scoring: no conflict of interest (a conflict means the assessor steps aside).
    noConflictDeclaredAt: timestamp("no_conflict_declared_at", { withTimezone: true }),
    // criterion id -> { score 0-5, comment }
    scores: jsonb("scores").$type<Record<string, { score: number; comment: string }>>().notNull().default({}),
    recommendation: text("recommendation").$type<"approve" | "reject">(),
    recommendedAmount: integer("recommended_amount"),
    reasons: text("reasons"),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("assessment_case_assessor_idx").on(t.applicationId, t.assessorId)],
);

export const meetings = pgTable("meeting", {
  id: text("id").primaryKey(),
  // secretariat: the processing meeting (below the threshold); board: the board meeting.
  kind: text("kind").$type<MeetingKind>().notNull(),
  programmeId: text("programme_id")
    .notNull()
    .references(() => programmes.id),
  heldOn: text("held_on").notNull(),
  // The programme's budget for the year the meeting spends from (NOK).
  budgetNok: integer("budget_nok").notNull(),
  closedAt: timestamp("closed_at", { withTimezone: true }),
  createdBy: text("created_by")
    .notNull()
    .references(() => users.id),
  createdAt: createdAt(),
});

export const meetingItems = pgTable(
  "meeting_item",
  {
    id: text("id").primaryKey(),
    meetingId: text("meeting_id")
      .notNull()
      .references(() => meetings.id),
    applicationId: text("application_id")
      .notNull()
      .references(() => applications.id),
    position: integer("position").notNull(),
    decision: text("decision").$type<"approved" | "rejected">(),
    amount: integer("amount"),
    conditions: text("conditions"),
    reasons: text("reasons"),
    decidedBy: text("decided_by").references(() => users.id),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("meeting_item_case_idx").on(t.meetingId, t.applicationId)],
);

export const grants = pgTable("grant", {
  applicationId: text("application_id")
    .primaryKey()
    .references(() => applications.id),
  amount: integer("amount").notNull(),
  conditions: text("conditions"),
  advanceMaxPercent: integer("advance_max_percent").notNull(),
  reportDueOn: text("report_due_on").notNull(),
  auditorRequired: boolean("auditor_required").notNull(),
  meetingId: text("meeting_id").references(() => meetings.id),
  decidedAt: timestamp("decided_at", { withTimezone: true }).notNull(),
  acceptedBy: text("accepted_by").references(() => users.id),
  acceptedAt: timestamp("accepted_at", { withTimezone: true }),
});

export const payments = pgTable(
  "payment",
  {
    id: text("id").primaryKey(),
    applicationId: text("application_id")
      .notNull()
      .references(() => applications.id),
    kind: text("kind").$type<PaymentKind>().notNull(),
    amount: integer("amount").notNull(),
    status: text("status").$type<PaymentStatus>().notNull(),
    requestedBy: text("requested_by")
      .notNull()
      .references(() => users.id),
    requestedAt: timestamp("requested_at", { withTimezone: true }).notNull(),
    approvedBy: text("approved_by").references(() => users.id),
    approvedAt: timestamp("approved_at", { withTimezone: true }),
    paidAt: timestamp("paid_at", { withTimezone: true }),
  },
  (t) => [index("payment_application_idx").on(t.applicationId)],
);

export const finalReports = pgTable(
  "final_report",
  {
    id: text("id").primaryKey(),
    applicationId: text("application_id")
      .notNull()
      .references(() => applications.id),
    number: integer("number").notNull(),
    content: jsonb("content").notNull(),
    submittedBy: text("submitted_by")
      .notNull()
      .references(() => users.id),
    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull(),
    outcome: text("outcome").$type<"approved" | "returned">(),
    reviewNote: text("review_note"),
    reviewedBy: text("reviewed_by").references(() => users.id),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("final_report_number_idx").on(t.applicationId, t.number)],
);

export const notifications = pgTable(
  "notification",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    kind: text("kind").notNull(),
    applicationId: text("application_id").references(() => applications.id),
    params: jsonb("params").notNull().default({}),
    createdAt: createdAt(),
    readAt: timestamp("read_at", { withTimezone: true }),
  },
  (t) => [index("notification_user_idx").on(t.userId, t.createdAt)],
);

// E-mails a person turned off (mandatory ones cannot be): one row per kind.
export const notificationOptOuts = pgTable(
  "notification_opt_out",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    kind: text("kind").notNull(),
  },
  (t) => [uniqueIndex("notification_opt_out_idx").on(t.userId, t.kind)],
);

export const savedFilters = pgTable(
  "saved_filter",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    name: text("name").notNull(),
    query: text("query").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("saved_filter_user_idx").on(t.userId)],
);

// ---- The public project catalogue (domain/catalogue) ----

/** PostgreSQL's full-text document type; written by the catalogue's upsert, read by its search. */
const tsvector = customType<{ data: string }>({
  dataType() {
    return "tsvector";
  },
});

export const catalogueProjects = pgTable(
  "catalogue_project",
  {
    // Stable public identifier: the case number with "/" as "-" ("2026-00012").
    id: text("id").primaryKey(),
    caseNumber: text("case_number").notNull().unique(),
    // case: projected from an approved case; archive: imported history; synthetic: generated demo data.
    source: text("source").$type<CatalogueSource>().notNull(),
    applicationId: text("application_id").references(() => applications.id),
    title: jsonb("title").$type<Partial<Record<Locale, string>>>().notNull(),
    summary: jsonb("summary").$type<Partial<Record<Locale, string>>>().notNull().default({}),
    applicantName: text("applicant_name").notNull(),
    applicantCounty: text("applicant_county"),
    // Organisations only: private persons are never published.
    partners: jsonb("partners")
      .$type<{ name: string; country: string; region: string | null }[]>()
      .notNull()
      .default([]),
    partnerCountries: text("partner_countries").array().notNull().default(sql`'{}'::text[]`),
    partnerRegions: text("partner_regions").array().notNull().default(sql`'{}'::text[]`),
    priorityArea: text("priority_area"),
    programmeId: text("programme_id"),
    year: integer("year").notNull(),
    amountNok: integer("amount_nok").notNull(),
    startsOn: text("starts_on"),
    endsOn: text("ends_on"),
    status: text("status").$type<CatalogueStatus>().notNull(),
    results: jsonb("results").$type<Partial<Record<Locale, string>>>().notNull().default({}),
    photos: jsonb("photos")
      .$type<{ attachmentId: string; alt: Partial<Record<Locale, string>> }[]>()
      .notNull()
      .default([]),
    // One document per language, with that language's stemming (norwegian, english, russian).
    searchNb: tsvector("search_nb"),
    searchEn: tsvector("search_en"),
    searchRu: tsvector("search_ru"),
    // All titles and names, for typo-tolerant matching by trigram similarity.
    searchText: text("search_text").notNull().default(""),
    updatedAt: updatedAt(),
  },
  (t) => [
    // Years and every facet column in one narrow index (17 MB against a 180 MB table on 100,000
    // projects): counting the facets of a search without text reads it alone (an index-only scan)
    // instead of the table, and it serves what a plain year index did (year filters, newest first).
    // Its INCLUDE columns are written in migration 0006 by hand: Drizzle cannot declare them.
    index("catalogue_facets_idx").on(t.year),
    index("catalogue_programme_idx").on(t.programmeId),
    index("catalogue_area_idx").on(t.priorityArea),
    index("catalogue_county_idx").on(t.applicantCounty),
    index("catalogue_amount_idx").on(t.amountNok),
    index("catalogue_search_nb_idx").using("gin", t.searchNb),
    index("catalogue_search_en_idx").using("gin", t.searchEn),
    index("catalogue_search_ru_idx").using("gin", t.searchRu),
    index("catalogue_regions_idx").using("gin", t.partnerRegions),
    index("catalogue_countries_idx").using("gin", t.partnerCountries),
    index("catalogue_search_text_idx").using("gin", sql`${t.searchText} gin_trgm_ops`),
  ],
);

/**
 * One row: a number that every statement changing catalogue_project raises (a statement trigger,
 * migration 0007), whichever process runs it. A cache that read an answer at revision r knows the
 * answer still holds while the revision is r, without reading the projects again.
 */
export const catalogueRevision = pgTable(
  "catalogue_revision",
  {
    id: integer("id").primaryKey().default(1),
    revision: bigint("revision", { mode: "number" }).notNull().default(0),
  },
  (t) => [check("catalogue_revision_one_row", sql`${t.id} = 1`)],
);

// ---- Audit log: append-only, hash-chained (domain/audit) ----

export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true }).notNull(),
    actorId: text("actor_id"),
    actorLabel: text("actor_label").notNull(),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id").notNull(),
    before: jsonb("before"),
    after: jsonb("after"),
    prevHash: text("prev_hash").notNull(),
    hash: text("hash").notNull().unique(),
  },
  (t) => [
    index("audit_entity_idx").on(t.entityType, t.entityId),
    index("audit_actor_idx").on(t.actorId),
    index("audit_at_idx").on(t.at),
  ],
);

// ---- Mail outbox: every e-mail is recorded here first, then sent by a job when SMTP is set ----

export const mailOutbox = pgTable(
  "mail_outbox",
  {
    id: text("id").primaryKey(),
    recipient: text("recipient").notNull(),
    locale: text("locale").$type<Locale>().notNull(),
    template: text("template").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    html: text("html").notNull(),
    // stored: no SMTP configured, readable by administrators; queued/sent/failed: SMTP delivery.
    status: text("status").$type<OutboxStatus>().notNull(),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    createdAt: createdAt(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
  },
  (t) => [
    index("mail_outbox_created_idx").on(t.createdAt),
    index("mail_outbox_recipient_idx").on(t.recipient),
  ],
);

export const schema = {
  offices,
  users,
  sessions,
  accounts,
  verifications,
  organizations,
  members,
  invitations,
  rateLimits,
  loginFailures,
  programmes,
  calls,
  applications,
  applicationVersions,
  caseNumberCounters,
  applicationCollaborators,
  attachments,
  applicationEvents,
  applicationMessages,
  screenings,
  assessments,
  meetings,
  meetingItems,
  grants,
  payments,
  finalReports,
  notifications,
  notificationOptOuts,
  savedFilters,
  catalogueProjects,
  auditLog,
  mailOutbox,
};
