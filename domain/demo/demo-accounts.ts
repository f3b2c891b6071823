import type { Role } from "#vocabulary/vocabulary.ts";

// One demo account per role (issue #2); the password comes from DEMO_PASSWORD.
export const demoAccounts: { email: string; name: string; role: Role; officeId?: string }[] = [
  { email: "applicant@example.org", name: "Ingrid Applicant", role: "applicant" },
  { email: "partner@example.org", name: "Olga Partner", role: "partner" },
  { email: "adviser@example.org", name: "Anders Adviser", role: "adviser", officeId: "kirkenes" },
  { email: "manager@example.org", name: "Maria Manager", role: "programme_manager" },
  { email: "board@example.org", name: "Bjørn Board", role: "board_member" },
  { email: "admin@example.org", name: "Ada Administrator", role: "administrator" },
];
