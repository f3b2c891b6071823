import type { AttachmentView } from "#domain/workbench/case-view.ts";
import { localePath, useLocale, useT } from "../../web/locale.ts";
import { Link, Paragraph } from "../designsystemet.tsx";
import { PageSection } from "../page-section.tsx";

/** The attachments sent with the application, each a link to the file. */
export function CaseAttachments({
  applicationId,
  attachments,
}: {
  applicationId: string;
  attachments: AttachmentView[];
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <PageSection id="attachments-heading" heading={t("application.step.attachments")}>
      {attachments.length === 0 ? (
        <Paragraph>{t("documents.none")}</Paragraph>
      ) : (
        <ul>
          {attachments.map((file) => (
            <li key={file.id}>
              <Link href={localePath(locale, `/applications/${applicationId}/attachments/${file.id}`)}>
                {file.fileName}
              </Link>{" "}
              ({file.kind}, {file.size})
            </li>
          ))}
        </ul>
      )}
    </PageSection>
  );
}
