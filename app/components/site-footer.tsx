import { localePath, useLocale, useRootData, useT } from "../web/locale.ts";
import { Link, Paragraph } from "./designsystemet.tsx";
import { PageSection } from "./page-section.tsx";

export function SiteFooter() {
  const t = useT();
  const locale = useLocale();
  const offices = useRootData()?.offices ?? [];
  const head = offices.find((o) => o.isHeadOffice);
  return (
    <footer className="bb-footer">
      <div className="bb-container bb-footer-grid">
        <PageSection id="footer-contact" heading={t("footer.secretariat")} size="xs" className={null}>
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
        </PageSection>
        <PageSection id="footer-offices" heading={t("footer.offices")} size="xs" className={null}>
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
        </PageSection>
        <PageSection id="footer-about" heading={t("app.name")} size="xs" className={null}>
          <Paragraph data-size="sm">{t("app.tagline")}</Paragraph>
          <Paragraph data-size="sm">{t("footer.licence")}</Paragraph>
          <Paragraph data-size="sm">
            <Link href={localePath(locale, "/open-data")}>{t("nav.openData")}</Link>
          </Paragraph>
        </PageSection>
      </div>
    </footer>
  );
}
