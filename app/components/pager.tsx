import { useLocation } from "react-router";
import { useT } from "../web/locale.ts";
import { Link, Paragraph } from "./designsystemet.tsx";

/** Previous/next links that keep every other query parameter: a page of results is a shareable URL. */
export function Pager({ page, pageSize, total }: { page: number; pageSize: number; total: number }) {
  const t = useT();
  const location = useLocation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const href = (p: number) => {
    const params = new URLSearchParams(location.search);
    params.set("page", String(p));
    return `${location.pathname}?${params}`;
  };
  return (
    <nav aria-label={t("pager.label")} className="bb-inline-list">
      {page > 1 && <Link href={href(page - 1)}>{t("pager.previous")}</Link>}
      <Paragraph data-size="sm">{t("pager.status", { page, pages, total })}</Paragraph>
      {page < pages && <Link href={href(page + 1)}>{t("pager.next")}</Link>}
    </nav>
  );
}
