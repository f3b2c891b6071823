import crypto from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { count } from "drizzle-orm";
import type { Db } from "#db/connection.ts";
import { calls, members, organizations, programmes, users } from "#db/schema.ts";
import { createUser } from "#domain/accounts/create-user.server.ts";
import { recordAuditEntry } from "#domain/audit/record-audit-entry.server.ts";
import { callAuditView } from "#domain/calls/call-audit-view.ts";
import { demoCalls } from "#domain/calls/demo-calls.server.ts";
import { insertSyntheticProjects } from "#domain/catalogue/synthetic/generate-projects.server.ts";
import { ensureOffices } from "#domain/offices/ensure-offices.server.ts";
import { programmeSeeds } from "#domain/programmes/seed-programmes.ts";
import { demoAccounts } from "./demo-accounts.ts";

const system = { id: null, label: "demo-seed" };

/** The seed of the demo catalogue: every demo database shows the same synthetic projects. */
export const demoCatalogueSeed = "barents-demo";

/**
 * Fills an empty database with the programmes, their demo calls (open whatever the date: see
 * demoCalls) and one account per role. Does nothing when any user exists, so a restart never
 * duplicates or overwrites. Runs in one transaction: all or nothing. Then, outside it, `projects`
 * synthetic projects for the public catalogue (labelled synthetic on every page; a crash midway
 * leaves fewer, and `npm run cli -- generate-projects --replace` makes them again).
 */
export async function seedDemo(
  db: Db,
  password: string,
  options: { now?: Date; projects?: number } = {},
): Promise<{ seeded: boolean }> {
  const now = options.now ?? new Date();
  const [row] = await db.select({ n: count() }).from(users);
  if ((row?.n ?? 0) > 0) return { seeded: false };
  // Every demo account has the same password: hash it once (scrypt is slow on purpose).
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    await ensureOffices(tx);
    for (const programme of programmeSeeds) {
      await tx.insert(programmes).values(programme).onConflictDoNothing();
      await recordAuditEntry(tx, {
        actor: system,
        action: "programme.create",
        entityType: "programme",
        entityId: programme.id,
        after: { name: programme.name.en },
      });
    }
    for (const call of demoCalls(programmeSeeds, now)) {
      const values = { programmeId: call.programmeId, ...call.input };
      const inserted = await tx
        .insert(calls)
        .values({ id: call.id, ...values })
        .onConflictDoNothing()
        .returning({ id: calls.id });
      if (inserted.length === 0) continue;
      await recordAuditEntry(tx, {
        actor: system,
        action: "call.create",
        entityType: "call",
        entityId: call.id,
        after: callAuditView(values),
      });
    }
    const created = new Map<string, string>();
    for (const account of demoAccounts) {
      const user = await createUser(
        tx,
        { ...account, password, locale: "nb", emailVerified: true },
        system,
        passwordHash,
      );
      created.set(account.role, user.id);
    }
    const organisationId = crypto.randomUUID();
    await tx.insert(organizations).values({
      id: organisationId,
      name: "Kirkenes Kulturforening",
      slug: "kirkenes-kulturforening",
      // A made-up number with a valid check digit: demo data passes the same checks as real data.
      orgNumber: "921000006",
      address: "Rådhusgata 1, 9900 Kirkenes",
      county: "no-finnmark",
    });
    await tx.insert(members).values({
      id: crypto.randomUUID(),
      organizationId: organisationId,
      userId: created.get("applicant")!,
      role: "owner",
    });
    await recordAuditEntry(tx, {
      actor: system,
      action: "organisation.create",
      entityType: "organisation",
      entityId: organisationId,
      after: { name: "Kirkenes Kulturforening" },
    });
  });
  if (options.projects)
    await insertSyntheticProjects(db, { count: options.projects, seed: demoCatalogueSeed });
  return { seeded: true };
}
