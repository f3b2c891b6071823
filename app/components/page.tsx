import type { ReactNode } from "react";
import { useT } from "../web/locale.ts";
import { Heading } from "./designsystemet.tsx";

/**
 * A page's frame: the browser tab says what the page is and whose site it is, and the one level-1
 * heading says the same, so a screen-reader user lands on the page's name.
 */
export function Page({ title, children }: { title: string; children?: ReactNode }) {
  const t = useT();
  return (
    <div className="bb-stack">
      <title>{`${title} – ${t("app.name")}`}</title>
      <Heading level={1}>{title}</Heading>
      {children}
    </div>
  );
}
