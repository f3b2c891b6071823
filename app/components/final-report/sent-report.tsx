import type { ReportView } from "#domain/final-reports/report-view.ts";
import { localePath, useLocale, useT } from "../../web/locale.ts";
import { Heading, Paragraph } from "../designsystemet.tsx";
import { Facts } from "../facts.tsx";

// A sent final report, read back: the grantee's copy (compact) and the adviser's review (each part
// under its own heading, with the outcome), built from the same pieces and the same ReportView.

/** The grantee's copy of the report as sent. */
export function SentReport({ report, applicationId }: { report: ReportView; applicationId: string }) {
  return (
    <>
      <ReportHeading report={report} />
      <ReportTexts report={report} />
      <Facts items={[...report.participants, ...report.financing, ...report.totals]} />
      <AccountsTable rows={report.accounts} />
      {report.auditor && <Paragraph>{report.auditor}</Paragraph>}
      {report.photos.length > 0 && <PhotoLinks report={report} applicationId={applicationId} />}
    </>
  );
}

/** The report as the adviser reviews it. */
export function ReviewedReport({ report, applicationId }: { report: ReportView; applicationId: string }) {
  const t = useT();
  return (
    <>
      <ReportHeading report={report} />
      {report.outcome && (
        <Paragraph>
          {t(`finalReport.outcome.${report.outcome}`)}
          {report.reviewedAt ? ` (${report.reviewedAt})` : ""}
        </Paragraph>
      )}
      <ReportTexts report={report} />
      <PartHeading>{t("finalReport.section.participants")}</PartHeading>
      <Facts items={report.participants} />
      <AccountsTable rows={report.accounts} />
      <PartHeading>{t("finalReport.section.financing")}</PartHeading>
      <Facts items={[...report.financing, ...report.totals]} />
      <PartHeading>{t("finalReport.section.auditor")}</PartHeading>
      <Paragraph>{report.auditor ?? t("finalReport.auditor.notRequired")}</Paragraph>
      <PartHeading>{t("finalReport.section.photos")}</PartHeading>
      {report.photos.length === 0 ? (
        <Paragraph>{t("finalReport.photos.none")}</Paragraph>
      ) : (
        <PhotoLinks report={report} applicationId={applicationId} />
      )}
    </>
  );
}

function ReportHeading({ report }: { report: ReportView }) {
  const t = useT();
  return (
    <Heading level={2} data-size="sm">
      {t("finalReport.number", { number: report.number, date: report.submittedAt })}
    </Heading>
  );
}

function PartHeading({ children }: { children: string }) {
  return (
    <Heading level={3} data-size="2xs">
      {children}
    </Heading>
  );
}

function ReportTexts({ report }: { report: ReportView }) {
  return report.texts.map((item) => (
    <div key={item.label}>
      <PartHeading>{item.label}</PartHeading>
      <Paragraph className="bb-message-body">{item.text}</Paragraph>
    </div>
  ));
}

function PhotoLinks({ report, applicationId }: { report: ReportView; applicationId: string }) {
  const locale = useLocale();
  return (
    <ul>
      {report.photos.map((photo) => (
        <li key={photo.id}>
          <a href={localePath(locale, `/applications/${applicationId}/attachments/${photo.id}`)}>
            {photo.fileName}
          </a>{" "}
          – {photo.consent}
        </li>
      ))}
    </ul>
  );
}

function AccountsTable({ rows }: { rows: ReportView["accounts"] }) {
  const t = useT();
  return (
    <div className="bb-table-wrap">
      <table className="ds-table" data-size="sm">
        <caption>{t("finalReport.section.accounts")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("finalReport.column.category")}</th>
            <th scope="col">{t("finalReport.column.budgeted")}</th>
            <th scope="col">{t("finalReport.column.actual")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.category}</th>
              <td>{row.budgeted}</td>
              <td>{row.actual}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
