import { describe, expect, it } from "vitest";
import { isCalendarDate, nextDeadline, osloDate } from "./oslo-dates.ts";

describe("Oslo dates", () => {
  it("gives the Oslo calendar day of a moment, summer and winter", () => {
    expect(osloDate(new Date("2026-02-28T23:30:00Z"))).toBe("2026-03-01");
    expect(osloDate(new Date("2026-02-28T22:59:59Z"))).toBe("2026-02-28");
    expect(osloDate(new Date("2026-06-30T22:00:00Z"))).toBe("2026-07-01");
    expect(osloDate(new Date("2026-06-30T21:59:59Z"))).toBe("2026-06-30");
  });

  it("accepts only real YYYY-MM-DD dates", () => {
    expect(isCalendarDate("2028-02-29")).toBe(true);
    expect(isCalendarDate("2026-02-29")).toBe(false);
    expect(isCalendarDate("2026-2-1")).toBe(false);
    expect(isCalendarDate("2026-01-01T00:00")).toBe(false);
    expect(isCalendarDate(20260101)).toBe(false);
  });

  it("finds the next yearly deadline on or after a day", () => {
    const deadlines = ["10-01", "03-01"];
    expect(nextDeadline("2026-01-15", deadlines)).toBe("2026-03-01");
    expect(nextDeadline("2026-03-01", deadlines)).toBe("2026-03-01");
    expect(nextDeadline("2026-03-02", deadlines)).toBe("2026-10-01");
    expect(nextDeadline("2026-12-31", deadlines)).toBe("2027-03-01");
    expect(nextDeadline("2026-12-31", [])).toBeNull();
  });
});
