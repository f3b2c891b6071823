import { z } from "zod";
import type { Translate } from "#domain/i18n/translate.ts";

// The saved-filter form: the same schema checks the browser and the server (saved-filters.server.ts).

export const maxSavedFilters = 20;

export const maxSavedFilterName = 80;

export const savedFilterSchema = (t: Translate) =>
  z.object({
    name: z
      .string({ error: t("form.required") })
      .trim()
      .min(1, t("form.required"))
      .max(maxSavedFilterName, t("form.tooLong", { max: maxSavedFilterName })),
    query: z.string().max(2000).default(""),
  });

export interface SavedFilter {
  id: string;
  name: string;
  query: string;
}
