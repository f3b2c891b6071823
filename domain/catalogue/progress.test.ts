import { describe, expect, it } from "vitest";
import { createProgress, progressBar } from "./progress.ts";

describe("progress on stderr", () => {
  it("writes a line per 1,000 rows when stderr is not a terminal", () => {
    const lines: string[] = [];
    const progress = createProgress({
      write: (t) => lines.push(t),
      tty: false,
      label: "Importing",
      total: 2500,
    });
    progress.update(500);
    progress.update(2000);
    progress.update(2500);
    progress.done();
    expect(lines).toEqual(["Importing: 1000/2500\n", "Importing: 2000/2500\n", "Importing: 2500/2500\n"]);
  });

  it("redraws one bar in place on a terminal, at most ten times a second", () => {
    let clock = 0;
    const output: string[] = [];
    const progress = createProgress({
      write: (t) => output.push(t),
      tty: true,
      label: "Generating",
      total: 10,
      now: () => clock,
    });
    progress.update(1);
    clock = 50;
    progress.update(2);
    clock = 200;
    progress.update(5);
    progress.update(10);
    progress.done();
    expect(output.every((t) => t.startsWith("\r") || t === "\n")).toBe(true);
    expect(output).toHaveLength(4);
    expect(output[2]).toBe(`\rGenerating ${progressBar(10, 10)}`);
    expect(progressBar(5, 10)).toBe(`[${"#".repeat(15)}${"-".repeat(15)}]  50% 5/10`);
  });
});
