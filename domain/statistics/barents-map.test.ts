import { describe, expect, it } from "vitest";
import { barentsRegions } from "#domain/regions/barents-regions.ts";
import { barentsMap, labelFit } from "./barents-map.server.ts";
import { insideRings } from "./project-map.ts";

const numbers = (path: string) => path.match(/-?\d+(\.\d+)?/g)?.length ?? 0;

/** Absolute points of a path as ringsToPath writes it (M x y l dx dy … z). */
function rings(path: string): { x: number; y: number }[][] {
  return path
    .split("z")
    .filter(Boolean)
    .map((part) => {
      const [start, steps = ""] = part.slice(1).split("l");
      const [x0, y0] = start!.trim().split(" ").map(Number);
      const values = steps.replaceAll("-", " -").trim().split(/\s+/).filter(Boolean).map(Number);
      const points = [{ x: x0!, y: y0! }];
      for (let i = 0; i < values.length; i += 2) {
        const last = points[points.length - 1]!;
        points.push({ x: last.x + values[i]!, y: last.y + values[i + 1]! });
      }
      return points;
    });
}

describe("the Barents map", () => {
  const map = barentsMap();

  it("has all 13 regions, by the ids the catalogue uses, each with a non-empty path", () => {
    expect(map.regions.map((r) => r.id).sort()).toEqual(barentsRegions.map((r) => r.id).sort());
    for (const region of map.regions) expect(numbers(region.path)).toBeGreaterThan(20);
  });

  it("draws every region inside the viewBox", () => {
    const points = map.regions.flatMap((region) => rings(region.path).flat());
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThanOrEqual(map.width);
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...ys)).toBeLessThanOrEqual(map.height);
  });

  it("puts each region's label point inside the region", () => {
    for (const region of map.regions) {
      expect(insideRings(rings(region.path), region.label.x, region.label.y), region.id).toBe(true);
      expect(region.label.radius, region.id).toBeGreaterThan(5);
    }
  });

  it("places Murmansk east of Finnmark and Finnmark north of Kainuu", () => {
    const at = (id: string) => map.regions.find((r) => r.id === id)!.label;
    expect(at("ru-murmansk").x).toBeGreaterThan(at("no-finnmark").x);
    expect(at("no-finnmark").y).toBeLessThan(at("fi-kainuu").y);
  });

  it("has the four countries behind the regions", () => {
    expect(map.context.map((c) => c.country).sort()).toEqual(["FI", "NO", "RU", "SE"]);
  });

  it("is read once and kept", () => {
    expect(barentsMap()).toBe(map);
  });
});

describe("labelFit", () => {
  it("writes the name where it fits, the count where only a number fits, else nothing", () => {
    expect(labelFit("Komi Republic", 78)).toBe("name");
    expect(labelFit("Nenets Autonomous Okrug", 26)).toBe("count");
    expect(labelFit("Troms", 5)).toBe("none");
  });
});
