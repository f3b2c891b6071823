import type { AttachmentView } from "#domain/workbench/case-view.ts";
import { localePath, useLocale, useT } from "../../web/locale.ts";
import { Heading, Link, Paragraph } from "../designsystemet.tsx";

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
    <section aria-labelledby="attachments-heading" className="bb-stack">
      <Heading level={2} data-size="sm" id="attachments-heading">
        {t("application.step.attachments")}
      </Heading>
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
    </section>
  );
}
