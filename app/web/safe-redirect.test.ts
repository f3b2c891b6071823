import { describe, expect, it } from "vitest";
import { openRedirectPayloads } from "#tests/fixtures/open-redirect-payloads.ts";
import { isSafeRedirectPath, safeRedirectPath } from "./safe-redirect.ts";

describe("safe redirect paths", () => {
  it("knows enough payloads to mean something", () => {
    expect(openRedirectPayloads.length).toBeGreaterThanOrEqual(40);
    expect(new Set(openRedirectPayloads).size).toBe(openRedirectPayloads.length);
  });

  it.each(openRedirectPayloads.map((p) => [JSON.stringify(p), p]))(
    "refuses %s and falls back to the default page",
    (_, payload) => {
      expect(isSafeRedirectPath(payload)).toBe(false);
      expect(safeRedirectPath(payload, "/en")).toBe("/en");
    },
  );

  it.each([
    "/en",
    "/nb/account",
    "/en/application-invitations/3f2c1a9e-token",
    "/en/workbench?queue=new",
    "/en/login?redirectTo=%2Fen%2Faccount",
    "/ru/projects?q=%D0%BE%D0%BB%D0%B5%D0%BD%D0%B8&partnerRegion=ru-murmansk",
    "/en/applications/42/budget#step",
    "/en/projects?q=reindeer+herding",
  ])("keeps the path on this site %s as it is", (path) => {
    expect(isSafeRedirectPath(path)).toBe(true);
    expect(safeRedirectPath(path, "/en")).toBe(path);
  });

  it("refuses what is not a string or is too long", () => {
    for (const value of [undefined, null, 42, ["/en"], { path: "/en" }, `/${"a".repeat(2000)}`]) {
      expect(safeRedirectPath(value, "/nb")).toBe("/nb");
    }
  });

  it("refuses encodings nested deeper than any link of ours", () => {
    // "/" encoded four times over: never produced by us, so not followed to the end.
    expect(isSafeRedirectPath("/en%2525252Faccount")).toBe(false);
    expect(isSafeRedirectPath("/en%252Faccount")).toBe(true);
    expect(isSafeRedirectPath("/en/%E0%A4%A")).toBe(false);
  });
});
