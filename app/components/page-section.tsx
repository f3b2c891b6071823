import type { ReactNode } from "react";
import { SectionHeading } from "./page.tsx";

/**
 * One part of a page under its own heading (level 2), the section named by that heading for
 * assistive technology (`aria-labelledby`); `id` is the heading's, also the part's anchor.
 */
export function PageSection({
  id,
  heading,
  className = "bb-stack",
  children,
}: {
  id: string;
  heading: ReactNode;
  /** The section's layout: a stack unless the page says otherwise; null for none. */
  className?: string | null;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={className ?? undefined}>
      <SectionHeading id={id}>{heading}</SectionHeading>
      {children}
    </section>
  );
}
