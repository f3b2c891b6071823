import { describe, expect, it } from "vitest";
import {
  addMonths,
  appealDeadline,
  auditorRequired,
  endOfOsloDay,
  maxAdvance,
  reportDueOn,
} from "./grant-terms.ts";

describe("grant terms", () => {
  it("puts the report two months after the project's end, on the month's last day when it lacks the day", () => {
    expect(reportDueOn("2026-09-15", new Date("2026-03-01T10:00:00Z"))).toBe("2026-11-15");
    expect(reportDueOn("2026-12-31", new Date("2026-03-01T10:00:00Z"))).toBe("2027-02-28");
    expect(addMonths("2027-12-31", 2)).toBe("2028-02-29");
  });

  it("counts from the decision's Oslo date when the version has no end date", () => {
    // 23:30 UTC on 31 January is already 1 February in Oslo.
    expect(reportDueOn(undefined, new Date("2026-01-31T23:30:00Z"))).toBe("2026-04-01");
    expect(reportDueOn("not a date", new Date("2026-05-10T10:00:00Z"))).toBe("2026-07-10");
  });

  it("allows an advance of the percentage, rounded down to whole kroner", () => {
    expect(maxAdvance(70_000, 75)).toBe(52_500);
    expect(maxAdvance(33_333, 75)).toBe(24_999);
  });

  it("asks for an auditor only above the limit", () => {
    expect(auditorRequired(100_000, 100_000)).toBe(false);
    expect(auditorRequired(100_001, 100_000)).toBe(true);
  });

  it("gives three weeks to appeal, to the end of the Oslo day", () => {
    expect(appealDeadline(new Date("2026-03-02T09:00:00Z"))).toBe("2026-03-23");
    // The last moment of 23 March in Oslo (UTC+1) is 22:59:59.999 UTC.
    expect(endOfOsloDay("2026-03-23").toISOString()).toBe("2026-03-23T22:59:59.999Z");
    // Summer time: UTC+2.
    expect(endOfOsloDay("2026-07-01").toISOString()).toBe("2026-07-01T21:59:59.999Z");
  });
});
