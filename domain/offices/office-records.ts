import type { offices } from "#db/schema.ts";
import { type OfficeId, officeIds } from "#vocabulary/vocabulary.ts";
import records from "./offices.json" with { type: "json" };

// The secretariat's offices (domain brief), as data in offices.json: Kirkenes is the head office;
// the Russian offices closed in 2022-23 but stay as records because old cases and reports refer
// to them.

export type OfficeRecord = typeof offices.$inferInsert & { id: OfficeId };

const isOfficeId = (id: string): id is OfficeId => (officeIds as readonly string[]).includes(id);

export const officeRecords: OfficeRecord[] = records.map((record) => {
  const { id } = record;
  // The list and the vocabulary name the same offices; a typo in the data stops the start.
  if (!isOfficeId(id)) throw new Error(`offices.json: "${id}" is not an office in vocabulary.ts`);
  return { ...record, id };
});
