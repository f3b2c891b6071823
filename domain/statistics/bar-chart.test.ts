import { describe, expect, it } from "vitest";
import { layoutBarChart, niceStep } from "./bar-chart.ts";

describe("niceStep", () => {
  it("picks 1, 2, 2.5 or 5 times a power of ten", () => {
    expect(niceStep(5_900_000)).toBe(2_000_000);
    expect(niceStep(1_000)).toBe(250);
    expect(niceStep(0)).toBe(1);
  });
});

describe("layoutBarChart", () => {
  const layout = layoutBarChart({
    bars: [
      { label: "2020", segments: [100, 0, 50] },
      { label: "2021", segments: [300, 100, 0] },
    ],
    series: 3,
  });

  it("stacks segments so each bar's height is its total, and the axis reaches past the highest", () => {
    const { plot } = layout;
    const lastTick = layout.ticks[layout.ticks.length - 1]!;
    expect(lastTick.value).toBeGreaterThanOrEqual(400);
    const unit = (plot.bottom - plot.top) / lastTick.value;
    for (const bar of layout.bars) {
      const height = bar.segments.reduce((s, seg) => s + seg.height, 0);
      expect(height).toBeCloseTo(bar.total * unit, 0);
      // Segments stack from the bottom without gaps or overlap.
      let base = plot.bottom;
      for (const segment of bar.segments) {
        expect(segment.y + segment.height).toBeCloseTo(base, 0);
        base = segment.y;
      }
      expect(bar.x).toBeGreaterThanOrEqual(plot.left);
      expect(bar.x + bar.width).toBeLessThanOrEqual(plot.right);
    }
    // Empty segments are not drawn.
    expect(layout.bars[0]!.segments.map((s) => s.series)).toEqual([0, 2]);
  });

  it("labels every other year when the bars are narrow", () => {
    const many = layoutBarChart({
      bars: Array.from({ length: 24 }, (_, i) => ({ label: String(2003 + i), segments: [1] })),
      series: 1,
    });
    expect(many.bars.filter((b) => b.showLabel).length).toBeLessThan(24);
    expect(many.bars[0]!.showLabel).toBe(true);
  });
});
