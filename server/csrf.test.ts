import { describe, expect, it } from "vitest";
import { isCrossSiteRequest } from "./csrf.ts";

const base = "http://127.0.0.1:3000";
const own = [base, base];

describe("cross-site request check", () => {
  it("lets reads through whatever their origin", () => {
    expect(isCrossSiteRequest("GET", { origin: "https://evil.example" }, own)).toBe(false);
    expect(isCrossSiteRequest("HEAD", { "sec-fetch-site": "cross-site" }, own)).toBe(false);
  });

  it("lets same-origin form posts through", () => {
    expect(isCrossSiteRequest("POST", { origin: base, "sec-fetch-site": "same-origin" }, own)).toBe(false);
    expect(isCrossSiteRequest("POST", { "sec-fetch-site": "none" }, own)).toBe(false);
    // Behind a trusted proxy the request's own origin is the one the proxy reports.
    expect(
      isCrossSiteRequest("POST", { origin: "https://grants.example" }, [base, "https://grants.example"]),
    ).toBe(false);
  });

  it("refuses posts from other sites, other schemes, sandboxed frames and sibling subdomains", () => {
    expect(isCrossSiteRequest("POST", { origin: "https://evil.example" }, own)).toBe(true);
    // The same host over http is another origin than the https site.
    expect(
      isCrossSiteRequest("POST", { origin: "http://grants.example" }, [
        "https://grants.example",
        "https://grants.example",
      ]),
    ).toBe(true);
    expect(isCrossSiteRequest("POST", { "sec-fetch-site": "cross-site" }, own)).toBe(true);
    expect(isCrossSiteRequest("POST", { "sec-fetch-site": "same-site" }, own)).toBe(true);
    expect(isCrossSiteRequest("DELETE", { origin: "null" }, own)).toBe(true);
    expect(isCrossSiteRequest("POST", { origin: "not a url" }, own)).toBe(true);
  });
});
