import { eq, sql } from "drizzle-orm";
import type { Db } from "#db/connection.ts";
import { applications } from "#db/schema.ts";
import { caseAccessOf } from "#domain/access/case-access.server.ts";
import { checkCaseAccess, editAction } from "#domain/access/case-access.ts";
import type { Person } from "#domain/access/case-scope.ts";
import { lockApplication } from "#domain/cases/lock-application.server.ts";
import { conflict, done, forbidden, notFound, type Result, refused } from "#domain/result.ts";
import type { ApplicationForm } from "./application-form.ts";
import type { FormSection } from "./section-schemas.ts";
import { changedPaths, valueAtPath } from "./section-values.ts";

export interface StaleField {
  path: string;
  /** The value someone else saved, now in the database. */
  theirs: string;
}

/** What someone else changed in the step since the page was opened. */
export interface StaleStep {
  /** The revision and step values now stored: the form's new base if the user keeps their own. */
  revision: number;
  current: unknown;
  fields: StaleField[];
}

/**
 * The new revision; not found; forbidden (not a member, a partner without this step); refused when
 * the step is not open for changes (sent, or not opened by a return); or in conflict with a save
 * someone made since the page was opened, with what they changed.
 */
export type SaveSectionResult = Result<{ revision: number }, StaleStep>;

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
  return db.transaction(async (tx): Promise<SaveSectionResult> => {
    const row = await lockApplication(tx, input.applicationId);
    if (!row) return notFound();
    // A draft, or a case returned with this step opened; for members and partners invited to edit it.
    const verdict = checkCaseAccess(await caseAccessOf(tx, row, input.by), editAction(input.section));
    if (!verdict.allowed)
      return verdict.kind === "state" ? refused("application.error.notDraft") : forbidden();
    if (row.revision !== input.baseRevision) {
      const current = (row.form as ApplicationForm)[input.section] ?? {};
      const paths = changedPaths(input.baseValues ?? {}, current);
      // A field both people set to the same value is no conflict.
      const conflicting = paths.filter(
        (path) => valueAtPath(current, path) !== valueAtPath(input.values, path),
      );
      if (conflicting.length > 0) {
        return conflict("application.conflict.heading", {
          revision: row.revision,
          current,
          fields: conflicting.map((path) => ({ path, theirs: valueAtPath(current, path) })),
        });
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
    return done({ revision: saved!.revision });
  });
}
