import type { Translate } from "#domain/i18n/translate.ts";
import { isLocale, type Locale, locales } from "#vocabulary/vocabulary.ts";
import { type ParameterErrorCode, unknownValue } from "./catalogue-query.ts";

// What every operation of the open-data API checks before its own parameters (the search's are
// parseCatalogueQuery's): that each query parameter is one the operation describes, and lang.
//
// Unknown parameter names are an error, not ignored: a URL means exactly what it says or is
// refused (ADR 0014), so yaer=2020 or stauts=finished is never quietly read as "no filter" — which,
// for an export, would hand a journalist the whole catalogue as if it were their selection.

export interface ApiParameterError {
  param: string;
  code: ParameterErrorCode;
  /** Translated, for the reader. */
  message: string;
  /** Accepted values (unknown-value) or names (unknown-parameter). */
  allowed?: readonly string[];
}

/** Parameter names shown back in a message: short, printable. */
const shownName = (name: string) =>
  Array.from(name.replace(/[^\p{L}\p{N}._\-[\]]/gu, "?"))
    .slice(0, 40)
    .join("");

/**
 * The operation's common checks: names outside `known` (each once), and lang (one of ours, once).
 * `lang` is the language asked for when valid.
 */
export function checkApiParameters(
  params: URLSearchParams,
  known: readonly string[],
  t: Translate,
): { errors: ApiParameterError[]; lang: Locale | undefined } {
  const errors: ApiParameterError[] = [];
  const unknown = new Set([...params.keys()].filter((name) => !known.includes(name)));
  for (const name of [...unknown].slice(0, 10)) {
    const param = shownName(name);
    errors.push({
      param,
      code: "unknown-parameter",
      message:
        known.length > 0
          ? t("api.param.unknown", { param, known: known.join(", ") })
          : t("api.param.unknownNone", { param }),
      allowed: known,
    });
  }
  let lang: Locale | undefined;
  if (known.includes("lang")) {
    const values = params.getAll("lang").filter((v) => v !== "");
    if (values.length > 1) {
      errors.push({
        param: "lang",
        code: "repeated",
        message: t("catalogue.query.repeated", { param: "lang" }),
      });
    } else if (values.length === 1) {
      const value = values[0]!;
      if (isLocale(value)) lang = value;
      else
        errors.push({
          param: "lang",
          code: "unknown-value",
          message: unknownValue(t, "lang", value, locales),
          allowed: locales,
        });
    }
  }
  return { errors, lang };
}
