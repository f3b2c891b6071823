import { data } from "react-router";
import { isPlausibleProjectId } from "#domain/catalogue/catalogue-api.ts";
import { facetLabeller } from "#domain/catalogue/catalogue-labels.server.ts";
import type { LocalisedText } from "#domain/catalogue/catalogue-project.ts";
import { findCatalogueProject } from "#domain/catalogue/find-catalogue-project.server.ts";
import { formatDate, formatNok } from "#domain/i18n/format.ts";
import { intlTag } from "#domain/i18n/locales.ts";
import { createTranslator } from "#domain/i18n/translate.ts";
import { type Locale, locales } from "#vocabulary/vocabulary.ts";
import { Alert, Heading, Link, Paragraph, Tag } from "../../components/designsystemet.tsx";
import { PageSection } from "../../components/page-section.tsx";
import { catalogueNames } from "../../web/catalogue-names.server.ts";
import { localeFrom, localePath, useLocale, useT } from "../../web/locale.ts";
import type { RouteHandle } from "../../web/route-handle.ts";
import type { Route } from "./+types/project";

/** Links and forms only: sent without JavaScript (ADR 0011). */
export const handle: RouteHandle = {
  hydrate: false,
  messages: ["project", "catalogue.source", "catalogue.synthetic"],
};

// One funded project's public page, at its stable id (the case number with "-": /en/projects/2026-00012).
// Public by design: catalogue_project holds only approved projects and never persons (see
// domain/catalogue/project-from-case.ts), and photos are only those the grantee consented to publish.

/** "English", "Norwegian Bokmål", "Russian" in the reader's language, capitalised for a heading. */
function languageName(of: Locale, reader: Locale): string {
  const name = new Intl.DisplayNames([intlTag[reader]], { type: "language" }).of(of) ?? of;
  return name.charAt(0).toLocaleUpperCase(intlTag[reader]) + name.slice(1);
}

/** The texts a project has, the reader's language first, each marked with its language. */
function textsOf(text: LocalisedText, locale: Locale) {
  return [locale, ...locales.filter((l) => l !== locale)]
    .filter((l) => text[l])
    .map((l) => ({ locale: l, language: languageName(l, locale), text: text[l]! }));
}

export async function loader({ params, context }: Route.LoaderArgs) {
  const locale = localeFrom(params);
  const t = createTranslator(locale);
  const { db } = context.services;
  // An id that cannot be one (a NUL byte, markup, 500 characters) is not looked up at all.
  const project = isPlausibleProjectId(params.projectId)
    ? await findCatalogueProject(db, params.projectId)
    : null;
  if (!project) throw data({ reason: "not-found" }, { status: 404 });
  const label = facetLabeller(await catalogueNames(db), locale, t);
  const titles = textsOf(project.title, locale);
  const title = titles[0] ?? { locale, text: project.caseNumber };
  return {
    id: project.id,
    caseNumber: project.caseNumber,
    title,
    summaries: textsOf(project.summary, locale),
    results: textsOf(project.results, locale),
    applicantName: project.applicantName,
    county: project.applicantCounty ? label("county", project.applicantCounty) : null,
    partners: project.partners.map((p) => ({
      name: p.name,
      country: label("partnerCountry", p.country),
      region: p.region ? label("partnerRegion", p.region) : null,
    })),
    partnerRegions: project.partnerRegions.map((r) => ({
      label: label("partnerRegion", r),
      href: `${localePath(locale, "/projects")}?partnerRegion=${encodeURIComponent(r)}`,
    })),
    theme: project.priorityArea
      ? {
          label: label("theme", project.priorityArea),
          href: `${localePath(locale, "/projects")}?theme=${encodeURIComponent(project.priorityArea)}`,
        }
      : null,
    programme: project.programmeId ? label("programme", project.programmeId) : null,
    year: project.year,
    amount: formatNok(locale, project.amountNok),
    period:
      project.startsOn && project.endsOn
        ? t("project.period.value", {
            start: formatDate(locale, project.startsOn),
            end: formatDate(locale, project.endsOn),
          })
        : null,
    status: label("status", project.status),
    source: label("source", project.source),
    synthetic: project.source === "synthetic",
    photos: project.photos.map((photo) => ({
      src: `/api/v1/projects/${project.id}/photos/${photo.attachmentId}`,
      alt:
        photo.alt[locale] ??
        photo.alt.en ??
        photo.alt.nb ??
        photo.alt.ru ??
        t("catalogue.photo.alt", { title: title.text }),
    })),
  };
}

export default function Project({ loaderData: p }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const otherLang = (l: Locale) => (l === locale ? undefined : l);
  // Language names come from the loader: the server's and the browser's Intl data may differ.
  const texts = (items: { locale: Locale; language: string; text: string }[], headingId: string) =>
    items.map((item) => (
      <section
        key={item.locale}
        aria-labelledby={`${headingId}-${item.locale}`}
        lang={otherLang(item.locale)}
      >
        {items.length > 1 && (
          <Heading level={3} data-size="2xs" id={`${headingId}-${item.locale}`} lang={locale}>
            {item.language}
          </Heading>
        )}
        {item.text.split(/\n{2,}/).map((paragraph) => (
          <Paragraph key={paragraph.slice(0, 40)}>{paragraph}</Paragraph>
        ))}
      </section>
    ));
  return (
    <article className="bb-stack">
      <title>{`${p.title.text} – ${t("app.name")}`}</title>
      <Paragraph data-size="sm">
        <Link href={localePath(locale, "/projects")}>{t("project.back")}</Link>
      </Paragraph>
      <Heading level={1} lang={otherLang(p.title.locale)}>
        {p.title.text}
      </Heading>
      {p.synthetic && (
        <Alert data-color="warning">
          <Tag data-size="sm" data-color="warning">
            {t("catalogue.source.synthetic")}
          </Tag>{" "}
          {t("catalogue.synthetic.notice")}
        </Alert>
      )}
      {p.title.locale !== locale && <Paragraph data-size="sm">{t("project.notInLanguage")}</Paragraph>}

      {p.summaries.length > 0 && (
        <PageSection id="project-summary" heading={t("project.summary")}>
          {texts(p.summaries, "summary")}
        </PageSection>
      )}

      <PageSection id="project-facts" heading={t("project.facts")} className={null}>
        <dl className="bb-facts">
          <dt>{t("project.caseNumber")}</dt>
          <dd>{p.caseNumber}</dd>
          <dt>{t("project.applicant")}</dt>
          <dd>{p.applicantName}</dd>
          {p.county && (
            <>
              <dt>{t("project.county")}</dt>
              <dd>{p.county}</dd>
            </>
          )}
          <dt>{t("project.partnerRegions")}</dt>
          <dd>
            {p.partnerRegions.length === 0
              ? "–"
              : p.partnerRegions.map((r, i) => (
                  <span key={r.href}>
                    {i > 0 && ", "}
                    <Link href={r.href}>{r.label}</Link>
                  </span>
                ))}
          </dd>
          {p.theme && (
            <>
              <dt>{t("project.theme")}</dt>
              <dd>
                <Link href={p.theme.href}>{p.theme.label}</Link>
              </dd>
            </>
          )}
          {p.programme && (
            <>
              <dt>{t("project.programme")}</dt>
              <dd>{p.programme}</dd>
            </>
          )}
          <dt>{t("project.year")}</dt>
          <dd>{p.year}</dd>
          <dt>{t("project.amount")}</dt>
          <dd>{p.amount}</dd>
          <dt>{t("project.period")}</dt>
          <dd>{p.period ?? t("project.period.unknown")}</dd>
          <dt>{t("project.status")}</dt>
          <dd>{p.status}</dd>
          <dt>{t("project.source")}</dt>
          <dd>{p.source}</dd>
        </dl>
      </PageSection>

      <PageSection id="project-partners" heading={t("project.partners")} className={null}>
        {p.partners.length === 0 ? (
          <Paragraph>{t("project.partners.none")}</Paragraph>
        ) : (
          <ul>
            {p.partners.map((partner) => (
              <li key={`${partner.name}-${partner.country}-${partner.region}`}>
                {partner.name} ({[partner.region, partner.country].filter(Boolean).join(", ")})
              </li>
            ))}
          </ul>
        )}
      </PageSection>

      {p.results.length > 0 && (
        <PageSection id="project-results" heading={t("project.results")}>
          {texts(p.results, "results")}
        </PageSection>
      )}

      {p.photos.length > 0 && (
        <PageSection id="project-photos" heading={t("project.photos")} className={null}>
          <ul className="bb-photos">
            {p.photos.map((photo) => (
              <li key={photo.src}>
                <img src={photo.src} alt={photo.alt} loading="lazy" />
              </li>
            ))}
          </ul>
        </PageSection>
      )}

      <Paragraph data-size="sm">
        <Link href={`/api/v1/projects/${p.id}`}>{t("project.json")}</Link>
      </Paragraph>
    </article>
  );
}
