import { describe, expect, it } from "vitest";
import { canonicalJson } from "./hash-audit-entry.server.ts";
import { isSecretKey, MAX_STRING_LENGTH, REDACTED, redactAuditValue } from "./redact-audit-value.ts";
import { summariseChange } from "./summarise-change.server.ts";

describe("summariseChange", () => {
  it("keeps only the fields that changed", () => {
    const result = summariseChange(
      { name: "Old", locale: "nb", tags: ["a"], when: new Date("2025-01-01T00:00:00Z") },
      { name: "New", locale: "nb", tags: ["a"], when: new Date("2025-01-01T00:00:00Z") },
    );
    expect(result).toEqual({ before: { name: "Old" }, after: { name: "New" } });
  });

  it("shows added and removed fields on one side only", () => {
    expect(summariseChange({ a: 1 }, { b: 2 })).toEqual({ before: { a: 1 }, after: { b: 2 } });
  });

  it("marks a changed password without storing it", () => {
    const result = summariseChange(
      { passwordHash: "old-hash", name: "A" },
      { passwordHash: "new-hash", name: "A" },
    );
    expect(result).toEqual({ before: { passwordHash: REDACTED }, after: { passwordHash: REDACTED } });
    expect(JSON.stringify(result)).not.toContain("old-hash");
  });

  it("passes a creation or deletion through, redacted", () => {
    expect(summariseChange(undefined, { role: "adviser", token: "t0k" })).toEqual({
      before: undefined,
      after: { role: "adviser", token: REDACTED },
    });
  });
});

describe("redactAuditValue", () => {
  it("drops credentials at any depth", () => {
    const value = redactAuditValue({
      user: { email_verified: true, resetToken: "abc", api_key: "k", nested: { client_secret: "s" } },
    });
    expect(value).toEqual({
      user: {
        email_verified: true,
        resetToken: REDACTED,
        api_key: REDACTED,
        nested: { client_secret: REDACTED },
      },
    });
  });

  it("truncates long strings and arrays and cuts deep nesting", () => {
    const long = "x".repeat(5000);
    const value = redactAuditValue({ text: long, list: Array.from({ length: 30 }, (_, i) => i) }) as {
      text: string;
      list: unknown[];
    };
    expect(value.text.length).toBeLessThan(MAX_STRING_LENGTH + 30);
    expect(value.text).toContain("[5000 chars]");
    expect(value.list).toHaveLength(21);
    expect(value.list.at(-1)).toBe("[… 10 more]");
    const deep = redactAuditValue({ a: { b: { c: { d: { e: { f: 1 } } } } } });
    expect(JSON.stringify(deep)).toContain("[…]");
  });

  it("turns what jsonb cannot hold into what it can", () => {
    expect(
      redactAuditValue({ n: 10n, nul: "a\u0000b", lone: "x\ud800", inf: Number.POSITIVE_INFINITY }),
    ).toEqual({
      n: "10",
      nul: "ab",
      lone: "x\ufffd",
      inf: null,
    });
  });

  it("recognises secret keys by word, not by substring", () => {
    for (const key of [
      "password",
      "newPassword",
      "password_hash",
      "accessToken",
      "id_token",
      "apiKey",
      "SECRET",
    ]) {
      expect(isSecretKey(key), key).toBe(true);
    }
    for (const key of ["footprint", "topic", "passage", "role", "saltwaterFish"]) {
      expect(isSecretKey(key), key).toBe(false);
    }
  });
});

describe("canonicalJson", () => {
  it("is independent of key order", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [1, { x: 1, y: 2 }] }, b: 1 }),
    );
  });
});
