import crypto from "node:crypto";

/** The prevHash of the very first entry: there is nothing before it to point at. */
export const GENESIS_HASH = "0".repeat(64);

/** The fields an entry's hash covers: everything except the database-assigned id. */
export interface HashedAuditFields {
  prevHash: string;
  at: Date;
  actorId: string | null;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

/**
 * sha256 over a canonical serialisation. The version tag lets a future format coexist with entries
 * already written; the id is left out because sequences skip numbers on rolled-back inserts, and the
 * chain (prevHash) already fixes each entry's place.
 */
export function hashAuditEntry(fields: HashedAuditFields): string {
  const canonical = canonicalJson({
    v: 1,
    prevHash: fields.prevHash,
    at: fields.at.toISOString(),
    actorId: fields.actorId,
    actorLabel: fields.actorLabel,
    action: fields.action,
    entityType: fields.entityType,
    entityId: fields.entityId,
    before: fields.before ?? null,
    after: fields.after ?? null,
  });
  return crypto.createHash("sha256").update(canonical, "utf8").digest("hex");
}

/**
 * JSON with object keys sorted at every level. jsonb reorders keys (and the drivers hand them back
 * in yet another order), so only a key-order-free form gives the same hash before and after storage.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item)).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}
