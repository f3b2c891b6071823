// The layout of a stacked bar chart (one bar per year, one segment per priority area), computed
// here so the page only writes out rectangles and the layout can be tested without React. Drawn
// on the server as SVG: it is there without JavaScript, and the same figures are in a table.

export interface BarChartInput {
  /** One bar each, left to right. */
  bars: { label: string; segments: number[] }[];
  /** Segment series, in stacking order (bottom first). */
  series: number;
}

export interface BarChartLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  ticks: { value: number; y: number }[];
  bars: {
    label: string;
    x: number;
    width: number;
    /** Label position under the bar, and whether there is room for it (else every other one). */
    labelX: number;
    showLabel: boolean;
    total: number;
    segments: { series: number; value: number; y: number; height: number }[];
  }[];
}

/**
 * Okabe–Ito colours (told apart with the common colour-vision deficiencies), in series order;
 * the last, grey, is for "not recorded". Segments are separated by a white line as well.
 */
export const seriesColours = [
  "#0072b2",
  "#e69f00",
  "#009e73",
  "#cc79a7",
  "#56b4e9",
  "#d55e00",
  "#f0e442",
  "#000000",
] as const;
export const notRecordedColour = "#8c8c8c";

/** A round step for about `count` axis ticks up to `max`: 1, 2, 2.5 or 5 times a power of ten. */
export function niceStep(max: number, count = 4): number {
  if (max <= 0) return 1;
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= raw)! * power;
  return step;
}

export function layoutBarChart(
  input: BarChartInput,
  size: { width?: number; height?: number } = {},
): BarChartLayout {
  const width = size.width ?? 800;
  const height = size.height ?? 320;
  const plot = { left: 88, top: 12, right: width - 8, bottom: height - 32 };
  const totals = input.bars.map((bar) => bar.segments.reduce((sum, v) => sum + v, 0));
  const max = Math.max(0, ...totals);
  const step = niceStep(max);
  const top = Math.max(step, Math.ceil(max / step) * step);
  const scale = (plot.bottom - plot.top) / top;
  const ticks: BarChartLayout["ticks"] = [];
  for (let value = 0; value <= top + step / 2; value += step)
    ticks.push({ value, y: round(plot.bottom - value * scale) });
  const slot = (plot.right - plot.left) / Math.max(1, input.bars.length);
  const barWidth = Math.min(48, slot * 0.7);
  // A year label is about 32 units wide: with narrower slots every other year is written.
  const labelEvery = slot >= 36 ? 1 : Math.ceil(36 / slot);
  return {
    width,
    height,
    plot,
    ticks,
    bars: input.bars.map((bar, index) => {
      const x = plot.left + slot * index + (slot - barWidth) / 2;
      let base = plot.bottom;
      const segments = bar.segments.flatMap((value, series) => {
        if (value <= 0) return [];
        const h = value * scale;
        base -= h;
        return [{ series, value, y: round(base), height: round(h) }];
      });
      return {
        label: bar.label,
        x: round(x),
        width: round(barWidth),
        labelX: round(x + barWidth / 2),
        showLabel: index % labelEvery === 0,
        total: totals[index]!,
        segments,
      };
    }),
  };
}

const round = (n: number) => Math.round(n * 10) / 10;
