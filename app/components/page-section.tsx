import type { ReactNode } from "react";
import { Heading } from "./designsystemet.tsx";

/**
 * One part of a page under its own heading (level 2), the section named by that heading for
 * assistive technology (`aria-labelledby`); `id` is the heading's, also the part's anchor.
 */
export function PageSection({
  id,
  heading,
  children,
}: {
  id: string;
  heading: ReactNode;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="bb-stack">
      <Heading level={2} data-size="sm" id={id}>
        {heading}
      </Heading>
      {children}
    </section>
  );
}
