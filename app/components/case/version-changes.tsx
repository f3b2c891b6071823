import type { ChangesView } from "#domain/workbench/case-view.ts";
import { useT } from "../../web/locale.ts";
import { Paragraph, Table } from "../designsystemet.tsx";
import { PageSection } from "../page-section.tsx";

/** What changed in the application since the version before: fields, attachments added and removed. */
export function VersionChanges({ changes }: { changes: ChangesView }) {
  const t = useT();
  const heading = t("workbench.case.changes", { version: changes.since });
  const nothing = changes.fields.length === 0 && changes.added.length === 0 && changes.removed.length === 0;
  return (
    <PageSection id="changes-heading" heading={heading}>
      {nothing ? (
        <Paragraph>{t("workbench.case.noChanges")}</Paragraph>
      ) : (
        <div className="bb-table-wrap">
          <Table data-size="sm">
            <caption className="bb-visually-hidden">{heading}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t("workbench.case.field")}</Table.HeaderCell>
                <Table.HeaderCell>{t("workbench.case.before")}</Table.HeaderCell>
                <Table.HeaderCell>{t("workbench.case.after")}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {changes.fields.map((change) => (
                <Table.Row key={change.path}>
                  <Table.Cell>{change.label}</Table.Cell>
                  <Table.Cell>
                    <del>{change.before}</del>
                  </Table.Cell>
                  <Table.Cell>
                    <ins>{change.after}</ins>
                  </Table.Cell>
                </Table.Row>
              ))}
              {changes.added.map((file) => (
                <Table.Row key={`added-${file.id}`}>
                  <Table.Cell>{t("workbench.case.attachmentAdded")}</Table.Cell>
                  <Table.Cell>–</Table.Cell>
                  <Table.Cell>
                    <ins>{file.fileName}</ins>
                  </Table.Cell>
                </Table.Row>
              ))}
              {changes.removed.map((file) => (
                <Table.Row key={`removed-${file.id}`}>
                  <Table.Cell>{t("workbench.case.attachmentRemoved")}</Table.Cell>
                  <Table.Cell>
                    <del>{file.fileName}</del>
                  </Table.Cell>
                  <Table.Cell>–</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </PageSection>
  );
}
