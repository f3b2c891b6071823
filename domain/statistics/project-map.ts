// Longitude/latitude → SVG path strings for the Barents map, drawn on the server. A small
// projection of our own rather than d3-geo: one fixed map, a few thousand points, no dependency
// (and no ring-order trap: SVG fills with fill-rule="evenodd" whatever way a ring winds).
//
// Lambert azimuthal equal-area centred in the region (about 38°E 68°N): areas stay true, so a big
// region does not look bigger than it is, and the 55° of longitude the region spans keep their
// shape far better than on a Mercator map, where Novaya Zemlya would be stretched to twice its size.

export type Position = [number, number] | number[];
export type Ring = Position[];
export interface PolygonGeometry {
  type: "Polygon";
  coordinates: Ring[];
}
export interface MultiPolygonGeometry {
  type: "MultiPolygon";
  coordinates: Ring[][];
}
export type AreaGeometry = PolygonGeometry | MultiPolygonGeometry;

export interface Point {
  x: number;
  y: number;
}

export interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

const radians = Math.PI / 180;

/** A projection to unit-sphere plane coordinates, y growing downwards (as in SVG). */
export type Projection = (lon: number, lat: number) => Point;

/** Lambert azimuthal equal-area centred at (lon0, lat0). */
export function lambertAzimuthalEqualArea(lon0: number, lat0: number): Projection {
  const sinLat0 = Math.sin(lat0 * radians);
  const cosLat0 = Math.cos(lat0 * radians);
  return (lon, lat) => {
    const lambda = (lon - lon0) * radians;
    const phi = lat * radians;
    const cosPhi = Math.cos(phi);
    const sinPhi = Math.sin(phi);
    const cosLambda = Math.cos(lambda);
    const k = Math.sqrt(2 / (1 + sinLat0 * sinPhi + cosLat0 * cosPhi * cosLambda));
    return {
      x: k * cosPhi * Math.sin(lambda),
      y: -k * (cosLat0 * sinPhi - sinLat0 * cosPhi * cosLambda),
    };
  };
}

/** The projection the Barents map uses. */
export const barentsProjection: Projection = lambertAzimuthalEqualArea(38, 68);

export function polygonsOf(geometry: AreaGeometry): Ring[][] {
  return geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
}

/** The box around the projected geometries (plane units). */
export function projectedBounds(geometries: AreaGeometry[], projection: Projection): Box {
  const box: Box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const geometry of geometries)
    for (const polygon of polygonsOf(geometry))
      for (const ring of polygon)
        for (const [lon, lat] of ring) {
          const { x, y } = projection(lon!, lat!);
          box.minX = Math.min(box.minX, x);
          box.maxX = Math.max(box.maxX, x);
          box.minY = Math.min(box.minY, y);
          box.maxY = Math.max(box.maxY, y);
        }
  return box;
}

/** Plane → SVG user units: `bounds` scaled to `width` (height follows), with `padding` all round. */
export interface Fit {
  width: number;
  height: number;
  toSvg(point: Point): Point;
}

export function fitToWidth(bounds: Box, width: number, padding: number): Fit {
  const scale = (width - 2 * padding) / (bounds.maxX - bounds.minX);
  const height = Math.ceil((bounds.maxY - bounds.minY) * scale + 2 * padding);
  return {
    width,
    height,
    toSvg: ({ x, y }) => ({
      x: (x - bounds.minX) * scale + padding,
      y: (y - bounds.minY) * scale + padding,
    }),
  };
}

/**
 * A ring in SVG units: rounded to `precision` decimals (whole units by default: one is about 3 km,
 * finer than the eye sees on a page), repeated points dropped. Shared borders have the same vertices in the
 * source data, so they round to the same points and neighbours still meet exactly.
 */
export function projectRing(ring: Ring, projection: Projection, fit: Fit, precision = 0): Point[] {
  const factor = 10 ** precision;
  const points: Point[] = [];
  for (const [lon, lat] of ring) {
    const p = fit.toSvg(projection(lon!, lat!));
    const point = { x: Math.round(p.x * factor) / factor, y: Math.round(p.y * factor) / factor };
    const last = points[points.length - 1];
    if (!last || last.x !== point.x || last.y !== point.y) points.push(point);
  }
  // A closed ring's last point repeats its first; "Z" closes it.
  const first = points[0];
  const last = points[points.length - 1];
  if (points.length > 1 && first && last && first.x === last.x && first.y === last.y) points.pop();
  return dropCollinear(points);
}

/** Points on the straight line between their neighbours add bytes and nothing else. */
function dropCollinear(points: Point[]): Point[] {
  if (points.length < 4) return points;
  const kept: Point[] = [];
  for (let i = 0; i < points.length; i++) {
    const a = kept[kept.length - 1] ?? points[points.length - 1]!;
    const b = points[i]!;
    const c = points[(i + 1) % points.length]!;
    if ((b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x) !== 0) kept.push(b);
  }
  return kept.length >= 3 ? kept : points;
}

/** Signed area (shoelace); its size is what matters here. */
export function ringArea(points: Point[]): number {
  let sum = 0;
  for (let i = 0; i < points.length; i++) {
    const a = points[i]!;
    const b = points[(i + 1) % points.length]!;
    sum += a.x * b.y - b.x * a.y;
  }
  return sum / 2;
}

/**
 * Sutherland–Hodgman: the part of a ring inside a box. Used on the background countries, which
 * reach far beyond the map (Russia to 70°E and 50°N): what lies outside would only be bytes.
 */
export function clipRingToBox(points: Point[], box: Box): Point[] {
  const edges: [(p: Point) => boolean, (a: Point, b: Point) => Point][] = [
    [(p) => p.x >= box.minX, (a, b) => at(a, b, (box.minX - a.x) / (b.x - a.x))],
    [(p) => p.x <= box.maxX, (a, b) => at(a, b, (box.maxX - a.x) / (b.x - a.x))],
    [(p) => p.y >= box.minY, (a, b) => at(a, b, (box.minY - a.y) / (b.y - a.y))],
    [(p) => p.y <= box.maxY, (a, b) => at(a, b, (box.maxY - a.y) / (b.y - a.y))],
  ];
  let output = points;
  for (const [inside, cross] of edges) {
    const input = output;
    output = [];
    for (let i = 0; i < input.length; i++) {
      const current = input[i]!;
      const previous = input[(i + input.length - 1) % input.length]!;
      if (inside(current)) {
        if (!inside(previous)) output.push(cross(previous, current));
        output.push(current);
      } else if (inside(previous)) {
        output.push(cross(previous, current));
      }
    }
    if (output.length === 0) break;
  }
  return output.map((p) => ({ x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 }));
}

function at(a: Point, b: Point, t: number): Point {
  return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
}

const number = (n: number) => (Object.is(n, -0) ? "0" : String(n));

const short = (n: number) => number(Math.round(n * 10) / 10);

/**
 * One SVG path for a set of rings, each "M x y l dx dy … z" (relative steps are a third shorter
 * than absolute points); draw with fill-rule="evenodd".
 */
export function ringsToPath(rings: Point[][]): string {
  return rings
    .filter((ring) => ring.length >= 3)
    .map((ring) => {
      const steps: string[] = [];
      for (let i = 1; i < ring.length; i++)
        steps.push(`${short(ring[i]!.x - ring[i - 1]!.x)} ${short(ring[i]!.y - ring[i - 1]!.y)}`);
      return `M${number(ring[0]!.x)} ${number(ring[0]!.y)}l${steps.join(" ")}z`;
    })
    .join("")
    .replaceAll(" -", "-");
}

export interface ProjectOptions {
  /** Rings smaller than this (square SVG units) are left out: skerries a pixel wide. */
  minRingArea?: number;
  /** Only what lies inside this box is kept. */
  clip?: Box;
}

/** A Polygon or MultiPolygon as the rings of one SVG path, in SVG units. */
export function projectGeometry(
  geometry: AreaGeometry,
  projection: Projection,
  fit: Fit,
  options: ProjectOptions = {},
): Point[][] {
  const minArea = options.minRingArea ?? 0;
  const rings: Point[][] = [];
  for (const polygon of polygonsOf(geometry)) {
    polygon.forEach((ring, index) => {
      let points = projectRing(ring, projection, fit);
      if (options.clip) points = clipRingToBox(points, options.clip);
      if (points.length < 3) return;
      // A small hole is dropped like a small island; an exterior ring is kept if it is the
      // polygon's only chance to show (the first ring of a polygon that has nothing bigger).
      if (
        Math.abs(ringArea(points)) < minArea &&
        !(index === 0 && polygon.length === 1 && rings.length === 0)
      )
        return;
      rings.push(points);
    });
  }
  return rings;
}

/**
 * A point well inside a shape for its label: the centre of the largest circle that fits inside
 * (searched on a grid, then refined around the best cell), so a curved region such as Nordland
 * gets its label on land and not in a fjord. Returns the point and that circle's radius, which
 * tells whether a label fits at all.
 */
export function labelPoint(rings: Point[][]): { x: number; y: number; radius: number } {
  const all = rings.flat();
  if (all.length === 0) return { x: 0, y: 0, radius: 0 };
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const p of all) {
    minX = Math.min(minX, p.x);
    maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y);
    maxY = Math.max(maxY, p.y);
  }
  const score = (x: number, y: number) =>
    insideRings(rings, x, y) ? distanceToEdges(rings, x, y) : -distanceToEdges(rings, x, y);
  let best = { x: all[0]!.x, y: all[0]!.y, radius: -Infinity };
  let step = Math.max(maxX - minX, maxY - minY) / 24;
  let [fromX, toX, fromY, toY] = [minX, maxX, minY, maxY];
  for (let round = 0; round < 4; round++) {
    for (let x = fromX; x <= toX; x += step)
      for (let y = fromY; y <= toY; y += step) {
        const radius = score(x, y);
        if (radius > best.radius) best = { x, y, radius };
      }
    [fromX, toX, fromY, toY] = [best.x - step, best.x + step, best.y - step, best.y + step];
    step /= 4;
  }
  return {
    x: Math.round(best.x * 10) / 10,
    y: Math.round(best.y * 10) / 10,
    radius: Math.max(0, Math.round(best.radius * 10) / 10),
  };
}

/** Even-odd rule, as the paths are filled. */
export function insideRings(rings: Point[][], x: number, y: number): boolean {
  let inside = false;
  for (const ring of rings)
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i]!;
      const b = ring[j]!;
      if (a.y > y !== b.y > y && x < ((b.x - a.x) * (y - a.y)) / (b.y - a.y) + a.x) inside = !inside;
    }
  return inside;
}

function distanceToEdges(rings: Point[][], x: number, y: number): number {
  let best = Infinity;
  for (const ring of rings)
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[j]!;
      const b = ring[i]!;
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      const lengthSquared = dx * dx + dy * dy;
      const t =
        lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((x - a.x) * dx + (y - a.y) * dy) / lengthSquared));
      best = Math.min(best, Math.hypot(x - (a.x + t * dx), y - (a.y + t * dy)));
    }
  return best;
}
