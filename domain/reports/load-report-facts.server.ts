import { and, eq, ne, sql } from "drizzle-orm";
import type { Queryable } from "#db/connection.ts";
import { applications, applicationVersions, grants, payments } from "#db/schema.ts";
import { timeZone } from "#domain/i18n/format.ts";
import { isCaseState } from "#vocabulary/vocabulary.ts";
import type { ReportFacts } from "./compute-report.ts";

// One row of facts per received application, read from its first version as sent (what the
// applicant asked for then, their county then), its grant and its payments. Only the few values the
// figures need leave the database, not the whole stored application.

const yearInOslo = new Intl.DateTimeFormat("en-GB", { timeZone, year: "numeric" });

function wholeNumber(value: unknown): number {
  const n = typeof value === "number" ? value : Number(value);
  return Number.isFinite(n) && n > 0 ? Math.round(n) : 0;
}

function text(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}

function regionsOf(partners: unknown): string[] {
  if (!Array.isArray(partners)) return [];
  const regions = partners
    .map((partner) =>
      partner && typeof partner === "object" ? text((partner as { region?: unknown }).region) : null,
    )
    .filter((region): region is string => region !== null);
  return [...new Set(regions)];
}

export async function loadReportFacts(
  q: Queryable,
  filter: { programmeId?: string } = {},
): Promise<ReportFacts[]> {
  const content = applicationVersions.content;
  const rows = await q
    .select({
      applicationId: applications.id,
      programmeId: applications.programmeId,
      status: applications.status,
      submittedAt: applicationVersions.submittedAt,
      priorityArea: sql<unknown>`${content}->'draft'->>'priorityArea'`,
      county: sql<unknown>`${content}->'organisation'->>'county'`,
      requested: sql<unknown>`${content}->'totals'->>'requested'`,
      partners: sql<unknown>`${content}->'draft'->'partners'`,
      granted: grants.amount,
      paid: sql<unknown>`(select coalesce(sum(p.amount), 0) from ${payments} p where p.application_id = ${applications.id} and p.status = 'paid')`,
    })
    .from(applications)
    .innerJoin(
      applicationVersions,
      and(eq(applicationVersions.applicationId, applications.id), eq(applicationVersions.number, 1)),
    )
    .leftJoin(grants, eq(grants.applicationId, applications.id))
    .where(
      and(
        ne(applications.status, "draft"),
        filter.programmeId ? eq(applications.programmeId, filter.programmeId) : undefined,
      ),
    );
  return rows.flatMap((row) => {
    if (!isCaseState(row.status)) return [];
    return [
      {
        applicationId: row.applicationId,
        programmeId: row.programmeId,
        year: Number(yearInOslo.format(row.submittedAt)),
        priorityArea: text(row.priorityArea),
        county: text(row.county),
        partnerRegions: regionsOf(typeof row.partners === "string" ? JSON.parse(row.partners) : row.partners),
        state: row.status,
        requested: wholeNumber(row.requested),
        granted: row.granted ?? null,
        paid: wholeNumber(row.paid),
      },
    ];
  });
}
