/**
 * The reference page for `npm run bench`: the story's shutdowns chart done the naive way — an
 * empty page that fetches the chart's JSON and draws it in the browser with Observable Plot,
 * bundled by esbuild. Same data, same title; only the approach differs.
 *
 *   const dir = buildNaivePage("dist");   // a folder with index.html, naive.js, shutdowns.json
 */
import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSync } from "esbuild";

/** The browser code: fetch, then Plot.plot, then append. */
const ENTRY = `
import * as Plot from "@observablehq/plot";
const chart = await (await fetch("./shutdowns.json")).json();
const svg = Plot.plot({
  width: Math.min(640, document.querySelector("#chart").clientWidth),
  marginLeft: 48,
  y: { grid: true, label: "Exchangers closed" },
  x: { label: null },
  marks: [
    Plot.barY(chart.points, { x: "label", y: "value", fill: "#b3261e" }),
    Plot.text(chart.points, { x: "label", y: "value", text: "value", dy: -8 }),
    Plot.ruleY([0]),
  ],
});
document.querySelector("#chart").append(svg);
`;

const HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="description" content="The shutdowns chart drawn in the browser with Observable Plot." />
    <title>Kazakhstan's crackdown on crypto exchangers sharpened (naive Plot reference)</title>
    <link rel="icon" href="data:," />
    <style>body{font:16px/1.5 Georgia,serif;margin:0 auto;max-width:40rem;padding:1rem}#chart{min-height:420px}</style>
  </head>
  <body>
    <main>
      <h1>Kazakhstan's crackdown on crypto exchangers sharpened</h1>
      <p>Illicit crypto exchangers closed by the Financial Monitoring Agency (AFM), by year</p>
      <figure id="chart"></figure>
    </main>
    <script type="module" src="./naive.js"></script>
  </body>
</html>
`;

/** Writes the reference page into a fresh temporary folder and returns it. */
export function buildNaivePage(dist: string): string {
  const dir = mkdtempSync(join(tmpdir(), "kz-bench-naive-"));
  buildSync({
    stdin: { contents: ENTRY, resolveDir: process.cwd(), loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    target: "es2022",
    legalComments: "none",
    outfile: join(dir, "naive.js"),
  });
  copyFileSync(join(dist, "data", "charts", "shutdowns.json"), join(dir, "shutdowns.json"));
  writeFileSync(join(dir, "index.html"), HTML);
  return dir;
}
