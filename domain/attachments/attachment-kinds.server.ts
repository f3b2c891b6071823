import { eq } from "drizzle-orm";
import type { Queryable } from "#db/connection.ts";
import { programmes } from "#db/schema.ts";
import { programmeRulesSchema } from "#domain/programmes/programme-rules.ts";
import type { Locale } from "#vocabulary/vocabulary.ts";

export interface AttachmentKind {
  id: string;
  /** null for "other", whose name is a message of the page (attachments.kind.other). */
  name: Record<Locale, string> | null;
  /** Named by the programme's rules; "other" is never required. */
  required: boolean;
}

export const otherKind = "other";

/**
 * The kinds an application's attachments may have: the attachments its programme requires, then
 * "other". Read straight from the programme, active or not: a closed programme's applications
 * still show their files.
 */
export async function attachmentKinds(q: Queryable, programmeId: string): Promise<AttachmentKind[]> {
  const [programme] = await q
    .select({ rules: programmes.rules })
    .from(programmes)
    .where(eq(programmes.id, programmeId));
  const required = programme ? programmeRulesSchema.parse(programme.rules).requiredAttachments : [];
  return [
    ...required
      .filter((kind) => kind.id !== otherKind)
      .map((kind) => ({ id: kind.id, name: kind.name, required: true })),
    { id: otherKind, name: null, required: false },
  ];
}
