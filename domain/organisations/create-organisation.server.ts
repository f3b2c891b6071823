import crypto from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "#db/connection.ts";
import { members, organizations } from "#db/schema.ts";
import { recordAuditEntry } from "#domain/audit/record-audit-entry.server.ts";
import { done, type Result, refused } from "#domain/result.ts";
import { isNorwegianCounty } from "./norwegian-counties.ts";
import { parseOrganisationNumber } from "./organisation-number.ts";

export interface NewOrganisation {
  name: string;
  orgNumber: string;
  address: string;
  county: string;
}

/** The new organisation's id, or refused with the form field it concerns (orgNumber or county). */
export type CreateOrganisationResult = Result<string>;

const alreadyRegistered = () =>
  refused("organisation.alreadyRegistered", {
    why: "invalid",
    fields: { orgNumber: "organisation.alreadyRegistered" },
  });

/**
 * Registers an applicant organisation with its creator as owner, in one transaction with its audit
 * entry. An organisation number can be registered once: a second person from the same organisation
 * asks an owner for an invitation instead.
 */
export async function createOrganisation(
  db: Db,
  ownerId: string,
  input: NewOrganisation,
): Promise<CreateOrganisationResult> {
  const number = parseOrganisationNumber(input.orgNumber);
  if (!number.ok) {
    const reason = `organisation.orgNumber.${number.reason}` as const;
    return refused(reason, { why: "invalid", fields: { orgNumber: reason } });
  }
  if (!isNorwegianCounty(input.county))
    return refused("form.invalid", { why: "invalid", fields: { county: "form.invalid" } });
  try {
    return await insertOrganisation(db, ownerId, input, number.value);
  } catch (error) {
    // Two people registering the same number at the same moment: the unique index decides.
    if (isUniqueViolation(error)) return alreadyRegistered();
    throw error;
  }
}

function isUniqueViolation(error: unknown): boolean {
  const code = (e: unknown) => (e as { code?: string } | undefined)?.code;
  return code(error) === "23505" || code((error as { cause?: unknown })?.cause) === "23505";
}

async function insertOrganisation(
  db: Db,
  ownerId: string,
  input: NewOrganisation,
  orgNumber: string,
): Promise<CreateOrganisationResult> {
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: organizations.id })
      .from(organizations)
      .where(eq(organizations.orgNumber, orgNumber));
    if (existing) return alreadyRegistered();
    const id = crypto.randomUUID();
    await tx.insert(organizations).values({
      id,
      name: input.name,
      slug: `org-${orgNumber}`,
      orgNumber,
      address: input.address,
      county: input.county,
    });
    await tx
      .insert(members)
      .values({ id: crypto.randomUUID(), organizationId: id, userId: ownerId, role: "owner" });
    await recordAuditEntry(tx, {
      actor: { id: ownerId, label: `user:${ownerId}` },
      action: "organisation.create",
      entityType: "organisation",
      entityId: id,
      after: { name: input.name, orgNumber, county: input.county },
    });
    return done(id);
  });
}
