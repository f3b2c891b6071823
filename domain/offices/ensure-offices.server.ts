import { sql } from "drizzle-orm";
import type { Queryable } from "#db/connection.ts";
import { offices } from "#db/schema.ts";
import { officeRecords } from "./office-records.ts";

/** Reference data every installation needs (the footer, advisers' offices); idempotent. */
export async function ensureOffices(q: Queryable): Promise<void> {
  await q
    .insert(offices)
    .values(officeRecords)
    .onConflictDoUpdate({
      target: offices.id,
      set: {
        name: sql`excluded.name`,
        city: sql`excluded.city`,
        countryCode: sql`excluded.country_code`,
        address: sql`excluded.address`,
        phone: sql`excluded.phone`,
        email: sql`excluded.email`,
        isHeadOffice: sql`excluded.is_head_office`,
        sortOrder: sql`excluded.sort_order`,
      },
    });
}
