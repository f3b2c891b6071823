import { describe, expect, it } from "vitest";
import {
  formatOrganisationNumber,
  isValidOrganisationNumber,
  parseOrganisationNumber,
} from "./organisation-number.ts";

describe("parseOrganisationNumber", () => {
  it.each([
    ["974760673", "974760673"], // Brønnøysundregistrene
    ["923609016", "923609016"], // Equinor ASA
    ["889640782", "889640782"], // NAV
    ["971526920", "971526920"], // Statistisk sentralbyrå
    ["974 760 673", "974760673"],
    [" 923 609 016 ", "923609016"],
    ["889\u00a0640\u00a0782", "889640782"], // no-break spaces, as copied from a web page
  ])("accepts %j as %s", (input, digits) => {
    expect(parseOrganisationNumber(input)).toEqual({ ok: true, value: digits });
  });

  const weightedSum = (eight: string) =>
    [...eight].reduce((sum, digit, i) => sum + Number(digit) * [3, 2, 7, 6, 5, 4, 3, 2][i]!, 0);

  it("takes check digit 0 when the remainder is 0", () => {
    // Statistisk sentralbyrå's number is a real one of this kind.
    expect(weightedSum("97152692") % 11).toBe(0);
    expect(parseOrganisationNumber("971526920")).toEqual({ ok: true, value: "971526920" });
    expect(parseOrganisationNumber("971526929")).toEqual({ ok: false, reason: "check-digit" });
  });

  it("refuses every number whose remainder is 1, since no check digit 10 exists", () => {
    expect(weightedSum("97476069") % 11).toBe(1);
    for (let digit = 0; digit <= 9; digit++) {
      expect(parseOrganisationNumber(`97476069${digit}`)).toEqual({ ok: false, reason: "check-digit" });
    }
  });

  it.each([
    ["974760674", "check-digit"], // last digit changed
    ["974706673", "check-digit"], // two digits swapped
    ["923609061", "check-digit"],
    ["97476067", "wrong-length"],
    ["9747606730", "wrong-length"],
    ["974-760-673", "not-digits"],
    ["NO974760673MVA", "not-digits"],
    ["97476067a", "not-digits"],
    ["", "empty"],
    ["   ", "empty"],
  ] as const)("refuses %j: %s", (input, reason) => {
    expect(parseOrganisationNumber(input)).toEqual({ ok: false, reason });
  });

  it("answers yes or no and prints the number in groups of three", () => {
    expect(isValidOrganisationNumber("974 760 673")).toBe(true);
    expect(isValidOrganisationNumber("974 760 674")).toBe(false);
    expect(formatOrganisationNumber("974760673")).toBe("974 760 673");
  });
});
