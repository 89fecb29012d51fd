/**
 * What the download routes beside this file write, one route per kind of file, each named after
 * the file it writes (`[id].csv.ts` → `<base>downloads/<chart>.csv`), so the build lists every
 * download by its own name:
 *
 * - `<chart>.csv` and `<chart>.json`: the chart's rows, each with its claim, source file and quote;
 * - `<chart>.svg`, `<chart>.png` and `<chart>@2x.png`: the chart as a standalone picture (light
 *   theme, with its title, notes and credit);
 * - `dataset.zip`: claims, conflicts and sources as CSV with a README.
 *
 * The leading underscore keeps this module out of Astro's routes.
 */
import type { GetStaticPaths } from "astro";
import { getCollection } from "astro:content";
import { chartPng } from "../../render/chart-image.ts";
import {
  chartIds,
  loadChart,
  loadClaims,
  loadConflicts,
  loadCoverage,
  loadSources,
} from "../../data/generated.ts";
import { datasetReadme } from "../../data/dataset-readme.ts";
import {
  CHART_ROW_COLUMNS,
  CLAIM_ROW_COLUMNS,
  CONFLICT_COLUMNS,
  SOURCE_COLUMNS,
  chartRows,
  claimRows,
  conflictRows,
  sourceRows,
  toCsv,
} from "../../data/download-tables.ts";
import { chartImageFor, chartPlace } from "../../render/standalone.ts";
import { siteAddress } from "../../shared/site-address.ts";
import { assembleStory } from "../../data/story-copy.ts";
import { zip } from "../../shared/zip.ts";
import { TRANSLATED, type Locale } from "../../i18n/locales.ts";

/** One path per chart: `params.id` is the chart's id, the route's name adds the extension. */
export const chartPaths = (() => chartIds().map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

const rowsOf = (id: string) => chartRows(loadChart(id), new Map(loadClaims().map((c) => [c.id, c])));

export const chartCsv = (id: string) =>
  new Response(toCsv(rowsOf(id), CHART_ROW_COLUMNS), {
    headers: { "content-type": "text/csv; charset=utf-8" },
  });

export const chartJson = (id: string) =>
  new Response(`${JSON.stringify(rowsOf(id), null, 2)}\n`, {
    headers: { "content-type": "application/json" },
  });

/**
 * One path per translated language and chart, for the pictures under `<base><locale>/downloads/`.
 * The data files (CSV, JSON, zip) are one dataset with one set of column names, and have no copies.
 */
export const localizedChartPaths = (() =>
  TRANSLATED.flatMap((locale) =>
    chartIds().map((id) => ({ params: { locale, id }, props: { locale } })),
  )) satisfies GetStaticPaths;

/** The chart as a picture in `locale`: SVG, or PNG at `scale` 1 or 2. */
export async function chartPicture(
  id: string,
  site: URL | undefined,
  format: "svg" | "png",
  scale = 1,
  locale: Locale = "en",
) {
  const place = chartPlace(assembleStory(await getCollection("story")), id);
  const { svg } = chartImageFor(id, place, siteAddress(site, import.meta.env.BASE_URL), locale);
  if (format === "svg") return new Response(svg, { headers: { "content-type": "image/svg+xml" } });
  return new Response(chartPng(svg, scale) as Uint8Array<ArrayBuffer>, {
    headers: { "content-type": "image/png" },
  });
}

export function datasetZip(): Response {
  const claims = loadClaims();
  const conflicts = loadConflicts();
  const body = zip([
    {
      name: "README.md",
      data: datasetReadme(loadCoverage(), conflicts, new Map(claims.map((c) => [c.id, c]))),
    },
    { name: "claims.csv", data: toCsv(claimRows(claims), CLAIM_ROW_COLUMNS) },
    { name: "conflicts.csv", data: toCsv(conflictRows(conflicts), CONFLICT_COLUMNS) },
    { name: "sources.csv", data: toCsv(sourceRows(loadSources()), SOURCE_COLUMNS) },
  ]);
  return new Response(body, { headers: { "content-type": "application/zip" } });
}
