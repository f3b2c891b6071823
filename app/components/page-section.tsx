import type { ReactNode } from "react";
import { SectionHeading } from "./page.tsx";

/**
 * One part of a page under its own heading (level 2), the section named by that heading for
 * assistive technology (`aria-labelledby`); `id` is the heading's, also the part's anchor.
 */
export function PageSection({
  id,
  heading,
  level,
  size,
  className = "bb-stack",
  children,
}: {
  id: string;
  heading: ReactNode;
  /** The heading's level and size: 2 and small unless the part sits inside another, or is minor. */
  level?: 2 | 3;
  size?: "sm" | "xs";
  /** The section's layout: a stack unless the page says otherwise; null for none. */
  className?: string | null;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={className ?? undefined}>
      <SectionHeading id={id} level={level} size={size}>
        {heading}
      </SectionHeading>
      {children}
    </section>
  );
}
