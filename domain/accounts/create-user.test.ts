import { describe, expect, it } from "vitest";
import { newUserSchema } from "./create-user.server.ts";

// The accounts the CLI and demo mode create meet the same password policy as the forms'.
describe("new accounts outside the sign-up form", () => {
  const kari = {
    email: "kari.nordmann@example.org",
    name: "Kari Nordmann",
    role: "adviser",
    officeId: "kirkenes",
  };
  const problem = (password: string) => {
    const result = newUserSchema.safeParse({ ...kari, password });
    return result.success
      ? null
      : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
  };

  it("take a password the policy accepts", () => {
    expect(problem("barents-demo-2026")).toBeNull();
  });

  it("refuse one the policy refuses, saying which rule in English", () => {
    expect(problem("aaaaaaaaaa")).toBe("password: The password must have at least 15 characters.");
    expect(problem("nordmann-in-the-north")).toBe(
      "password: The password cannot contain your e-mail address.",
    );
    expect(problem("passwordpassword")).toBe(
      "password: This password is known from leaked password lists and is easy to guess. Choose another.",
    );
  });
});
