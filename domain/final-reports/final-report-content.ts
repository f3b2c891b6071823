// What a final report holds (final_report.content), as the grantee sent it. Money is whole kroner.
// The budgeted amounts are copied from the application as sent, so the report reads the same years
// later whatever happens to the programme's rules.

/** The values the grantee types (after parsing): the form's fields, one to one. */
export interface FinalReportValues {
  /** What was done. */
  done: string;
  results: string;
  /** How the partners cooperated. */
  cooperation: string;
  /** Media coverage: text and links; may be empty. */
  media: string;
  participantsApplicant: number;
  participantsPartner: number;
  /** Actual costs per cost category id. */
  actual: Record<string, number>;
  /** Own work actually done, valued in NOK. */
  ownWorkActual: number;
  financingGrant: number;
  financingOwnFunds: number;
  financingPartners: number;
  financingOther: number;
  auditorName?: string;
  auditorConfirmed?: boolean;
  /** The report's photos (uploaded beforehand) and whether each may be published. */
  photos?: { id: string; consent?: boolean }[];
}

export interface FinalReportContent {
  done: string;
  results: string;
  cooperation: string;
  media: string;
  participants: { applicantSide: number; partnerSide: number };
  accounts: { category: string; budgeted: number; actual: number }[];
  ownWork: { budgeted: number; actual: number };
  financing: { grant: number; ownFunds: number; partnerContributions: number; otherSources: number };
  totals: { costs: number; ownFunding: number; ownFundingPercent: number };
  photos: { attachmentId: string; fileName: string; consent: boolean }[];
  /** The auditor's confirmation, when the grant needs one. */
  auditor: { name: string; confirmed: true } | null;
}
