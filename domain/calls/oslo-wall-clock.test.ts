import { describe, expect, it } from "vitest";
import { osloOffsetMs, osloWallClockOf, osloWallClockToInstant } from "./oslo-wall-clock.ts";

const instant = (date: string, time: string, second = 0) => {
  const result = osloWallClockToInstant(date, time, second);
  if (!result.ok) throw new Error(result.problem);
  return result.instant.toISOString();
};

describe("Oslo wall-clock times", () => {
  it("uses UTC+1 in winter and UTC+2 in summer", () => {
    expect(instant("2027-03-01", "23:59", 59)).toBe("2027-03-01T22:59:59.000Z");
    expect(instant("2027-10-01", "23:59", 59)).toBe("2027-10-01T21:59:59.000Z");
    expect(instant("2024-01-01", "00:00")).toBe("2023-12-31T23:00:00.000Z");
    expect(osloOffsetMs(new Date("2027-01-15T12:00:00Z"))).toBe(3_600_000);
    expect(osloOffsetMs(new Date("2027-07-15T12:00:00Z"))).toBe(7_200_000);
  });

  it("gets the days the clocks change right, on both sides of the change", () => {
    // 2027: summer time from 28 March 01:00 UTC to 31 October 01:00 UTC.
    expect(instant("2027-03-28", "01:59")).toBe("2027-03-28T00:59:00.000Z");
    expect(instant("2027-03-28", "03:00")).toBe("2027-03-28T01:00:00.000Z");
    expect(instant("2027-03-28", "23:59", 59)).toBe("2027-03-28T21:59:59.000Z");
    expect(instant("2027-10-31", "00:00")).toBe("2027-10-30T22:00:00.000Z");
    expect(instant("2027-10-31", "23:59", 59)).toBe("2027-10-31T22:59:59.000Z");
  });

  it("refuses the hour skipped in spring and takes the first of the hour repeated in autumn", () => {
    expect(osloWallClockToInstant("2027-03-28", "02:30")).toEqual({ ok: false, problem: "skipped-by-dst" });
    expect(instant("2027-10-31", "02:30")).toBe("2027-10-31T00:30:00.000Z");
  });

  it("refuses dates and times that do not exist or are not written as asked", () => {
    expect(osloWallClockToInstant("2027-02-29", "12:00")).toEqual({ ok: false, problem: "invalid-date" });
    expect(osloWallClockToInstant("1.3.2027", "12:00")).toEqual({ ok: false, problem: "invalid-date" });
    expect(osloWallClockToInstant("2027-03-01", "24:00")).toEqual({ ok: false, problem: "invalid-time" });
    expect(osloWallClockToInstant("2027-03-01", "9:00")).toEqual({ ok: false, problem: "invalid-time" });
    expect(osloWallClockToInstant("2028-02-29", "12:00").ok).toBe(true);
  });

  it("writes an instant back as the Oslo date and time a manager typed", () => {
    expect(osloWallClockOf(new Date("2027-03-01T22:59:59Z"))).toEqual({ date: "2027-03-01", time: "23:59" });
    expect(osloWallClockOf(new Date("2027-10-01T21:59:59Z"))).toEqual({ date: "2027-10-01", time: "23:59" });
    expect(osloWallClockOf(new Date("2023-12-31T23:00:00Z"))).toEqual({ date: "2024-01-01", time: "00:00" });
  });
});
