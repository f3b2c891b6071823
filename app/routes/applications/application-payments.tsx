import { type SubmissionResult, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, Form, redirect } from "react-router";
import { checkCaseAccess } from "#domain/access/case-access.ts";
import { formatNok } from "#domain/i18n/format.ts";
import { amountsInKroner, unavailableSentences } from "#domain/payments/describe-payment.ts";
import { findGrant, listCasePayments } from "#domain/payments/find-grant.server.ts";
import { paymentOption } from "#domain/payments/payment-amounts.ts";
import { paymentRequestSchema } from "#domain/payments/payment-request-form.ts";
import { grantSummary, paymentRow } from "#domain/payments/payment-view.ts";
import { requestPayment } from "#domain/payments/request-payment.server.ts";
import { type PaymentKind, paymentKinds } from "#vocabulary/vocabulary.ts";
import { Button, Heading, Link, Paragraph } from "../../components/designsystemet.tsx";
import { FormErrors, formKitMessages, getFormProps, TextInput } from "../../components/form-kit.tsx";
import { Notice } from "../../components/notice.tsx";
import { GrantSummary } from "../../components/payments/grant-summary.tsx";
import { PaymentsTable } from "../../components/payments/payments-table.tsx";
import { failureMessage, failureStatus, notFoundPage, refusalFieldErrors } from "../../web/answer.server.ts";
import { openCase } from "../../web/case-request.server.ts";
import { localePath, useLocale, useT } from "../../web/locale.ts";
import { readForm } from "../../web/read-form.server.ts";
import type { RouteHandle } from "../../web/route-handle.ts";
import type { Route } from "./+types/application-payments";

// The grantee's payments: the grant and what has been paid, the advance to ask for once the grant
// is accepted, and the final payment once the final report is approved. Members of the applying
// organisation ask; everyone else with access to the application reads.

export const handle: RouteHandle = {
  messages: [
    "payments",
    "finalReport.title",
    "finalReport.error",
    "account.name.noMarkup",
    ...formKitMessages,
  ],
};

export async function loader(args: Route.LoaderArgs) {
  const { locale, t, access, application, db } = await openCase(args, "view");
  const [grant, payments] = await Promise.all([
    findGrant(db, application.id),
    listCasePayments(db, application.id),
  ]);
  const options = paymentKinds.map((kind) => ({
    kind,
    option: paymentOption(kind, application.status, grant, payments),
  }));
  // The grantee's side: the form of the one request allowed now, or why none is.
  const grantee = checkCaseAccess(access, "request_payment");
  const asks = grantee.allowed || grantee.kind === "state";
  const open = asks ? options.find((o) => o.option.allowed) : undefined;
  const done = new URL(args.request.url).searchParams.get("done");
  return {
    applicationId: application.id,
    caseNumber: application.caseNumber ?? "",
    done: done === "requested",
    grant: grantSummary(locale, grant, payments),
    payments: payments.map((p) => paymentRow(locale, t, p)),
    // The one request the grantee may make now (the advance and the final payment never overlap).
    form: open?.option.allowed
      ? { kind: open.kind, max: open.option.max, maxText: formatNok(locale, open.option.max) }
      : null,
    unavailable: grant && asks && !open ? unavailableSentences(t, application.status, options) : [],
  };
}

export async function action(args: Route.ActionArgs) {
  const { locale, t, user, access, db } = await openCase(args, "request_payment");
  const submission = parseWithZod(await readForm(args.request), { schema: paymentRequestSchema(t) });
  if (submission.status !== "success")
    return data({ result: submission.reply(), message: t("form.errorSummary") }, { status: 400 });
  const { intent: kind, amount } = submission.value;
  const result = await requestPayment(db, {
    applicationId: access.application.id,
    kind,
    amount,
    user,
    now: new Date(),
  });
  if (!result.ok) {
    if (result.kind === "not-found") throw notFoundPage();
    if (failureStatus(result) === 403) throw data({ reason: "forbidden" }, { status: 403 });
    // A wrong amount is bad input (400), said beside the amount with the kroner in the reader's
    // form; a request the case does not allow now (409) is said for the whole form.
    const fieldErrors = refusalFieldErrors(t, result, amountsInKroner(locale));
    const message = fieldErrors.amount?.[0] ?? failureMessage(t, result);
    return data(
      {
        message,
        result: submission.reply(fieldErrors.amount ? { fieldErrors } : { formErrors: [message] }),
      },
      { status: failureStatus(result) },
    );
  }
  // POST-redirect-GET: a reload does not ask twice (and a second request would be refused anyway).
  return redirect(localePath(locale, `/applications/${access.application.id}/payments?done=requested`));
}

export default function ApplicationPayments({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { applicationId, caseNumber, grant, payments, form: request, unavailable, done } = loaderData;
  return (
    <div className="bb-stack">
      <title>{`${t("payments.page.title", { caseNumber })} – ${t("app.name")}`}</title>
      <Heading level={1}>{t("payments.page.title", { caseNumber })}</Heading>
      <Notice
        result={
          done
            ? { ok: true, message: t("payments.requested") }
            : // Without the form (the case moved on meanwhile), the refusal is said here.
              actionData && !request
              ? { ok: false, message: actionData.message }
              : null
        }
      />
      <nav aria-label={t("payments.page.links")} className="bb-inline-list">
        <Link href={localePath(locale, `/applications/${applicationId}/status`)}>
          {t("payments.link.status")}
        </Link>
        <Link href={localePath(locale, `/applications/${applicationId}/final-report`)}>
          {t("finalReport.title")}
        </Link>
      </nav>
      {grant ? <GrantSummary grant={grant} /> : <Paragraph>{t("payments.noGrant")}</Paragraph>}
      <PaymentsTable payments={payments} />
      {request ? (
        <RequestForm key={request.kind} request={request} lastResult={actionData?.result} />
      ) : (
        unavailable.map((sentence) => <Paragraph key={sentence}>{sentence}</Paragraph>)
      )}
    </div>
  );
}

function RequestForm({
  request,
  lastResult,
}: {
  request: { kind: "advance" | "final"; max: number; maxText: string };
  lastResult?: SubmissionResult<string[]>;
}) {
  const t = useT();
  const [form, fields] = useForm<{ intent: string; amount: string }, { intent: PaymentKind; amount: number }>(
    {
      id: `request-${request.kind}`,
      lastResult,
      defaultValue: { amount: String(request.max) },
      onValidate: ({ formData }) => parseWithZod(formData, { schema: paymentRequestSchema(t) }),
    },
  );
  const advance = request.kind === "advance";
  return (
    <>
      <Heading level={2} data-size="sm">
        {t(advance ? "payments.advance.heading" : "payments.final.heading")}
      </Heading>
      <Paragraph>
        {t(advance ? "payments.advance.intro" : "payments.final.intro", { max: request.maxText })}
      </Paragraph>
      <Form method="post" className="bb-form" {...getFormProps(form)}>
        <FormErrors form={form} fieldLabels={{ amount: t("payments.amount") }} />
        <input type="hidden" name="intent" value={request.kind} />
        <TextInput
          field={fields.amount}
          label={t("payments.amount")}
          description={t("payments.amount.hint", { max: request.maxText })}
        />
        <div>
          <Button type="submit">{t(advance ? "payments.advance.submit" : "payments.final.submit")}</Button>
        </div>
      </Form>
    </>
  );
}
