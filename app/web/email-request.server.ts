import { parseWithZod } from "@conform-to/zod/v4";
import { data } from "react-router";
import { createTranslator } from "#domain/i18n/translate.ts";
import type { Locale } from "#vocabulary/vocabulary.ts";
import { emailOnlySchema } from "../forms/account-forms.ts";
import { localeFrom } from "./locale.ts";
import { readForm } from "./read-form.server.ts";

/** Such a page reads nothing before the form is sent; its loader only refuses an unknown language. */
export function emailRequestLoader({ params }: { params: { lang?: string } }) {
  localeFrom(params);
  return null;
}

/**
 * The action of a form that asks only for an e-mail address and mails a link to it (a password
 * reset, the verification link again). The answer is the same whether or not the address has an
 * account, and whether or not the mail could go, so the form does not reveal who has one.
 */
export async function emailRequestAction(
  request: Request,
  locale: Locale,
  send: (email: string) => Promise<unknown>,
) {
  const t = createTranslator(locale);
  const submission = parseWithZod(await readForm(request), { schema: emailOnlySchema(t) });
  if (submission.status !== "success")
    return data({ result: submission.reply(), sent: false }, { status: 400 });
  await send(submission.value.email).catch(() => undefined);
  return data({ result: submission.reply({ resetForm: true }), sent: true });
}
