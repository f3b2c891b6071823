import { useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { z } from "zod";

type FormOptions<Value extends Record<string, unknown>> = Omit<
  Parameters<typeof useForm<Value>>[0],
  "onValidate"
>;

/**
 * A Conform form that the browser checks with the same Zod schema the action checks on the server,
 * so a hydrated page shows the same messages before sending as the server would after.
 */
export function useSchemaForm<Schema extends z.ZodType<Record<string, unknown>>>(
  schema: Schema,
  options: FormOptions<z.output<Schema>>,
) {
  return useForm<z.output<Schema>>({
    ...options,
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
  });
}
