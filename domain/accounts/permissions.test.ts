import { describe, expect, it } from "vitest";
import { roles } from "#vocabulary/vocabulary.ts";
import { checkOrganisationPermission, checkPermission, permissionTable } from "./permissions.ts";

describe("permissions", () => {
  it("gives each permission to exactly the roles in the table, and explains every verdict", () => {
    for (const [permission, allowed] of Object.entries(permissionTable)) {
      for (const role of roles) {
        const verdict = checkPermission(role, permission as keyof typeof permissionTable);
        expect(verdict.allowed, `${role} ${permission}`).toBe((allowed as readonly string[]).includes(role));
        expect(verdict.reason).toContain(permission);
      }
    }
  });

  it("refuses everything to someone not logged in", () => {
    for (const permission of Object.keys(permissionTable)) {
      expect(checkPermission(null, permission as keyof typeof permissionTable).allowed).toBe(false);
    }
  });

  it("keeps administration to administrators and case reading to staff", () => {
    expect(checkPermission("applicant", "audit.read").allowed).toBe(false);
    expect(checkPermission("adviser", "users.manage").allowed).toBe(false);
    expect(checkPermission("administrator", "audit.read").allowed).toBe(true);
    expect(checkPermission("partner", "cases.read").allowed).toBe(false);
    expect(checkPermission("board_member", "cases.read").allowed).toBe(true);
  });

  it("lets only owners invite to and remove from an organisation", () => {
    expect(checkOrganisationPermission("owner", "organisation.invite").allowed).toBe(true);
    expect(checkOrganisationPermission("member", "organisation.invite").allowed).toBe(false);
    expect(checkOrganisationPermission("member", "organisation.view").allowed).toBe(true);
    expect(checkOrganisationPermission(null, "organisation.view")).toMatchObject({ allowed: false });
  });
});
