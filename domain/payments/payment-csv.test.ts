import { describe, expect, it } from "vitest";
import { csvField, csvLine, paymentCsvHeader, paymentCsvRow } from "./payment-csv.server.ts";

describe("the payment CSV", () => {
  it("quotes what would break a field and defuses formulas", () => {
    expect(csvField("Kor; Kirkenes")).toBe('"Kor; Kirkenes"');
    expect(csvField('Kor "Nord"')).toBe('"Kor ""Nord"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField("+47")).toBe("'+47");
    expect(csvField(-5)).toBe("-5");
    expect(csvField(null)).toBe("");
    expect(csvLine(["a", 1, null])).toBe("a;1;\r\n");
  });

  it("writes a header and rows in the reader's language with Oslo dates", () => {
    expect(paymentCsvHeader("en")).toBe(
      "Case number;Organisation;Kind;Amount (NOK);Status;Requested;Approved;Paid\r\n",
    );
    const row = paymentCsvRow("nb", {
      id: "p1",
      applicationId: "a1",
      caseNumber: "2026/00012",
      organisation: "Kirkenes Kulturforening",
      officeId: "kirkenes",
      kind: "advance",
      amount: 52_500,
      status: "paid",
      // 23:30 UTC on 31 December is 1 January in Oslo.
      requestedAt: new Date("2026-12-31T23:30:00Z"),
      approvedAt: new Date("2027-01-02T10:00:00Z"),
      paidAt: null,
    });
    expect(row).toBe("2026/00012;Kirkenes Kulturforening;Forskudd;52500;Utbetalt;2027-01-01;2027-01-02;\r\n");
  });
});
