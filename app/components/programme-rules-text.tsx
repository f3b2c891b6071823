import type { ReactNode } from "react";
import type { RulesForReaders } from "#domain/programmes/rules-for-readers.ts";
import { useT } from "../web/locale.ts";
import { Paragraph } from "./designsystemet.tsx";
import { SectionHeading } from "./page.tsx";

// A programme's rules in words, as its page and its calls' pages both show them
// (domain/programmes/rules-for-readers.ts).

/** Who can apply: where the applicant is from and which partners the project needs. */
export function WhoCanApply({ rules, children }: { rules: RulesForReaders; children?: ReactNode }) {
  const t = useT();
  return (
    <>
      <SectionHeading>{t("programme.whoCanApply")}</SectionHeading>
      <Paragraph>{t("programme.applicantRegions", { regions: rules.applicantRegions })}</Paragraph>
      <Paragraph>
        {t("programme.partners", { count: rules.minPartners, regions: rules.partnerRegions })}
      </Paragraph>
      {children}
    </>
  );
}

/** What a project can be about. */
export function PriorityAreas({ heading, rules }: { heading: string; rules: RulesForReaders }) {
  return (
    <>
      <SectionHeading>{heading}</SectionHeading>
      <ul>
        {rules.priorityAreas.map((area) => (
          <li key={area.id}>{area.name}</li>
        ))}
      </ul>
    </>
  );
}

/** How much of the cost the programme may cover. */
export function FundingShares({ rules, children }: { rules: RulesForReaders; children?: ReactNode }) {
  const t = useT();
  return (
    <ul>
      <li>{t("programme.maxShare", { percent: rules.maxShare })}</li>
      <li>{t("programme.businessShare", { percent: rules.businessShare })}</li>
      <li>{t("programme.fullFunding", { amount: rules.fullFundingBelow })}</li>
      {children}
    </ul>
  );
}

/** Who decides: the secretariat below the threshold, the board above it at its meetings. */
export function WhoDecides({ rules }: { rules: RulesForReaders }) {
  const t = useT();
  return (
    <>
      <Paragraph>{t("programme.secretariatDecides", { amount: rules.boardThreshold })}</Paragraph>
      <Paragraph>
        {t("programme.boardDecides", { amount: rules.boardThreshold, dates: rules.boardDeadlines })}
      </Paragraph>
    </>
  );
}
