import type { Queryable } from "#db/connection.ts";
import { offices } from "#db/schema.ts";

/** The offices in their order: the footer, the contact page and the assignment form list them so. */
export async function listOffices(q: Queryable) {
  return q.select().from(offices).orderBy(offices.sortOrder);
}
