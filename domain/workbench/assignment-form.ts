import { z } from "zod";
import type { Translate } from "#domain/i18n/translate.ts";
import type { WorkbenchUser } from "./case-scope.server.ts";

// Who may assign a case, and the assignment form (the same schema in the browser and on the server).

const assignerRoles: readonly WorkbenchUser["role"][] = ["adviser", "programme_manager"];

export function mayAssign(user: WorkbenchUser): boolean {
  return assignerRoles.includes(user.role);
}

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
