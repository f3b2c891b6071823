import type { ReactNode } from "react";

/**
 * A chart drawn as SVG on the server: an image whose accessible name and description are its own
 * <title> and <desc>, so a screen reader hears what the picture says without the table below it.
 */
export function StatSvg({
  id,
  width,
  height,
  className,
  title,
  description,
  children,
}: {
  /** Names the title and description elements, and the test id. */
  id: string;
  width: number;
  height: number;
  className: string;
  title: string;
  description: string;
  children: ReactNode;
}) {
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      viewBox={`0 0 ${width} ${height}`}
      className={className}
      data-testid={id}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {children}
    </svg>
  );
}
