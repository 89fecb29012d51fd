/**
 * Per-chart downloads, `<base>/downloads/<chart>.csv` and `.json` (the same rows); the chart as a
 * standalone picture, `<chart>.svg`, `<chart>.png` and `<chart>@2x.png` (light theme, with its
 * title, notes and credit); and the whole dataset as `<base>/downloads/dataset.zip`: claims,
 * conflicts and sources as CSV with a README.
 */
import type { APIRoute, GetStaticPaths } from "astro";
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

const IMAGE = /^(.+?)(?:\.svg|\.png|@2x\.png)$/;

export const getStaticPaths = (() => [
  ...chartIds().flatMap((id) =>
    [".csv", ".json", ".svg", ".png", "@2x.png"].map((ext) => ({ params: { file: `${id}${ext}` } })),
  ),
  { params: { file: "dataset.zip" } },
]) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const file = params.file!;
  const image = /\.(svg|png)$/.test(file) ? IMAGE.exec(file) : null;
  if (image) {
    const id = image[1]!;
    const place = chartPlace(assembleStory(await getCollection("story")), id);
    const { svg } = chartImageFor(id, place, siteAddress(site, import.meta.env.BASE_URL));
    if (file.endsWith(".svg")) return new Response(svg, { headers: { "content-type": "image/svg+xml" } });
    const png = chartPng(svg, file.endsWith("@2x.png") ? 2 : 1);
    return new Response(png as Uint8Array<ArrayBuffer>, { headers: { "content-type": "image/png" } });
  }
  const claims = loadClaims();
  const byId = new Map(claims.map((c) => [c.id, c]));
  if (file === "dataset.zip") {
    const body = zip([
      { name: "README.md", data: datasetReadme(loadCoverage(), loadConflicts(), byId) },
      { name: "claims.csv", data: toCsv(claimRows(claims), CLAIM_ROW_COLUMNS) },
      { name: "conflicts.csv", data: toCsv(conflictRows(loadConflicts()), CONFLICT_COLUMNS) },
      { name: "sources.csv", data: toCsv(sourceRows(loadSources()), SOURCE_COLUMNS) },
    ]);
    return new Response(body, { headers: { "content-type": "application/zip" } });
  }
  const [, id, ext] = /^(.+)\.(csv|json)$/.exec(file)!;
  const rows = chartRows(loadChart(id!), byId);
  return ext === "csv"
    ? new Response(toCsv(rows, CHART_ROW_COLUMNS), { headers: { "content-type": "text/csv; charset=utf-8" } })
    : new Response(`${JSON.stringify(rows, null, 2)}\n`, { headers: { "content-type": "application/json" } });
};
