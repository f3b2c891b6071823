import type { SubmissionResult } from "@conform-to/react";
import { emailOnlySchema } from "../forms/account-forms.ts";
import { useT } from "../web/locale.ts";
import type { RouteHandle } from "../web/route-handle.ts";
import { formKitMessages, PostForm, TextInput } from "./form-kit.tsx";
import { useSchemaForm } from "./use-schema-form.ts";

/** The route handle of a page whose form asks only for an e-mail address: public, no JavaScript. */
export const emailRequestHandle: RouteHandle = {
  hydrate: false,
  messages: ["account", "organisation.orgNumber", ...formKitMessages],
};

/** The form that asks only for an e-mail address, to mail a link to it (app/web/email-request.server.ts). */
export function EmailRequestForm({
  id,
  lastResult,
  submit,
  submitVariant,
}: {
  id: string;
  lastResult?: SubmissionResult<string[]>;
  submit: string;
  submitVariant?: "secondary";
}) {
  const t = useT();
  const [form, fields] = useSchemaForm(emailOnlySchema(t), { id, lastResult });
  return (
    <PostForm
      form={form}
      fieldLabels={{ email: t("account.email") }}
      submit={submit}
      submitVariant={submitVariant}
    >
      <TextInput field={fields.email} label={t("account.email")} type="email" autoComplete="email" />
    </PostForm>
  );
}
