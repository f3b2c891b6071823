import { describe, expect, it } from "vitest";
import { applyRowIntent, parseRowIntent } from "./row-intents.ts";

describe("adding and removing rows without JavaScript", () => {
  it("adds an empty row at the end and removes the row asked for, keeping the others as typed", () => {
    const values = { lines: [{ amount: "1" }, { amount: "2" }, { amount: "3" }], ownWork: [] };
    expect(applyRowIntent("budget", values, parseRowIntent("remove:lines:1")!)).toEqual({
      lines: [{ amount: "1" }, { amount: "3" }],
      ownWork: [],
    });
    expect(applyRowIntent("budget", values, parseRowIntent("add:ownWork")!).ownWork).toEqual([{}]);
  });

  it("ignores intents for lists the step does not have, and forged intents", () => {
    const values = { items: [{ name: "A" }] };
    expect(applyRowIntent("partners", values, parseRowIntent("add:lines")!)).toEqual(values);
    expect(parseRowIntent("remove:items:-1")).toBeNull();
    expect(parseRowIntent("add:__proto__")).toBeNull();
  });
});
