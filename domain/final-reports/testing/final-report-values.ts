import type { FinalReportValues } from "../final-report-content.ts";

/**
 * A final report that passes every rule for a 70,000 grant: 100,000 in costs, 30 % own funding.
 * Tests change only the fields they are about.
 */
export const finalReportValues = (overrides: Partial<FinalReportValues> = {}): FinalReportValues => ({
  done: "Two gatherings in Murmansk and Kirkenes",
  results: "A joint concert",
  cooperation: "Planned and led together",
  media: "https://example.org/article",
  participantsApplicant: 10,
  participantsPartner: 12,
  actual: { travel: 60_000, food: 30_000 },
  ownWorkActual: 10_000,
  financingGrant: 70_000,
  financingOwnFunds: 10_000,
  financingPartners: 10_000,
  financingOther: 0,
  ...overrides,
});
