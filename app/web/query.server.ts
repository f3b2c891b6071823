import { z } from "zod";

/** Page and page size from a query string, bounded so no request asks for unbounded work. */
export function readPaging(url: URL, defaultSize = 50) {
  const page = z.coerce
    .number()
    .int()
    .min(1)
    .max(100_000)
    .catch(1)
    .parse(url.searchParams.get("page") ?? 1);
  const pageSize = z.coerce
    .number()
    .int()
    .min(1)
    .max(200)
    .catch(defaultSize)
    .parse(url.searchParams.get("pageSize") ?? defaultSize);
  return { page, pageSize };
}

/** A trimmed, bounded text filter; empty becomes undefined. */
export function readText(url: URL, name: string, max = 200): string | undefined {
  const value = url.searchParams.get(name)?.trim().slice(0, max);
  return value ? value : undefined;
}
