import { and, eq } from "drizzle-orm";
import { applicationVersions, programmes } from "#db/schema.ts";
import type { SubmittedCall, SubmittedContent } from "#domain/applications/submitted-content.ts";
import { renderApplicationPdf } from "#domain/documents/render-application-pdf.server.ts";
import type { RuleResult } from "#domain/eligibility/rule-result.ts";
import { programmeRulesSchema } from "#domain/programmes/programme-rules.ts";
import { openCase } from "../../web/case-request.server.ts";
import { fileNotFound, safeFileName } from "../../web/file-response.server.ts";
import { pdfResponse } from "../../web/pdf-response.server.ts";
import type { Route } from "./+types/application-pdf";

// A resource route: the PDF of one submitted version, in the reader's language, to whoever has
// access to the application. It is made from what the version stored (its content, the rules and
// call in force then, the screening then), never from today's rules, so it always shows what was sent.

/** "1", "12": a version number; "0", "01", "1.5", "abc" and absurdly large numbers are not. */
function parseVersionNumber(value: string | undefined): number | null {
  if (value === undefined || !/^[1-9]\d{0,8}$/.test(value)) return null;
  return Number(value);
}

export async function loader(args: Route.LoaderArgs) {
  const { locale, access, db } = await openCase(args, "view");
  // Unknown application, someone else's, or a version that does not exist: all the same 404.
  const number = parseVersionNumber(args.params.versionNumber);
  if (number === null) throw fileNotFound(locale);
  const [version] = await db
    .select()
    .from(applicationVersions)
    .where(
      and(
        eq(applicationVersions.applicationId, access.application.id),
        eq(applicationVersions.number, number),
      ),
    );
  if (!version) throw fileNotFound(locale);
  const [programme] = await db
    .select({ name: programmes.name })
    .from(programmes)
    .where(eq(programmes.id, access.application.programmeId));
  const call = version.call as SubmittedCall;

  const pdf = await renderApplicationPdf(locale, {
    caseNumber: version.caseNumber,
    submittedAt: version.submittedAt,
    programmeName: programme?.name[locale] ?? "",
    callTitle: call.title?.[locale] ?? "",
    version: version.number,
    // The submission stores SubmittedContent; the renderer takes the same shape (checked here by the compiler).
    content: version.content as SubmittedContent,
    rules: programmeRulesSchema.parse(version.programmeRules),
    eligibility: version.eligibility as RuleResult[],
  });
  return pdfResponse(pdf, `${safeFileName(version.caseNumber)}.pdf`);
}
