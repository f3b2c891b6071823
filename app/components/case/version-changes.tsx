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
                <ChangeRow
                  key={change.path}
                  label={change.label}
                  before={change.before}
                  after={change.after}
                />
              ))}
              {changes.added.map((file) => (
                <ChangeRow
                  key={`added-${file.id}`}
                  label={t("workbench.case.attachmentAdded")}
                  before={null}
                  after={file.fileName}
                />
              ))}
              {changes.removed.map((file) => (
                <ChangeRow
                  key={`removed-${file.id}`}
                  label={t("workbench.case.attachmentRemoved")}
                  before={file.fileName}
                  after={null}
                />
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </PageSection>
  );
}

/** One change: what it was (struck through) and what it is (inserted); "–" where there is nothing. */
function ChangeRow({ label, before, after }: { label: string; before: string | null; after: string | null }) {
  return (
    <Table.Row>
      <Table.Cell>{label}</Table.Cell>
      <Table.Cell>{before === null ? "–" : <del>{before}</del>}</Table.Cell>
      <Table.Cell>{after === null ? "–" : <ins>{after}</ins>}</Table.Cell>
    </Table.Row>
  );
}
