import { describe, expect, it } from "vitest";
import {
  advanceCeiling,
  checkPaymentRequest,
  committedAmount,
  type PaymentAmount,
  paymentOption,
  remainingAmount,
} from "./payment-amounts.ts";

const grant = { amount: 70_001, advanceMaxPercent: 75 };
const pay = (kind: "advance" | "final", amount: number, status: PaymentAmount["status"]): PaymentAmount => ({
  kind,
  amount,
  status,
});

describe("what may be paid out of a grant", () => {
  it("caps the advance at the programme's share, rounded down to whole kroner", () => {
    expect(advanceCeiling(grant)).toBe(52_500);
    expect(advanceCeiling({ amount: 100_000, advanceMaxPercent: 75 })).toBe(75_000);
  });

  it("counts every payment that is not refused against the grant", () => {
    const payments = [
      pay("advance", 50_000, "paid"),
      pay("final", 10_000, "requested"),
      pay("final", 5_000, "refused"),
    ];
    expect(committedAmount(payments)).toBe(60_000);
    expect(remainingAmount(grant, payments)).toBe(10_001);
  });

  it("offers the advance only after acceptance and only once, unless refused", () => {
    expect(paymentOption("advance", "approved", grant, [])).toEqual({
      allowed: false,
      reason: "wrong-state",
    });
    expect(paymentOption("advance", "grant_accepted", grant, [])).toEqual({ allowed: true, max: 52_500 });
    expect(paymentOption("advance", "running", grant, [pay("advance", 1, "requested")])).toEqual({
      allowed: false,
      reason: "advance-exists",
    });
    expect(paymentOption("advance", "running", grant, [pay("advance", 1, "refused")])).toMatchObject({
      allowed: true,
    });
    expect(paymentOption("advance", "running", null, [])).toEqual({ allowed: false, reason: "no-grant" });
  });

  it("offers the final payment after the approved report, for what is left", () => {
    const payments = [pay("advance", 52_500, "paid")];
    expect(paymentOption("final", "running", grant, payments)).toEqual({
      allowed: false,
      reason: "wrong-state",
    });
    expect(paymentOption("final", "report_approved", grant, payments)).toEqual({
      allowed: true,
      max: 17_501,
    });
    expect(
      paymentOption("final", "report_approved", grant, [...payments, pay("final", 17_501, "approved")]),
    ).toEqual({ allowed: false, reason: "final-exists" });
    expect(
      paymentOption("final", "report_approved", { amount: 52_500, advanceMaxPercent: 100 }, payments),
    ).toEqual({
      allowed: false,
      reason: "nothing-left",
    });
  });

  it("refuses amounts above the share or the grant, and amounts that are not whole kroner", () => {
    expect(checkPaymentRequest("advance", 52_501, "running", grant, [])).toEqual({
      ok: false,
      reason: "above-advance-share",
      max: 52_500,
    });
    expect(
      checkPaymentRequest("final", 17_502, "report_approved", grant, [pay("advance", 52_500, "paid")]),
    ).toEqual({
      ok: false,
      reason: "above-grant",
      max: 17_501,
    });
    expect(checkPaymentRequest("advance", 0, "running", grant, [])).toMatchObject({
      reason: "amount-invalid",
    });
    expect(checkPaymentRequest("advance", 10.5, "running", grant, [])).toMatchObject({
      reason: "amount-invalid",
    });
    expect(checkPaymentRequest("advance", 52_500, "running", grant, [])).toEqual({ ok: true });
  });
});
