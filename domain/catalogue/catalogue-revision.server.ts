import { sql } from "drizzle-orm";
import type { Queryable } from "#db/connection.ts";

/**
 * The catalogue's revision: raised by every statement that changes catalogue_project, in any
 * process (a trigger, migration 0007). Equal revisions mean the same catalogue, as far as
 * committed writes go. One indexed row: far cheaper than reading the projects again.
 */
export async function catalogueRevision(q: Queryable): Promise<number> {
  const result = (await q.execute(sql`select revision from catalogue_revision where id = 1`)) as unknown as {
    rows: { revision: number | string }[];
  };
  return Number(result.rows[0]?.revision ?? 0);
}
