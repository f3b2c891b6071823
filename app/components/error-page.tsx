import type { Locale } from "#vocabulary/vocabulary.ts";
import { localePath, useLocale, useT } from "../web/locale.ts";
import { Heading, Link, Paragraph } from "./designsystemet.tsx";

const texts = {
  400: ["error.badRequest.title", "form.invalid"],
  403: ["error.forbidden.title", "error.forbidden.text"],
  404: ["error.notFound.title", "error.notFound.text"],
  405: ["error.methodNotAllowed.title", "error.methodNotAllowed.text"],
  413: ["error.tooLarge.title", "error.tooLarge.text"],
  415: ["error.unsupportedType.title", "error.unsupportedType.text"],
  500: ["error.server.title", "error.server.text"],
} as const;

export function ErrorPage({ status, locale: given }: { status: number; locale?: Locale }) {
  const fallback = useLocale();
  const locale = given ?? fallback;
  const t = useT();
  const [title, text] = status in texts ? texts[status as keyof typeof texts] : texts[500];
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
