import { describe, expect, it } from "vitest";
import {
  barentsProjection,
  clipRingToBox,
  fitToWidth,
  insideRings,
  labelPoint,
  projectedBounds,
  projectRing,
  ringsToPath,
} from "./project-map.ts";

describe("the Barents projection", () => {
  it("puts north up and east right across the region", () => {
    // Along each meridian, further north is higher on the page (smaller y)...
    for (const lon of [12, 25, 38, 50, 65]) {
      let previous = Infinity;
      for (let lat = 58; lat <= 82; lat += 2) {
        const { y } = barentsProjection(lon, lat);
        expect(y).toBeLessThan(previous);
        previous = y;
      }
    }
    // ...and along each parallel, further east is further right.
    for (const lat of [60, 66, 70, 76, 80]) {
      let previous = -Infinity;
      for (let lon = 10; lon <= 70; lon += 5) {
        const { x } = barentsProjection(lon, lat);
        expect(x).toBeGreaterThan(previous);
        previous = x;
      }
    }
  });

  it("keeps areas equal: two 1° cells compare as on the sphere", () => {
    const area = (lon: number, lat: number) => {
      const points = [
        barentsProjection(lon, lat),
        barentsProjection(lon + 1, lat),
        barentsProjection(lon + 1, lat + 1),
        barentsProjection(lon, lat + 1),
      ];
      let sum = 0;
      for (let i = 0; i < 4; i++) {
        const a = points[i]!;
        const b = points[(i + 1) % 4]!;
        sum += a.x * b.y - b.x * a.y;
      }
      return Math.abs(sum / 2);
    };
    const ratio = area(12, 60) / area(38, 68);
    const expected =
      (Math.sin(61 * (Math.PI / 180)) - Math.sin(60 * (Math.PI / 180))) /
      (Math.sin(69 * (Math.PI / 180)) - Math.sin(68 * (Math.PI / 180)));
    expect(ratio).toBeCloseTo(expected, 4);
  });
});

describe("fitting and drawing", () => {
  const ring = [
    [10, 60],
    [70, 60],
    [70, 82],
    [10, 82],
    [10, 60],
  ];
  const geometry = { type: "Polygon" as const, coordinates: [ring] };

  it("fits the shapes inside the viewBox with the padding", () => {
    const fit = fitToWidth(projectedBounds([geometry], barentsProjection), 800, 16);
    const points = projectRing(ring, barentsProjection, fit);
    for (const p of points) {
      expect(p.x).toBeGreaterThanOrEqual(16 - 0.5);
      expect(p.x).toBeLessThanOrEqual(800 - 16 + 0.5);
      expect(p.y).toBeGreaterThanOrEqual(16 - 0.5);
      expect(p.y).toBeLessThanOrEqual(fit.height - 16 + 0.5);
    }
    expect(Math.min(...points.map((p) => p.x))).toBeCloseTo(16, 0);
    expect(Math.max(...points.map((p) => p.x))).toBeCloseTo(784, 0);
  });

  it("writes a closed path with relative steps that come back to the start", () => {
    const path = ringsToPath([
      [
        { x: 10, y: 10 },
        { x: 20, y: 10 },
        { x: 20, y: 25 },
      ],
    ]);
    expect(path).toBe("M10 10l10 0 0 15z");
  });

  it("clips a ring to a box", () => {
    const clipped = clipRingToBox(
      [
        { x: -10, y: -10 },
        { x: 10, y: -10 },
        { x: 10, y: 10 },
        { x: -10, y: 10 },
      ],
      { minX: 0, minY: 0, maxX: 100, maxY: 100 },
    );
    expect(clipped.every((p) => p.x >= 0 && p.y >= 0)).toBe(true);
    expect(clipped).toHaveLength(4);
  });

  it("puts a label point inside an L-shaped region, away from its edges", () => {
    const shape = [
      [
        { x: 0, y: 0 },
        { x: 100, y: 0 },
        { x: 100, y: 20 },
        { x: 20, y: 20 },
        { x: 20, y: 100 },
        { x: 0, y: 100 },
      ],
    ];
    const label = labelPoint(shape);
    expect(insideRings(shape, label.x, label.y)).toBe(true);
    expect(label.radius).toBeGreaterThan(8);
    // The largest circle sits in the corner: touching both outer sides and the inner corner, r = 20√2/(1+√2).
    expect(label.radius).toBeCloseTo(11.7, 0);
  });
});
