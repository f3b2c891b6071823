import { type SubmissionResult, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, Form, redirect } from "react-router";
import { z } from "zod";
import { checkCaseAccess } from "#domain/access/case-access.ts";
import { wholeNumber } from "#domain/final-reports/final-report-form.ts";
import { formatDate, formatNok } from "#domain/i18n/format.ts";
import { createTranslator, type Translate } from "#domain/i18n/translate.ts";
import { describePaymentRefusal, describeUnavailable } from "#domain/payments/describe-payment.ts";
import { findGrant, listCasePayments } from "#domain/payments/find-grant.server.ts";
import {
  advanceCeiling,
  advanceStates,
  committedAmount,
  finalPaymentStates,
  type PaymentOption,
  paidAmount,
  paymentOption,
  remainingAmount,
} from "#domain/payments/payment-amounts.ts";
import { requestPayment } from "#domain/payments/request-payment.server.ts";
import type { CaseState } from "#vocabulary/vocabulary.ts";
import { type PaymentKind, paymentKinds } from "#vocabulary/vocabulary.ts";
import { DataTable } from "../../components/data-table.tsx";
import { Button, Heading, Link, Paragraph } from "../../components/designsystemet.tsx";
import { FormErrors, formKitMessages, getFormProps, TextInput } from "../../components/form-kit.tsx";
import { Notice } from "../../components/notice.tsx";
import { requireCaseAccess } from "../../web/case-access.server.ts";
import { localeFrom, localePath, useLocale, useT } from "../../web/locale.ts";
import { readForm } from "../../web/read-form.server.ts";
import type { RouteHandle } from "../../web/route-handle.ts";
import type { Route } from "./+types/application-payments";

// The grantee's payments: the grant and what has been paid, the advance to ask for once the grant
// is accepted, and the final payment once the final report is approved. Members of the applying
// organisation ask; everyone else with access to the application reads.

const maxAmount = 1_000_000_000;

const requestSchema = (t: Translate) =>
  z.object({
    intent: z.enum(paymentKinds, { error: t("form.invalid") }),
    amount: wholeNumber(t, maxAmount, true),
  });

/** Why no payment can be asked for now, in the grantee's words. */
function unavailableSentences(
  t: Translate,
  state: CaseState,
  options: { kind: PaymentKind; option: PaymentOption }[],
): string[] {
  const [advance, final] = options.map((o) => o.option);
  if (advanceStates.includes(state)) {
    return [
      ...(advance && !advance.allowed ? [describeUnavailable(t, "advance", advance)] : []),
      t("payments.final.notNow"),
    ];
  }
  if (finalPaymentStates.includes(state) && final && !final.allowed)
    return [describeUnavailable(t, "final", final)];
  return [t(state === "closed" ? "payments.closed" : "payments.notNow")];
}

export const handle: RouteHandle = {
  messages: [
    "payments",
    "finalReport.title",
    "finalReport.error",
    "account.name.noMarkup",
    ...formKitMessages,
  ],
};

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const locale = localeFrom(params);
  const { access } = await requireCaseAccess(request, context, locale, params.applicationId, "view");
  const t = createTranslator(locale);
  const { db } = context.services;
  const { application } = access;
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
  const done = new URL(request.url).searchParams.get("done");
  return {
    applicationId: application.id,
    caseNumber: application.caseNumber ?? "",
    done: done === "requested",
    grant: grant
      ? {
          amount: formatNok(locale, grant.amount),
          advanceMaxPercent: grant.advanceMaxPercent,
          advanceCeiling: formatNok(locale, advanceCeiling(grant)),
          paid: formatNok(locale, paidAmount(payments)),
          pending: formatNok(locale, committedAmount(payments) - paidAmount(payments)),
          remaining: formatNok(locale, remainingAmount(grant, payments)),
        }
      : null,
    payments: payments.map((p) => ({
      id: p.id,
      kind: t(`payments.kind.${p.kind}`),
      amount: formatNok(locale, p.amount),
      status: t(`payments.status.${p.status}`),
      requested: formatDate(locale, p.requestedAt, "short"),
      paid: p.paidAt ? formatDate(locale, p.paidAt, "short") : "",
    })),
    // The one request the grantee may make now (the advance and the final payment never overlap).
    form: open?.option.allowed
      ? { kind: open.kind, max: open.option.max, maxText: formatNok(locale, open.option.max) }
      : null,
    unavailable: grant && asks && !open ? unavailableSentences(t, application.status, options) : [],
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const locale = localeFrom(params);
  const { user, access } = await requireCaseAccess(
    request,
    context,
    locale,
    params.applicationId,
    "request_payment",
  );
  const t = createTranslator(locale);
  const { db } = context.services;
  const submission = parseWithZod(await readForm(request), { schema: requestSchema(t) });
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
    if (result.error === "not-found") throw data({ reason: "not-found" }, { status: 404 });
    if (result.error === "forbidden") throw data({ reason: "forbidden" }, { status: 403 });
    const grant = await findGrant(db, access.application.id);
    const message = describePaymentRefusal(t, locale, result, grant);
    const aboutAmount = ["amount-invalid", "above-advance-share", "above-grant"].includes(result.reason);
    // A wrong amount is bad input (400); a request the case does not allow now is a conflict (409).
    return data(
      {
        message,
        result: submission.reply(
          aboutAmount ? { fieldErrors: { amount: [message] } } : { formErrors: [message] },
        ),
      },
      { status: aboutAmount ? 400 : 409 },
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
      {grant ? (
        <>
          <Heading level={2} data-size="sm">
            {t("payments.grant.heading")}
          </Heading>
          <dl className="bb-facts">
            <dt>{t("payments.grant.amount")}</dt>
            <dd>{grant.amount}</dd>
            <dt>{t("payments.grant.advanceCeiling", { percent: grant.advanceMaxPercent })}</dt>
            <dd>{grant.advanceCeiling}</dd>
            <dt>{t("payments.grant.paid")}</dt>
            <dd>{grant.paid}</dd>
            <dt>{t("payments.grant.pending")}</dt>
            <dd>{grant.pending}</dd>
            <dt>{t("payments.grant.remaining")}</dt>
            <dd>{grant.remaining}</dd>
          </dl>
        </>
      ) : (
        <Paragraph>{t("payments.noGrant")}</Paragraph>
      )}

      <Heading level={2} data-size="sm">
        {t("payments.list.heading")}
      </Heading>
      {payments.length === 0 ? (
        <Paragraph>{t("payments.list.none")}</Paragraph>
      ) : (
        <DataTable
          caption={t("payments.list.heading")}
          rows={payments}
          rowKey={(p) => p.id}
          columns={[
            { header: t("payments.column.kind"), cell: (p) => p.kind },
            { header: t("payments.column.amount"), cell: (p) => p.amount },
            { header: t("payments.column.status"), cell: (p) => p.status },
            { header: t("payments.column.requested"), cell: (p) => p.requested },
            { header: t("payments.column.paid"), cell: (p) => p.paid },
          ]}
        />
      )}

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
      onValidate: ({ formData }) => parseWithZod(formData, { schema: requestSchema(t) }),
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
