/**
 * A legend's colour sample: an SVG fill (a presentation attribute), since the
 * Content-Security-Policy refuses style="" attributes (ADR 0020).
 */
export function Swatch({ colour, bordered = false }: { colour: string; bordered?: boolean }) {
  return (
    <svg
      className={bordered ? "bb-stat-swatch bb-stat-swatch-bordered" : "bb-stat-swatch"}
      viewBox="0 0 1 1"
      aria-hidden="true"
      focusable="false"
    >
      <rect width="1" height="1" fill={colour} />
    </svg>
  );
}
