import { z } from "zod";
import type { Translate } from "#domain/i18n/translate.ts";

// The assignment form: the same schema in the browser and on the server. Who may assign is the
// access rules' "assign" (domain/access/case-access.ts).

export const assignmentSchema = (t: Translate) =>
  z.object({
    officeId: z
      .string({ error: t("form.required") })
      .trim()
      .min(1, t("form.required"))
      .max(100, t("form.invalid")),
    // Empty: the case stays with the office without an adviser.
    adviserId: z.string().trim().max(100, t("form.invalid")).optional(),
  });
