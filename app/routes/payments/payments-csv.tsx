import { csvByteOrderMark, paymentCsvLines } from "#domain/payments/payment-csv.server.ts";
import { readPaymentFilters } from "#domain/payments/payment-filters.ts";
import { openPage } from "../../web/case-request.server.ts";
import type { Route } from "./+types/payments-csv";

// A resource route: the payment list with the page's filters as CSV (format: domain/payments/
// payment-csv.server.ts — UTF-8 with BOM, semicolons, CRLF, a header row). Streamed: each row is written
// as it is read, batch by batch, so an export of any size never sits in memory whole.

export async function loader(args: Route.LoaderArgs) {
  const { locale, user, db } = await openPage(args, "payments.manage");
  const filters = readPaymentFilters(new URL(args.request.url).searchParams);
  const lines = paymentCsvLines(db, user, filters, locale);
  const encoder = new TextEncoder();
  let started = false;
  const body = new ReadableStream<Uint8Array>({
    // Pull-based: the next row is read only when the client has taken the previous ones.
    async pull(controller) {
      try {
        const next = await lines.next();
        if (next.done) {
          controller.close();
          return;
        }
        const text = started ? next.value : `${csvByteOrderMark}${next.value}`;
        started = true;
        controller.enqueue(encoder.encode(text));
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel() {
      await lines.return(undefined);
    },
  });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="payments-${day}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
