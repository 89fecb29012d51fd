/**
 * Per-chart downloads, `<base>/downloads/<chart>.csv` and `.json` (the same rows), and the whole
 * dataset as `<base>/downloads/dataset.zip`: claims, conflicts and sources as CSV with a README.
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { chartIds, loadChart, loadClaims, loadConflicts, loadCoverage, loadSources } from "../../lib/data.ts";
import { datasetReadme } from "../../lib/dataset-readme.ts";
import {
  CHART_ROW_COLUMNS,
  CLAIM_COLUMNS,
  CONFLICT_COLUMNS,
  SOURCE_COLUMNS,
  chartRows,
  claimRows,
  conflictRows,
  sourceRows,
  toCsv,
} from "../../lib/downloads.ts";
import { zip } from "../../lib/zip.ts";

export const getStaticPaths = (() => [
  ...chartIds().flatMap((id) => [{ params: { file: `${id}.csv` } }, { params: { file: `${id}.json` } }]),
  { params: { file: "dataset.zip" } },
]) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const file = params.file!;
  const claims = loadClaims();
  const byId = new Map(claims.map((c) => [c.id, c]));
  if (file === "dataset.zip") {
    const body = zip([
      { name: "README.md", data: datasetReadme(loadCoverage(), loadConflicts(), byId) },
      { name: "claims.csv", data: toCsv(claimRows(claims), CLAIM_COLUMNS) },
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
