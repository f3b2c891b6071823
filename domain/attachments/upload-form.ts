import { z } from "zod";
import type { Translate } from "#domain/i18n/translate.ts";

// The attachment upload form: one schema for the server's action and the browser's check (the
// browser checks the size too, so a file that is too large is caught before it is sent at all).

export const uploadSchema = (t: Translate, kindIds: string[], maxBytes: number, limit: string) =>
  z.object({
    intent: z.literal("upload").optional(),
    kind: z
      .string({ error: t("attachments.error.unknownKind") })
      .refine((kind) => kindIds.includes(kind), t("attachments.error.unknownKind")),
    file: z
      .file({ error: t("attachments.error.noFile") })
      .max(maxBytes, t("attachments.error.tooLarge", { limit })),
  });
