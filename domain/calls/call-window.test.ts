import { describe, expect, it } from "vitest";
import { checkCallWindow } from "./call-window.ts";
import { osloEndOfMinute, osloWallClockToInstant } from "./oslo-wall-clock.ts";

// A deadline typed as "date at 23:59" is stored as the end of 23:59:59 Oslo time (call-input.ts); the
// window includes that second and not the next one, whatever the season.
const deadline = (date: string) => {
  const result = osloEndOfMinute(date, "23:59");
  if (!result.ok) throw new Error(result.problem);
  return result.instant;
};
const opening = (date: string) => {
  const result = osloWallClockToInstant(date, "00:00");
  if (!result.ok) throw new Error(result.problem);
  return result.instant;
};
const plus = (date: Date, ms: number) => new Date(date.getTime() + ms);

describe("the call window", () => {
  for (const [season, date, utc] of [
    ["winter (UTC+1)", "2027-03-01", "2027-03-01T22:59:59"],
    ["summer (UTC+2)", "2027-10-01", "2027-10-01T21:59:59"],
    ["the day summer time starts", "2027-03-28", "2027-03-28T21:59:59"],
    ["the day summer time ends", "2027-10-31", "2027-10-31T22:59:59"],
  ] as const) {
    it(`takes an application at 23:59:59 Oslo time on the deadline and refuses one a second later: ${season}`, () => {
      const call = { opensAt: opening("2027-01-01"), closesAt: deadline(date) };
      expect(call.closesAt.toISOString()).toBe(`${utc}.999Z`);
      const lastSecond = new Date(`${utc}.000Z`);
      expect(checkCallWindow(call, lastSecond)).toEqual({ open: true });
      expect(checkCallWindow(call, plus(lastSecond, 999))).toEqual({ open: true });
      expect(checkCallWindow(call, plus(lastSecond, 1000))).toEqual({
        open: false,
        reason: "closed",
        closedAt: call.closesAt,
      });
    });
  }

  it("opens at the first second of the opening minute, in Oslo time across the change to summer time", () => {
    // Opens in winter, closes in summer: the offset differs at the two ends.
    const call = { opensAt: opening("2027-03-02"), closesAt: deadline("2027-10-01") };
    expect(call.opensAt.toISOString()).toBe("2027-03-01T23:00:00.000Z");
    expect(checkCallWindow(call, plus(call.opensAt, -1000))).toMatchObject({
      open: false,
      reason: "not-yet-open",
    });
    expect(checkCallWindow(call, call.opensAt)).toEqual({ open: true });
    expect(checkCallWindow(call, new Date("2027-10-01T21:59:59.500Z"))).toEqual({ open: true });
    expect(checkCallWindow(call, new Date("2027-10-01T22:00:00Z"))).toMatchObject({ open: false });
  });

  it("keeps a continuous call open with no end", () => {
    const call = { opensAt: opening("2024-01-01"), closesAt: null };
    expect(checkCallWindow(call, new Date("2040-06-01T12:00:00Z"))).toEqual({ open: true });
  });
});
