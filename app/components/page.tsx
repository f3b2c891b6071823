import type { ReactNode } from "react";
import { useT } from "../web/locale.ts";
import { Heading } from "./designsystemet.tsx";

/**
 * A page's frame: the browser tab says what the page is and whose site it is, and the one level-1
 * heading says the same, so a screen-reader user lands on the page's name.
 */
export function Page({
  title,
  tabTitle = title,
  as: Frame = "div",
  className,
  children,
}: {
  title: string;
  /** The tab's text before the site's name, where it says more than the heading (what was searched). */
  tabTitle?: string;
  /** "article" for a page that is one thing to read on its own (a call, a programme, a project). */
  as?: "div" | "article";
  /** A class for the page's own layout, besides the stack every page is. */
  className?: string;
  children?: ReactNode;
}) {
  const t = useT();
  return (
    <Frame className={className ? `bb-stack ${className}` : "bb-stack"}>
      <title>{`${tabTitle} – ${t("app.name")}`}</title>
      <Heading level={1}>{title}</Heading>
      {children}
    </Frame>
  );
}

/** A section's heading on a page: level 2 in the small size unless a smaller part says otherwise. */
export function SectionHeading({
  id,
  level = 2,
  size = "sm",
  children,
}: {
  id?: string;
  level?: 2 | 3;
  size?: "sm" | "xs";
  children: ReactNode;
}) {
  return (
    <Heading level={level} data-size={size} id={id}>
      {children}
    </Heading>
  );
}
