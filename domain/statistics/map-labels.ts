// How a region's label is drawn on the map. Apart from barents-map.server.ts (which reads files on the
// server), so the page's component can use it in the browser too.

export const mapLabelSize = 12;

/**
 * What fits as a region's label: its name over its count where the free space is wide enough for
 * the name (a rough width: 0.6 em per character), only the count where a number fits, else
 * nothing (the region's tooltip and the table still give it).
 */
export function labelFit(name: string, radius: number): "name" | "count" | "none" {
  const halfName = (Array.from(name).length * 0.6 * mapLabelSize) / 2;
  if (halfName <= radius * 1.3 && radius >= mapLabelSize * 1.4) return "name";
  if (radius >= mapLabelSize * 0.8) return "count";
  return "none";
}
