import { Fragment } from "react";
import type { SubmittedSection } from "#domain/workbench/case-view.ts";
import { localePath, useLocale, useT } from "../../web/locale.ts";
import { Link, Paragraph, Table } from "../designsystemet.tsx";
import { PageSection } from "../page-section.tsx";

/** The application exactly as sent (one version), section by section, with a link to its PDF. */
export function SubmittedApplication({
  applicationId,
  version,
  sections,
}: {
  applicationId: string;
  version: { number: number; submittedAt: string } | null;
  sections: SubmittedSection[];
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <PageSection id="application-heading" heading={t("workbench.case.application")}>
      {version ? (
        <Paragraph>
          {t("workbench.case.version", { version: version.number, date: version.submittedAt })}{" "}
          <Link href={localePath(locale, `/applications/${applicationId}/versions/${version.number}/pdf`)}>
            {t("workbench.case.pdf")}
          </Link>
        </Paragraph>
      ) : (
        <Paragraph>{t("workbench.case.noVersion")}</Paragraph>
      )}
      {sections.map((section) => (
        <PageSection
          key={section.id}
          id={`section-${section.id}`}
          heading={section.heading}
          level={3}
          size="xs"
        >
          {section.kind === "facts" ? (
            <dl className="bb-facts">
              {section.facts.map((fact) => (
                <Fragment key={fact.label}>
                  <dt>{fact.label}</dt>
                  <dd className="bb-message-body">{fact.value}</dd>
                </Fragment>
              ))}
            </dl>
          ) : section.rows.length === 0 ? (
            <Paragraph>{section.empty}</Paragraph>
          ) : (
            <div className="bb-table-wrap">
              <Table data-size="sm">
                <caption className="bb-visually-hidden">{section.heading}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell>#</Table.HeaderCell>
                    {section.columns.map((column) => (
                      <Table.HeaderCell key={column}>{column}</Table.HeaderCell>
                    ))}
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {section.rows.map((row, index) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: rows of a frozen version never move
                    <Table.Row key={index}>
                      <Table.Cell>{index + 1}</Table.Cell>
                      {row.map((cell, column) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: the columns are fixed
                        <Table.Cell key={column}>{cell}</Table.Cell>
                      ))}
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </div>
          )}
        </PageSection>
      ))}
    </PageSection>
  );
}
