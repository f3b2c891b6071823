import { localePath, useLocale, useRootData, useT } from "../web/locale.ts";
import { Heading, Link, Paragraph } from "./designsystemet.tsx";

export function SiteFooter() {
  const t = useT();
  const locale = useLocale();
  const offices = useRootData()?.offices ?? [];
  const head = offices.find((o) => o.isHeadOffice);
  return (
    <footer className="bb-footer">
      <div className="bb-container bb-footer-grid">
        <section aria-labelledby="footer-contact">
          <Heading level={2} data-size="xs" id="footer-contact">
            {t("footer.secretariat")}
          </Heading>
          <Paragraph data-size="sm">
            {t("footer.postalAddress")}: Postboks 276, NO-9915 Kirkenes
            <br />
            {t("footer.visitingAddress")}: Rådhusgata 8, Kirkenes
            <br />
            {t("footer.phone")}: <Link href="tel:+4778977050">+47 78 97 70 50</Link>
            {head?.email && (
              <>
                <br />
                {t("footer.email")}: <Link href={`mailto:${head.email}`}>{head.email}</Link>
              </>
            )}
          </Paragraph>
        </section>
        <section aria-labelledby="footer-offices">
          <Heading level={2} data-size="xs" id="footer-offices">
            {t("footer.offices")}
          </Heading>
          <ul className="bb-offices">
            {offices.map((office) => (
              <li key={office.id}>
                <Paragraph data-size="sm">
                  {office.name[locale]}
                  {!office.open && ` (${t("footer.officeClosed")})`}
                </Paragraph>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="footer-about">
          <Heading level={2} data-size="xs" id="footer-about">
            {t("app.name")}
          </Heading>
          <Paragraph data-size="sm">{t("app.tagline")}</Paragraph>
          <Paragraph data-size="sm">{t("footer.licence")}</Paragraph>
          <Paragraph data-size="sm">
            <Link href={localePath(locale, "/open-data")}>{t("nav.openData")}</Link>
          </Paragraph>
        </section>
      </div>
    </footer>
  );
}
