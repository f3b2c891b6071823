import { formatNumber } from "#domain/i18n/format.ts";
import type { Translate } from "#domain/i18n/translate.ts";
import type { BarentsMap } from "#domain/statistics/barents-map.server.ts";
import {
  type ChoroplethClass,
  choroplethClasses,
  choroplethPalette,
  classFor,
  explainClasses,
} from "#domain/statistics/choropleth.ts";
import { labelFit, mapLabelSize } from "#domain/statistics/map-labels.ts";
import type { StatisticsView } from "#domain/statistics/statistics-view.ts";
import { useLocale, useT } from "../../web/locale.ts";
import { Paragraph } from "../designsystemet.tsx";
import { StatSvg } from "./stat-svg.tsx";
import { Swatch } from "./swatch.tsx";

// Projects by partner region: a choropleth map drawn as SVG on the server, each region labelled
// with its count where the label fits.

function legendText(t: Translate, c: ChoroplethClass): string {
  if (c.index === 0) return t("statistics.map.legendNone");
  return c.from === c.to
    ? t("statistics.map.legendSingle", { from: c.from })
    : t("statistics.map.legendRange", { from: c.from, to: c.to });
}

export function RegionMap({ view, map }: { view: StatisticsView; map: BarentsMap }) {
  const t = useT();
  const locale = useLocale();
  const counts = new Map(view.regions.map((r) => [r.id, r]));
  const max = Math.max(0, ...view.regions.map((r) => r.projects));
  const classes = choroplethClasses(max);
  const explained = explainClasses(classes);
  const top = view.regions.reduce((a, b) => (b.projects > a.projects ? b : a));
  const halo = (text: string) => (text === "#ffffff" ? "#1a1a1a" : "#ffffff");
  return (
    <figure className="bb-stat-figure">
      <StatSvg
        id="region-map"
        width={map.width}
        height={map.height}
        className="bb-stat-map"
        title={t("statistics.map.title")}
        description={
          max === 0
            ? t("statistics.map.descNone")
            : t("statistics.map.desc", { region: top.label, count: top.projects })
        }
      >
        <rect width={map.width} height={map.height} fill="#e6eff6" />
        <g fill="#dcdcdc" stroke="#8c8c8c" strokeWidth={0.5} fillRule="evenodd">
          {map.context.map((country) => (
            <path key={country.country} d={country.path} />
          ))}
        </g>
        <g stroke={choroplethPalette.border} strokeWidth={0.75} strokeLinejoin="round" fillRule="evenodd">
          {map.regions.map((region) => {
            const row = counts.get(region.id);
            const count = row?.projects ?? 0;
            return (
              <path
                key={region.id}
                d={region.path}
                fill={classFor(classes, count).fill}
                data-region={region.id}
              >
                <title>{t("statistics.map.regionTitle", { region: row?.label ?? region.id, count })}</title>
              </path>
            );
          })}
        </g>
        <g
          fontSize={mapLabelSize}
          textAnchor="middle"
          strokeWidth={3}
          strokeLinejoin="round"
          paintOrder="stroke"
        >
          {map.regions.map((region) => {
            const row = counts.get(region.id);
            const count = row?.projects ?? 0;
            const fit = labelFit(row?.label ?? region.id, region.label.radius);
            if (fit === "none") return null;
            const colours = classFor(classes, count);
            const number = formatNumber(locale, count);
            return (
              <text
                key={region.id}
                x={region.label.x}
                y={region.label.y}
                fill={colours.text}
                stroke={halo(colours.text)}
              >
                {fit === "name" ? (
                  <>
                    <tspan x={region.label.x} dy="-0.2em">
                      {row?.label}
                    </tspan>
                    <tspan x={region.label.x} dy="1.2em" fontWeight="bold">
                      {number}
                    </tspan>
                  </>
                ) : (
                  <tspan dy="0.35em" fontWeight="bold">
                    {number}
                  </tspan>
                )}
              </text>
            );
          })}
        </g>
      </StatSvg>
      <figcaption className="bb-stack">
        <div>
          <span className="bb-stat-legend-title">{t("statistics.map.legend")}</span>
          <ul className="bb-stat-legend">
            {classes.map((c) => (
              <li key={c.index}>
                <Swatch colour={c.fill} bordered />
                {legendText(t, c)}
              </li>
            ))}
          </ul>
        </div>
        <Paragraph data-size="sm">
          {t(`statistics.map.classes.${explained.kind}`, { max: explained.max })}
        </Paragraph>
        <Paragraph data-size="xs" data-testid="map-attribution">
          {t("statistics.map.attribution")}
        </Paragraph>
      </figcaption>
    </figure>
  );
}
