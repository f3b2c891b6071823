// The colours of the map: projects per region in at most five classes of equal width from 1 to the
// largest count, light to dark, and a region with no projects in a colour of its own (white), so
// "none" never looks like "a few". Every region also carries its count as text (label, tooltip and
// the table), so the colours are a help to the eye, never the only way to read a figure.

export interface ChoroplethClass {
  /** 0 for the "no projects" class, 1..5 for the others. */
  index: number;
  /** Smallest and largest count in the class (both included). */
  from: number;
  to: number;
  fill: string;
  /** Text drawn on this fill. */
  text: string;
}

/**
 * Fills from a sequential purple scale (ColorBrewer "Purples"), picked so that the region borders
 * (#3d3d3d) stand out on every one of them and the lightest is still clearly different from the
 * white of "none". Labels carry a halo in the opposite colour, so text contrast holds on any fill.
 */
export const choroplethPalette = {
  none: { fill: "#ffffff", text: "#1a1a1a" },
  classes: [
    { fill: "#e4e1f0", text: "#1a1a1a" },
    { fill: "#c2bedd", text: "#1a1a1a" },
    { fill: "#9e9ac8", text: "#1a1a1a" },
    { fill: "#6a51a3", text: "#ffffff" },
    { fill: "#3f007d", text: "#ffffff" },
  ],
  border: "#3d3d3d",
} as const;

export const maxClasses = choroplethPalette.classes.length;

/**
 * The classes for counts up to `max`: "none" (0) first, then up to five of equal width covering
 * 1..max with whole-number bounds. With max ≤ 5 each count is its own class; with max 0 there is
 * only "none".
 */
export function choroplethClasses(max: number): ChoroplethClass[] {
  const top = Math.max(0, Math.floor(max));
  const classes: ChoroplethClass[] = [{ index: 0, from: 0, to: 0, ...choroplethPalette.none }];
  const count = Math.min(maxClasses, top);
  let from = 1;
  for (let i = 1; i <= count; i++) {
    const to = i === count ? top : Math.round((top * i) / count);
    if (to < from) continue;
    // Spread the colours over the scale when there are fewer than five classes, so two classes
    // never get neighbouring shades while the darkest goes unused.
    const shade = count === 1 ? maxClasses - 1 : Math.round(((i - 1) * (maxClasses - 1)) / (count - 1));
    classes.push({ index: classes.length, from, to, ...choroplethPalette.classes[shade]! });
    from = to + 1;
  }
  return classes;
}

/** The class a count falls in (counts above the last class go in the last). */
export function classFor(classes: ChoroplethClass[], count: number): ChoroplethClass {
  return classes.find((c) => count >= c.from && count <= c.to) ?? classes[classes.length - 1]!;
}

/**
 * How the breaks were made, as data for a sentence on the page: the reader sees why 7 and 9 share
 * a colour.
 */
export function explainClasses(classes: ChoroplethClass[]): {
  kind: "none" | "single" | "equal";
  max: number;
} {
  const max = classes[classes.length - 1]!.to;
  if (max === 0) return { kind: "none", max };
  if (classes.every((c) => c.from === c.to)) return { kind: "single", max };
  return { kind: "equal", max };
}
