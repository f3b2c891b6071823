import fs from "node:fs";
import path from "node:path";
import {
  type AreaGeometry,
  type Box,
  barentsProjection,
  fitToWidth,
  labelPoint,
  type Projection,
  projectedBounds,
  projectGeometry,
  ringsToPath,
} from "./project-map.ts";

// The map of the statistics page: the 13 Barents regions over the outlines of Norway, Sweden,
// Finland and Russia, as SVG path strings. The boundary data (Natural Earth, public domain; origin
// and processing in assets/maps/README.md) is read and projected once per process and kept: the
// shapes never change while the server runs, only the counts drawn on them do.

export interface MapRegion {
  /** Barents region id ("ru-murmansk"), as the catalogue stores it. */
  id: string;
  country: string;
  /** SVG path data (fill-rule evenodd). */
  path: string;
  /** Where a label goes, and the radius of free space around it (SVG units). */
  label: { x: number; y: number; radius: number };
}

export interface MapCountry {
  country: string;
  path: string;
}

export interface BarentsMap {
  width: number;
  height: number;
  regions: MapRegion[];
  /** The countries behind the regions (the rest of Norway, Sweden, Finland, Russia). */
  context: MapCountry[];
}

interface FeatureCollection {
  type: "FeatureCollection";
  features: { properties: Record<string, unknown>; geometry: AreaGeometry }[];
}

export interface MapOptions {
  /** viewBox width; the height follows from the shapes. Default 800. */
  width?: number;
  /** Free space round the regions (SVG units). Default 16. */
  padding?: number;
  projection?: Projection;
}

/** The map from the two GeoJSON files' contents: pure, for tests and for the cached loader. */
export function buildBarentsMap(
  regions: FeatureCollection,
  context: FeatureCollection,
  options: MapOptions = {},
): BarentsMap {
  const projection = options.projection ?? barentsProjection;
  const width = options.width ?? 800;
  const padding = options.padding ?? 16;
  const fit = fitToWidth(
    projectedBounds(
      regions.features.map((f) => f.geometry),
      projection,
    ),
    width,
    padding,
  );
  // Islands under half a square unit are a dot nobody can see or point at; leaving them out
  // roughly halves the page's bytes. The background is cut a little outside the viewBox, so its
  // cut edges never show.
  const minRingArea = 0.5;
  const clip: Box = { minX: -10, minY: -10, maxX: fit.width + 10, maxY: fit.height + 10 };
  return {
    width: fit.width,
    height: fit.height,
    regions: regions.features.map((feature) => {
      const rings = projectGeometry(feature.geometry, projection, fit, { minRingArea });
      return {
        id: String(feature.properties.id),
        country: String(feature.properties.country),
        path: ringsToPath(rings),
        label: labelPoint(rings),
      };
    }),
    context: context.features
      .map((feature) => ({
        country: String(feature.properties.country),
        path: ringsToPath(projectGeometry(feature.geometry, projection, fit, { minRingArea, clip })),
      }))
      .filter((country) => country.path !== ""),
  };
}

/**
 * assets/maps, found by walking up from this module: it is domain/statistics in the source tree
 * (tests, CLI) but bundled into build/server/index.js for the server.
 */
export function findMapsDirectory(): string {
  let directory = import.meta.dirname;
  for (let depth = 0; depth < 8; depth++) {
    const candidate = path.join(directory, "assets", "maps");
    if (fs.existsSync(path.join(candidate, "barents-regions.geojson"))) return candidate;
    const parent = path.dirname(directory);
    if (parent === directory) break;
    directory = parent;
  }
  throw new Error(`Map data not found: no assets/maps/barents-regions.geojson above ${import.meta.dirname}`);
}

let cached: BarentsMap | undefined;

/** The map, read and projected on first use and kept for the life of the process. */
export function barentsMap(): BarentsMap {
  if (cached) return cached;
  const directory = findMapsDirectory();
  const read = (file: string) =>
    JSON.parse(fs.readFileSync(path.join(directory, file), "utf8")) as FeatureCollection;
  cached = buildBarentsMap(read("barents-regions.geojson"), read("nordic-russia-context.geojson"));
  return cached;
}

/** Font size of the map's labels (SVG units). */
export { labelFit, mapLabelSize } from "./map-labels.ts";
