import { parse } from "@formatjs/icu-messageformat-parser";
import type { CompiledMessage } from "./format-message.ts";

/**
 * Parses an ICU MessageFormat message once, on the server: plain text stays a string (most
 * messages), anything with arguments becomes the syntax tree the browser formats without a parser.
 * `<` is text, not a tag. Throws on a syntax error (`npm run check:i18n` finds those first).
 */
export function compileMessage(source: string): CompiledMessage {
  const ast = parse(source, { ignoreTag: true, requiresOtherClause: true });
  if (ast.every((element) => element.type === 0)) return ast.map((element) => element.value).join("");
  return ast;
}
