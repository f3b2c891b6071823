import type { ReactNode } from "react";
import { useT } from "../web/locale.ts";
import { Heading } from "./designsystemet.tsx";

/**
 * A page's frame: the browser tab says what the page is and whose site it is, and the one level-1
 * heading says the same, so a screen-reader user lands on the page's name.
 */
export function Page({
  title,
  as: Frame = "div",
  children,
}: {
  title: string;
  /** "article" for a page that is one thing to read on its own (a call, a programme, a project). */
  as?: "div" | "article";
  children?: ReactNode;
}) {
  const t = useT();
  return (
    <Frame className="bb-stack">
      <title>{`${title} – ${t("app.name")}`}</title>
      <Heading level={1}>{title}</Heading>
      {children}
    </Frame>
  );
}

/** A section's heading on a page: level 2, in the small size the pages use for them. */
export function SectionHeading({ id, children }: { id?: string; children: ReactNode }) {
  return (
    <Heading level={2} data-size="sm" id={id}>
      {children}
    </Heading>
  );
}
