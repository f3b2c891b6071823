import { and, eq, inArray } from "drizzle-orm";
import type { Db, Queryable } from "#db/connection.ts";
import { notificationOptOuts } from "#db/schema.ts";
import { recordAuditEntry } from "#domain/audit/record-audit-entry.server.ts";
import { done, type Result, refused } from "#domain/result.ts";
import type { Role } from "#vocabulary/vocabulary.ts";
import { type EmailKind, emailKindsFor } from "./notification-kinds.server.ts";

// Which case e-mails a person gets. Every kind is on until the person turns it off (one
// notification_opt_out row per kind turned off); mandatory kinds cannot be turned off. The in-app
// notification is written either way: opting out stops only the e-mail (transition-case.server.ts).

export interface EmailPreference extends EmailKind {
  /** The person gets this e-mail (always true for a mandatory kind). */
  on: boolean;
}

export async function readEmailPreferences(
  q: Queryable,
  user: { id: string; role: Role },
): Promise<EmailPreference[]> {
  const kinds = emailKindsFor(user.role);
  const rows = await q
    .select({ kind: notificationOptOuts.kind })
    .from(notificationOptOuts)
    .where(eq(notificationOptOuts.userId, user.id));
  const off = new Set(rows.map((row) => row.kind));
  return kinds.map((k) => ({ ...k, on: k.mandatory || !off.has(k.kind) }));
}

export interface EmailPreferenceChange {
  /** The kinds the form showed as switches: each is set on or off. */
  shown: string[];
  /** Of those, the ones left on. */
  on: string[];
}

export type SavePreferencesResult = Result<{ off: string[] }>;

/**
 * Saves the switches of the settings form. Every kind named must be one this person can switch
 * (known for their role, not mandatory), otherwise nothing is changed: a forged form that tries to
 * turn off a mandatory e-mail, or names a kind that does not exist, is refused whole.
 */
export async function saveEmailPreferences(
  db: Db,
  user: { id: string; role: Role },
  change: EmailPreferenceChange,
): Promise<SavePreferencesResult> {
  const kinds = new Map(emailKindsFor(user.role).map((k) => [k.kind, k]));
  for (const kind of [...change.shown, ...change.on]) {
    const known = kinds.get(kind);
    if (!known) return unknownKind(kind);
    if (known.mandatory)
      return refused("notifications.settings.mandatoryKind", { why: "invalid", params: { kind } });
  }
  const shown = [...new Set(change.shown)];
  const on = new Set(change.on);
  for (const kind of on) {
    if (!shown.includes(kind)) return unknownKind(kind);
  }
  const off = shown.filter((kind) => !on.has(kind));
  const turnedOn = shown.filter((kind) => on.has(kind));
  await db.transaction(async (tx) => {
    if (turnedOn.length > 0) {
      await tx
        .delete(notificationOptOuts)
        .where(and(eq(notificationOptOuts.userId, user.id), inArray(notificationOptOuts.kind, turnedOn)));
    }
    if (off.length > 0) {
      await tx
        .insert(notificationOptOuts)
        .values(off.map((kind) => ({ userId: user.id, kind })))
        .onConflictDoNothing();
    }
    await recordAuditEntry(tx, {
      actor: { id: user.id, label: `user:${user.id}` },
      action: "user.email-preferences",
      entityType: "user",
      entityId: user.id,
      after: { off, on: turnedOn },
    });
  });
  return done({ off });
}

/** A kind of e-mail that does not exist, or that this person does not get. */
function unknownKind(kind: string) {
  return refused("notifications.settings.unknownKind", { why: "invalid", params: { kind } });
}
