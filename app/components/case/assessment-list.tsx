import { recommendationText, scoreText } from "#domain/assessment/assessment-text.ts";
import type { AssessmentSummary } from "#domain/assessment/list-assessments.server.ts";
import { useLocale, useT } from "../../web/locale.ts";
import { Paragraph, Table } from "../designsystemet.tsx";
import { PageSection } from "../page-section.tsx";

// The assessments submitted for a case: a table of scores with the averages, then each assessor's
// comments and recommendation.

export interface Criterion {
  id: string;
  name: string;
}

export interface SubmittedAssessment {
  id: string;
  assessorName: string;
  submittedAt: string | null;
  scores: Record<string, { score: number; comment: string }>;
  recommendation: "approve" | "reject" | null;
  recommendedAmount: number | null;
  reasons: string | null;
}

/** The criteria and the averages over every submitted assessment, and those assessments. */
interface AssessmentsProps {
  view: { criteria: Criterion[]; summary: AssessmentSummary };
  submitted: SubmittedAssessment[];
}

export function AssessmentList({ view, submitted }: AssessmentsProps) {
  const t = useT();
  const locale = useLocale();
  return (
    <PageSection id="assessments" heading={t("assessment.list.heading")}>
      {submitted.length === 0 ? (
        <Paragraph>{t("assessment.list.none")}</Paragraph>
      ) : (
        <AssessmentTable view={view} submitted={submitted} />
      )}
      {submitted.map((assessment) => (
        <PageSection
          key={assessment.id}
          id={`assessment-${assessment.id}`}
          heading={t("assessment.by", { name: assessment.assessorName })}
          level={3}
          size="xs"
        >
          <dl className="bb-facts">
            {view.criteria.map((criterion) => (
              <div key={criterion.id} className="bb-contents">
                <dt>
                  {criterion.name}: {assessment.scores[criterion.id]?.score ?? "–"}
                </dt>
                <dd>{assessment.scores[criterion.id]?.comment || t("assessment.noComment")}</dd>
              </div>
            ))}
            <dt>{t("assessment.recommendation")}</dt>
            <dd>
              {recommendationText(t, locale, assessment.recommendation, assessment.recommendedAmount)}
              {assessment.reasons ? `: ${assessment.reasons}` : ""}
            </dd>
            <dt>{t("assessment.savedAt")}</dt>
            <dd>{assessment.submittedAt}</dd>
          </dl>
        </PageSection>
      ))}
    </PageSection>
  );
}

function AssessmentTable({ view, submitted }: AssessmentsProps) {
  const t = useT();
  const locale = useLocale();
  const average = (scores: Record<string, { score: number }>) => {
    const values = Object.values(scores).map((entry) => entry.score);
    return values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length;
  };
  return (
    <div className="bb-table-wrap">
      <Table data-size="sm">
        <caption className="bb-visually-hidden">{t("assessment.list.heading")}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t("assessment.assessor")}</Table.HeaderCell>
            {view.criteria.map((criterion) => (
              <Table.HeaderCell scope="col" key={criterion.id}>
                {criterion.name}
              </Table.HeaderCell>
            ))}
            <Table.HeaderCell scope="col">{t("assessment.average")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("assessment.recommendation")}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {submitted.map((assessment) => (
            <Table.Row key={assessment.id}>
              <Table.HeaderCell scope="row">{assessment.assessorName}</Table.HeaderCell>
              {view.criteria.map((criterion) => (
                <Table.Cell key={criterion.id}>
                  {scoreText(locale, assessment.scores[criterion.id]?.score)}
                </Table.Cell>
              ))}
              <Table.Cell>{scoreText(locale, average(assessment.scores))}</Table.Cell>
              <Table.Cell>
                {recommendationText(t, locale, assessment.recommendation, assessment.recommendedAmount)}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
        <Table.Foot>
          <Table.Row>
            <Table.HeaderCell scope="row">
              {t("assessment.averageAll", { count: view.summary.submitted })}
            </Table.HeaderCell>
            {view.criteria.map((criterion) => (
              <Table.Cell key={criterion.id}>
                {scoreText(locale, view.summary.averages[criterion.id])}
              </Table.Cell>
            ))}
            <Table.Cell>{scoreText(locale, view.summary.overall)}</Table.Cell>
            <Table.Cell>
              {t("assessment.recommendationCounts", {
                approve: view.summary.approve,
                reject: view.summary.reject,
              })}
            </Table.Cell>
          </Table.Row>
        </Table.Foot>
      </Table>
    </div>
  );
}
