/** Nested form values as the fields a browser posts: { title: { nb } } -> "title.nb", rows -> "items[0].name". */
export function flattenFormValues(values: unknown, prefix = ""): Record<string, string> {
  if (typeof values === "string") return { [prefix]: values };
  const result: Record<string, string> = {};
  if (Array.isArray(values)) {
    for (const [index, row] of values.entries())
      Object.assign(result, flattenFormValues(row, `${prefix}[${index}]`));
  } else if (typeof values === "object" && values !== null) {
    for (const [key, inner] of Object.entries(values)) {
      Object.assign(result, flattenFormValues(inner, prefix ? `${prefix}.${key}` : key));
    }
  }
  return result;
}
