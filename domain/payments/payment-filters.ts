import { isCalendarDate } from "#domain/eligibility/oslo-dates.ts";
import type { PaymentFilters } from "./list-payments.server.ts";
import { isPaymentKind, isPaymentStatus } from "./payment-amounts.ts";

// The payment list's filters as a query string, read the same way by the page and its CSV export,
// so the export is exactly the list that was on the screen. Anything unknown is left out, never an
// error: a filter link is a shareable URL and may be edited by hand.

export function readPaymentFilters(search: URLSearchParams): PaymentFilters {
  const text = (name: string, max: number) => {
    const value = search.get(name)?.trim().slice(0, max);
    return value ? value : undefined;
  };
  const status = search.get("status");
  const kind = search.get("kind");
  const from = search.get("from");
  const to = search.get("to");
  return {
    status: isPaymentStatus(status) ? status : undefined,
    kind: isPaymentKind(kind) ? kind : undefined,
    officeId: text("office", 64),
    caseNumber: text("caseNumber", 40),
    from: isCalendarDate(from) ? from : undefined,
    to: isCalendarDate(to) ? to : undefined,
  };
}

export function paymentFilterQuery(filters: PaymentFilters): string {
  const params = new URLSearchParams();
  if (filters.status) params.set("status", filters.status);
  if (filters.kind) params.set("kind", filters.kind);
  if (filters.officeId) params.set("office", filters.officeId);
  if (filters.caseNumber) params.set("caseNumber", filters.caseNumber);
  if (filters.from) params.set("from", filters.from);
  if (filters.to) params.set("to", filters.to);
  const query = params.toString();
  return query ? `?${query}` : "";
}
