import { describe, expect, it } from "vitest";
import { choroplethClasses, classFor, explainClasses, maxClasses } from "./choropleth.ts";

describe("choropleth classes", () => {
  it("covers every count from 0 to the maximum exactly once, in at most five classes plus none", () => {
    for (const max of [0, 1, 2, 3, 5, 6, 7, 13, 99, 101, 1000]) {
      const classes = choroplethClasses(max);
      expect(classes[0]).toMatchObject({ from: 0, to: 0 });
      expect(classes.length - 1).toBeLessThanOrEqual(maxClasses);
      expect(classes[classes.length - 1]!.to).toBe(max);
      for (let i = 1; i < classes.length; i++) expect(classes[i]!.from).toBe(classes[i - 1]!.to + 1);
      for (let n = 0; n <= max; n++) {
        const c = classFor(classes, n);
        expect(n).toBeGreaterThanOrEqual(c.from);
        expect(n).toBeLessThanOrEqual(c.to);
      }
    }
  });

  it("gives no projects a colour of its own, and darker colours to higher classes", () => {
    const classes = choroplethClasses(50);
    const fills = classes.map((c) => c.fill);
    expect(new Set(fills).size).toBe(fills.length);
    expect(classFor(classes, 0).fill).toBe("#ffffff");
    expect(classFor(classes, 50).fill).toBe("#3f007d");
  });

  it("uses the darkest colour for the top class even with few classes", () => {
    const classes = choroplethClasses(2);
    expect(classes.map((c) => [c.from, c.to])).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
    ]);
    expect(classes[2]!.fill).toBe("#3f007d");
  });

  it("explains the breaks", () => {
    expect(explainClasses(choroplethClasses(0))).toEqual({ kind: "none", max: 0 });
    expect(explainClasses(choroplethClasses(4))).toEqual({ kind: "single", max: 4 });
    expect(explainClasses(choroplethClasses(101))).toEqual({ kind: "equal", max: 101 });
  });

  it("picks a text colour on each fill that stands 4.5:1 against it", () => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => {
        const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const contrast = (a: string, b: string) => {
      const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (l1! + 0.05) / (l2! + 0.05);
    };
    for (const c of choroplethClasses(100)) expect(contrast(c.fill, c.text)).toBeGreaterThanOrEqual(4.5);
  });
});
