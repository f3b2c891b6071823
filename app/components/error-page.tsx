import { Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import type { Locale } from "#vocabulary/vocabulary.ts";
import { localePath, useLocale, useT } from "../web/locale.ts";

const texts = {
  400: ["error.badRequest.title", "form.invalid"],
  403: ["error.forbidden.title", "error.forbidden.text"],
  404: ["error.notFound.title", "error.notFound.text"],
  500: ["error.server.title", "error.server.text"],
} as const;

export function ErrorPage({ status, locale: given }: { status: number; locale?: Locale }) {
  const fallback = useLocale();
  const locale = given ?? fallback;
  const t = useT();
  const [title, text] = status === 403 || status === 404 || status === 400 ? texts[status] : texts[500];
  return (
    <div className="bb-stack">
      <title>{`${t(title)} – ${t("app.name")}`}</title>
      <Heading level={1}>{t(title)}</Heading>
      <Paragraph>{t(text)}</Paragraph>
      <Paragraph>
        <Link href={localePath(locale)}>{t("error.backHome")}</Link>
      </Paragraph>
    </div>
  );
}
