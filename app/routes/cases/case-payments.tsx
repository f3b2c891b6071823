import { data, Form, redirect } from "react-router";
import { mayDo } from "#domain/access/case-access.ts";
import {
  decisionsFor,
  isPaymentDecision,
  type PaymentDecision,
  paymentDecisionOperations,
} from "#domain/payments/approve-payment.server.ts";
import { findGrant, listCasePayments } from "#domain/payments/find-grant.server.ts";
import { grantSummary, paymentRow } from "#domain/payments/payment-view.ts";
import { Button, Heading, Link, Paragraph } from "../../components/designsystemet.tsx";
import { Notice } from "../../components/notice.tsx";
import { GrantSummary } from "../../components/payments/grant-summary.tsx";
import { PaymentsTable } from "../../components/payments/payments-table.tsx";
import { refusal } from "../../web/answer.server.ts";
import { openCase } from "../../web/case-request.server.ts";
import { localePath, useLocale, useT } from "../../web/locale.ts";
import { readForm } from "../../web/read-form.server.ts";
import type { RouteHandle } from "../../web/route-handle.ts";
import type { Route } from "./+types/case-payments";

// The case's payments for the secretariat: the grant, what has been asked for and paid, and the
// decisions on each request (approve, mark as paid, refuse). For those who decide payments (the
// access rules' "decide_payment": advisers of the case's office, programme managers); a case
// outside the reader's scope is 404, like an unknown one.

export const handle: RouteHandle = { messages: ["payments", "finalReport.title"] };

export async function loader(args: Route.LoaderArgs) {
  const { locale, t, access, application, db } = await openCase(args, "decide_payment");
  const [grant, payments] = await Promise.all([
    findGrant(db, application.id),
    listCasePayments(db, application.id),
  ]);
  const canDecide = mayDo(access, "decide_payment");
  const done = new URL(args.request.url).searchParams.get("done");
  return {
    applicationId: application.id,
    caseNumber: application.caseNumber ?? "",
    state: t(`case.state.${application.status}`),
    done: isPaymentDecision(done) ? done : null,
    grant: grantSummary(locale, grant, payments),
    payments: payments.map((p) => ({
      ...paymentRow(locale, t, p),
      decisions: canDecide ? decisionsFor(p.status) : [],
    })),
  };
}

export async function action(args: Route.ActionArgs) {
  const { locale, t, user, application, db, mail } = await openCase(args, "decide_payment");
  const formData = await readForm(args.request);
  const decision = formData.get("intent");
  const paymentId = formData.get("paymentId");
  if (!isPaymentDecision(decision) || typeof paymentId !== "string" || paymentId.length > 64)
    return data({ ok: false, message: t("form.invalid") }, { status: 400 });
  const result = await paymentDecisionOperations[decision](db, {
    applicationId: application.id,
    paymentId,
    actor: user,
    now: new Date(),
    mail,
  });
  // Not found: the 404 page; forbidden (403) or not from this status (409): the reason above the list.
  if (!result.ok) return refusal(t, result);
  return redirect(localePath(locale, `/cases/${application.id}/payments?done=${decision}`));
}

const doneMessages: Record<
  PaymentDecision,
  "payments.decided.approve" | "payments.decided.mark-paid" | "payments.decided.refuse"
> = {
  approve: "payments.decided.approve",
  "mark-paid": "payments.decided.mark-paid",
  refuse: "payments.decided.refuse",
};

export default function CasePayments({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { applicationId, caseNumber, state, grant, payments, done } = loaderData;
  const notice = actionData ?? (done ? { ok: true, message: t(doneMessages[done]) } : null);
  return (
    <div className="bb-stack">
      <title>{`${t("payments.case.title", { caseNumber })} – ${t("app.name")}`}</title>
      <Heading level={1}>{t("payments.case.title", { caseNumber })}</Heading>
      <Paragraph>{t("payments.case.state", { state })}</Paragraph>
      <Notice result={notice} />
      <nav aria-label={t("payments.page.links")} className="bb-inline-list">
        <Link href={localePath(locale, `/cases/${applicationId}`)}>{t("payments.link.case")}</Link>
        <Link href={localePath(locale, `/cases/${applicationId}/final-report`)}>
          {t("finalReport.title")}
        </Link>
        <Link href={localePath(locale, "/payments")}>{t("payments.list.title")}</Link>
      </nav>
      {grant ? <GrantSummary grant={grant} /> : <Paragraph>{t("payments.case.noGrant")}</Paragraph>}
      <PaymentsTable
        payments={payments}
        withApproved
        actions={{
          header: t("payments.column.actions"),
          cell: (p) =>
            p.decisions.length === 0 ? null : (
              <div className="bb-actions">
                {p.decisions.map((decision) => (
                  <Form method="post" key={decision}>
                    <input type="hidden" name="paymentId" value={p.id} />
                    <Button
                      type="submit"
                      name="intent"
                      value={decision}
                      data-size="sm"
                      variant={decision === "refuse" ? "secondary" : "primary"}
                    >
                      {t(`payments.decision.${decision}`)}{" "}
                      <span className="bb-visually-hidden">
                        {p.kind} {p.amount}
                      </span>
                    </Button>
                  </Form>
                ))}
              </div>
            ),
        }}
      />
    </div>
  );
}
