// The steps of the application form, in order. Each editable step is a section a partner can be
// allowed to edit; "review" only shows and sends.
export const applicationSections = [
  "project",
  "applicant",
  "partners",
  "activities",
  "budget",
  "financing",
  "attachments",
] as const;
export type ApplicationSection = (typeof applicationSections)[number];

export const applicationSteps = [...applicationSections, "review"] as const;
export type ApplicationStep = (typeof applicationSteps)[number];

export function isApplicationSection(value: unknown): value is ApplicationSection {
  return (applicationSections as readonly unknown[]).includes(value);
}

export function isApplicationStep(value: unknown): value is ApplicationStep {
  return (applicationSteps as readonly unknown[]).includes(value);
}
