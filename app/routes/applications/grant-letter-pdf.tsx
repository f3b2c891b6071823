import { makeDecisionLetter } from "#domain/grants/make-decision-letter.server.ts";
import { openCase } from "../../web/case-request.server.ts";
import { fileNotFound, safeFileName } from "../../web/file-response.server.ts";
import { pdfResponse } from "../../web/pdf-response.server.ts";
import type { Route } from "./+types/grant-letter-pdf";

// A resource route: the decision letter as a PDF in the page's language (the applicant follows the
// link from the grant page in theirs): the grant letter, or the rejection letter with how to appeal.
// For whoever has access to the application; nothing decided yet is a 404, like no access.

export async function loader(args: Route.LoaderArgs) {
  const { locale, application, db } = await openCase(args, "view");
  const letter = await makeDecisionLetter(db, application, locale);
  if (!letter) throw fileNotFound(locale);
  const caseNumber = safeFileName(application.caseNumber ?? "case");
  return pdfResponse(
    letter.pdf,
    `${letter.kind === "grant" ? "grant-letter" : "decision"}-${caseNumber}.pdf`,
  );
}
