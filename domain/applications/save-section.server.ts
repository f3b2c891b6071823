import { eq, sql } from "drizzle-orm";
import type { Db } from "#db/connection.ts";
import { applications } from "#db/schema.ts";
import { caseAccessOf } from "#domain/access/case-access.server.ts";
import { checkCaseAccess, editAction } from "#domain/access/case-access.ts";
import type { Person } from "#domain/access/case-scope.ts";
import type { ApplicationForm } from "./application-form.ts";
import type { FormSection } from "./section-schemas.ts";
import { changedPaths, valueAtPath } from "./section-values.ts";

export interface StaleField {
  path: string;
  /** The value someone else saved, now in the database. */
  theirs: string;
}

export type SaveSectionResult =
  | { ok: true; revision: number }
  | { ok: false; error: "not-draft" | "forbidden" }
  | {
      ok: false;
      error: "stale";
      /** The revision and step values now stored: the form's new base if the user keeps their own. */
      revision: number;
      current: unknown;
      fields: StaleField[];
    };

/**
 * Saves one step of a draft. The form sends the revision and the step's values as they were when
 * the page was opened; if someone saved in between and changed any field of this step, nothing is
 * written and the caller hears which fields changed and to what, so the user chooses (their own
 * values stay in the form). Changes by others to other steps never conflict: a save writes only
 * its own step. The row lock makes compare-and-write one step, also under concurrent saves.
 */
export async function saveSection<S extends FormSection>(
  db: Db,
  input: {
    applicationId: string;
    section: S;
    /** Who saves: a member of the applying organisation, or a partner invited to edit this step. */
    by: Person;
    values: NonNullable<ApplicationForm[S]>;
    baseRevision: number;
    baseValues: unknown;
  },
): Promise<SaveSectionResult> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(applications)
      .where(eq(applications.id, input.applicationId))
      .for("update");
    if (!row) return { ok: false as const, error: "not-draft" as const };
    // A draft, or a case returned with this step opened; for members and partners invited to edit it.
    const verdict = checkCaseAccess(await caseAccessOf(tx, row, input.by), editAction(input.section));
    if (!verdict.allowed)
      return { ok: false as const, error: verdict.kind === "state" ? "not-draft" : "forbidden" } as const;
    if (row.revision !== input.baseRevision) {
      const current = (row.form as ApplicationForm)[input.section] ?? {};
      const paths = changedPaths(input.baseValues ?? {}, current);
      // A field both people set to the same value is no conflict.
      const conflicting = paths.filter(
        (path) => valueAtPath(current, path) !== valueAtPath(input.values, path),
      );
      if (conflicting.length > 0) {
        return {
          ok: false as const,
          error: "stale" as const,
          revision: row.revision,
          current,
          fields: conflicting.map((path) => ({ path, theirs: valueAtPath(current, path) })),
        };
      }
    }
    const [saved] = await tx
      .update(applications)
      .set({
        form: sql`jsonb_set(${applications.form}, ${`{${input.section}}`}::text[], ${JSON.stringify(input.values)}::jsonb, true)`,
        revision: sql`${applications.revision} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(applications.id, input.applicationId))
      .returning({ revision: applications.revision });
    return { ok: true as const, revision: saved!.revision };
  });
}
