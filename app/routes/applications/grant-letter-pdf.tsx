import { makeDecisionLetter } from "#domain/grants/make-decision-letter.server.ts";
import { createTranslator } from "#domain/i18n/translate.ts";
import { requireCaseAccess } from "../../web/case-access.server.ts";
import { localeFrom } from "../../web/locale.ts";
import type { Route } from "./+types/grant-letter-pdf";

// A resource route: the decision letter as a PDF in the page's language (the applicant follows the
// link from the grant page in theirs): the grant letter, or the rejection letter with how to appeal.
// For whoever has access to the application; nothing decided yet is a 404, like no access.

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const locale = localeFrom(params);
  const { access } = await requireCaseAccess(request, context, locale, params.applicationId, "view");
  const letter = await makeDecisionLetter(context.services.db, access.application, locale);
  if (!letter) {
    throw new Response(createTranslator(locale)("error.notFound.title"), {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" },
    });
  }
  const caseNumber = (access.application.caseNumber ?? "case").replace(/[^A-Za-z0-9._-]/g, "-");
  const fileName = `${letter.kind === "grant" ? "grant-letter" : "decision"}-${caseNumber}.pdf`;
  return new Response(letter.pdf as Uint8Array<ArrayBuffer>, {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Length": String(letter.pdf.length),
      "Content-Disposition": `inline; filename="${fileName}"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
