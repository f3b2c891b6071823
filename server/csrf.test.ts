import { describe, expect, it } from "vitest";
import { isCrossSiteRequest } from "./csrf.ts";

const base = "http://127.0.0.1:3000";

describe("cross-site request check", () => {
  it("lets reads through whatever their origin", () => {
    expect(isCrossSiteRequest("GET", { origin: "https://evil.example" }, base)).toBe(false);
    expect(isCrossSiteRequest("HEAD", { "sec-fetch-site": "cross-site" }, base)).toBe(false);
  });

  it("lets same-origin form posts through", () => {
    expect(
      isCrossSiteRequest(
        "POST",
        { origin: base, host: "127.0.0.1:3000", "sec-fetch-site": "same-origin" },
        base,
      ),
    ).toBe(false);
    expect(isCrossSiteRequest("POST", { "sec-fetch-site": "none" }, base)).toBe(false);
    // Behind a proxy the Host the browser used is the origin's host.
    expect(
      isCrossSiteRequest("POST", { origin: "https://grants.example", host: "grants.example" }, base),
    ).toBe(false);
  });

  it("refuses posts from other sites, sandboxed frames and sibling subdomains", () => {
    expect(isCrossSiteRequest("POST", { origin: "https://evil.example", host: "127.0.0.1:3000" }, base)).toBe(
      true,
    );
    expect(isCrossSiteRequest("POST", { "sec-fetch-site": "cross-site" }, base)).toBe(true);
    expect(isCrossSiteRequest("POST", { "sec-fetch-site": "same-site" }, base)).toBe(true);
    expect(isCrossSiteRequest("DELETE", { origin: "null" }, base)).toBe(true);
    expect(isCrossSiteRequest("POST", { origin: "not a url" }, base)).toBe(true);
  });
});
