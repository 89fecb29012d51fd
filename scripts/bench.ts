/**
 * `npm run bench`: one table of what the site costs a reader and the build, beside the naive way.
 * Builds the site (timing `npm run build`), builds a reference page that draws the story's
 * shutdowns chart in the browser with Observable Plot (scripts/bench-naive.ts) and one of the story's
 * opening alone at the story's compressed size (scripts/bench-floor.ts), then for the story,
 * the methodology, one embed and the reference prints HTML, CSS and JS bytes raw and gzipped, the
 * requests a first load makes, and Lighthouse's median of three runs (mobile emulation, Debian's
 * Chromium) with the main thread's CPU time read from each run's trace; then the data pipeline's throughput from `bench:data`. Figures only: nothing here
 * passes or fails on time.
 *
 *   npm run bench                  # builds first, with SITE_URL (default https://example.org)
 *   npm run bench -- --no-build    # measures the existing dist/
 */
import { execFile, spawnSync } from "node:child_process";
import { rmSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs, promisify } from "node:util";
import { gzipSync } from "node:zlib";
import { JSDOM } from "jsdom";
import type { Browser } from "playwright-core";
import { CHROME_FLAGS, launchChromium } from "./lib/chromium.ts";
import { BROWSER_ENCODING, encodeBody, serveDist, type StaticServer } from "./lib/serve-dist.ts";
import { mainThreadCpu, type TraceEvent } from "./lib/trace-cpu.ts";
import { LOCALES, TRANSLATED } from "../src/i18n/locales.ts";
import { buildFloorPage } from "./bench-floor.ts";
import { buildNaivePage } from "./bench-naive.ts";

const { values } = parseArgs({
  options: { "no-build": { type: "boolean", default: false }, runs: { type: "string", default: "3" } },
});
const DIST = process.env["SITE_DIST"] ?? "dist";
const RUNS = Math.max(1, Number(values.runs) || 3);

function time<T>(f: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = f();
  return { ms: performance.now() - start, value };
}

let buildMs: number | null = null;
if (!values["no-build"]) {
  console.error("bench: npm run build …");
  // Built at an address, as the README's deploy section says: hreflang alternates are written only
  // when the build knows it (they must be absolute), and Lighthouse's SEO audit checks them. Nothing
  // fetches this address; the pages are served from dist/ on this machine.
  const env = { ...process.env, SITE_URL: process.env["SITE_URL"] ?? "https://example.org" };
  const { ms, value: run } = time(() =>
    spawnSync("npm", ["run", "--silent", "build"], { encoding: "utf8", env }),
  );
  if (run.status !== 0) {
    console.error(`bench: the build failed\n${run.stdout}\n${run.stderr}`);
    process.exit(1);
  }
  buildMs = ms;
}

interface Weight {
  html: [number, number];
  /** The document as the bench's server sends it to Chromium: brotli, or gzip with SERVE_ENCODING=gzip. */
  htmlServed: number;
  css: [number, number];
  js: [number, number];
  other: [number, number];
  requests: number;
}
interface Lighthouse {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcp: number;
  tbt: number;
  cls: number;
  /** The page's main thread, CPU time from the trace (not wall clock): all tasks, and the longest. */
  cpu: number;
  cpuLongest: number;
}

const gz = (b: Buffer) => gzipSync(b, { level: 9 }).length;
const GZIP_ONLY = BROWSER_ENCODING === "gzip";
/** Bytes as scripts/lib/serve-dist.ts sends them to Chromium. */
const served = (b: Buffer) => encodeBody(b, BROWSER_ENCODING).length;
const add = (pair: [number, number], b: Buffer) => {
  pair[0] += b.length;
  pair[1] += gz(b);
};

/**
 * What a first load of `url` fetches, from Chromium's own requests: the document, stylesheets,
 * scripts and everything else; inline <style> and <script> count as CSS and JS (they are also in
 * the HTML's bytes).
 */
async function weigh(browser: Browser, url: string): Promise<Weight> {
  // A context of its own: an empty cache, as a first visit. In a shared one, a script the previous
  // edition loaded can come from the memory cache with no response to weigh.
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const bodies: Array<Promise<{ type: string; body: Buffer } | null>> = [];
  page.on("response", (r) => {
    bodies.push(
      r.url().startsWith("data:")
        ? Promise.resolve(null)
        : r
            .body()
            .then((body) => ({ type: r.request().resourceType(), body }))
            .catch(() => null),
    );
  });
  await page.goto(url, { waitUntil: "networkidle" });
  const w: Weight = { html: [0, 0], htmlServed: 0, css: [0, 0], js: [0, 0], other: [0, 0], requests: 0 };
  for (const r of await Promise.all(bodies)) {
    if (!r) continue;
    w.requests++;
    if (r.type === "document") {
      add(w.html, r.body);
      w.htmlServed += served(r.body);
      const doc = new JSDOM(r.body.toString()).window.document;
      for (const s of doc.querySelectorAll("style")) add(w.css, Buffer.from(s.textContent ?? ""));
      for (const s of doc.querySelectorAll("script:not([src])")) add(w.js, Buffer.from(s.textContent ?? ""));
    } else if (r.type === "stylesheet") add(w.css, r.body);
    else if (r.type === "script") add(w.js, r.body);
    else add(w.other, r.body);
  }
  await context.close();
  return w;
}

/**
 * When the first chart SVG is in the document, in ms from navigation start, with the CPU slowed
 * 4× as in Lighthouse's mobile emulation: Lighthouse's LCP does not count SVG shapes, so this is
 * the figure that compares "chart in the HTML" with "chart drawn by script". Median of `RUNS`.
 */
async function chartTime(browser: Browser, url: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    await page.addInitScript(() => {
      const w = window as unknown as { __chartAt?: number };
      new MutationObserver((_, observer) => {
        if (w.__chartAt === undefined && document.querySelector("figure svg")) {
          w.__chartAt = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(url, { waitUntil: "load" });
    await page.waitForFunction(() => (window as unknown as { __chartAt?: number }).__chartAt !== undefined);
    times.push(await page.evaluate(() => (window as unknown as { __chartAt: number }).__chartAt));
    await page.close();
  }
  return median(times);
}

/**
 * Extra round trips Lighthouse's simulated mobile network (Lantern's TCPConnection: 150 ms RTT,
 * 1.6 Mbps, an initial congestion window of 10 segments of 1,460 bytes doubling per round trip, at
 * most 21) charges for a document of `bytes` after its first window. Each costs 150 ms of LCP,
 * however little of the document the largest paint needs: the model does not stream HTML.
 */
function extraRoundTrips(bytes: number): number {
  const SEGMENT = 1460;
  const MAX_WINDOW = Math.floor((((1.6 * 1024 * 1024) / 8) * 0.15) / SEGMENT);
  let window = 10;
  let left = bytes - window * SEGMENT;
  let trips = 0;
  while (left > 0) {
    window = Math.min(MAX_WINDOW, window * 2);
    left -= window * SEGMENT;
    trips++;
  }
  return trips;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Lighthouse's default mobile emulation in Debian's Chromium; the median of `RUNS` runs, metric by metric. */
async function lighthouse(url: string): Promise<Lighthouse> {
  const runs: Lighthouse[] = [];
  for (let i = 0; i < RUNS; i++) {
    const out = join(tmpdir(), `lighthouse-${process.pid}-${i}.json`);
    // Asynchronous: the static servers run in this process and must keep answering.
    await promisify(execFile)(
      join("node_modules", ".bin", "lighthouse"),
      [
        url,
        "--quiet",
        "--output=json",
        `--output-path=${out}`,
        "--save-assets",
        "--only-categories=performance,accessibility,best-practices,seo",
        `--chrome-flags=${CHROME_FLAGS.join(" ")}`,
      ],
      { env: { ...process.env, CHROME_PATH: process.env["CHROME_PATH"] ?? "/usr/bin/chromium" } },
    );
    const report = JSON.parse(readFileSync(out, "utf8")) as {
      categories: Record<string, { score: number | null }>;
      audits: Record<string, { numericValue?: number }>;
    };
    const trace = out.replace(/\.json$/, "-0.trace.json");
    const { traceEvents } = JSON.parse(readFileSync(trace, "utf8")) as { traceEvents: TraceEvent[] };
    const cpu = mainThreadCpu(traceEvents);
    for (const f of [out, trace, out.replace(/\.json$/, "-0.devtoolslog.json")]) rmSync(f, { force: true });
    const score = (k: string) => Math.round((report.categories[k]?.score ?? NaN) * 100);
    const value = (k: string) => report.audits[k]?.numericValue ?? NaN;
    runs.push({
      performance: score("performance"),
      accessibility: score("accessibility"),
      bestPractices: score("best-practices"),
      seo: score("seo"),
      lcp: value("largest-contentful-paint"),
      tbt: value("total-blocking-time"),
      cls: value("cumulative-layout-shift"),
      cpu: cpu.total,
      cpuLongest: cpu.longest,
    });
  }
  const keys = Object.keys(runs[0]!) as Array<keyof Lighthouse>;
  return Object.fromEntries(keys.map((k) => [k, median(runs.map((r) => r[k]))])) as unknown as Lighthouse;
}

/**
 * `bench:data` over 2,000 synthetic articles: the extraction row's articles/s and MB/s, and the
 * triage stage's wall-clock rate.
 */
function dataThroughput(): string {
  const run = spawnSync("node", ["scripts/bench-data.ts", "--articles", "2000"], { encoding: "utf8" });
  const row = /^extraction\s+([\d,]+)\s+([\d.]+)\s+([\d,]+)\s+([\d.]+)\s+([\d,]+)\s+([\d.]+)/m.exec(
    run.stdout,
  );
  const triage = /^wall clock, all workers\s+[\d,]+\s+[\d.]+\s+([\d,]+)/m.exec(run.stdout);
  return row
    ? `${row[5]} articles/s, ${row[6]} MB/s (${row[1]} articles, ${row[3]} mentions)` +
        (triage ? `; generate, extract and triage on worker threads: ${triage[1]} articles/s` : "")
    : "unavailable";
}

const naiveDir = buildNaivePage(DIST);
const floorDir = buildFloorPage(DIST, served);
const servers: StaticServer[] = [await serveDist(DIST), await serveDist(naiveDir), await serveDist(floorDir)];
const [site, naive, floor] = servers as [StaticServer, StaticServer, StaticServer];
const embed = "/embed/shutdowns/";
// Each language's edition of the story is measured against the same budgets as the English.
const pages = [
  { name: "story", url: site.url("/") },
  ...TRANSLATED.map((l) => ({ name: `story ${l}`, url: site.url(`/${l}/`) })),
  { name: "methodology", url: site.url("/methodology/") },
  { name: `embed`, url: site.url(embed) },
  { name: "opening, story bytes", url: floor.url("/") },
  { name: "naive Plot", url: naive.url("/") },
];
const chartless = new Set(["methodology", "opening, story bytes"]);

const browser = await launchChromium();
const weights: Weight[] = [];
const charted: number[] = [];
const scores: Lighthouse[] = [];
try {
  for (const p of pages) weights.push(await weigh(browser, p.url));
  for (const p of pages) charted.push(chartless.has(p.name) ? NaN : await chartTime(browser, p.url));
} finally {
  await browser.close();
}
try {
  for (const p of pages) {
    console.error(`bench: lighthouse ×${RUNS} ${p.name} …`);
    scores.push(await lighthouse(p.url));
  }
} finally {
  await Promise.all(servers.map((s) => s.close()));
  rmSync(naiveDir, { recursive: true, force: true });
  rmSync(floorDir, { recursive: true, force: true });
}
console.error("bench: bench:data --articles 2000 …");
const throughput = dataThroughput();

const kb = (n: number) => (n / 1024).toFixed(1);
const bytes = (pick: (w: Weight) => [number, number]) => (i: number) =>
  `${kb(pick(weights[i]!)[0])} / ${kb(pick(weights[i]!)[1])}`;
const ratio = (a: number, b: number) => (b > 0 && Number.isFinite(a / b) ? `${(a / b).toFixed(1)}×` : "–");
const story = 0;
const ref = pages.findIndex((p) => p.name === "naive Plot");
const lh =
  (k: keyof Lighthouse, digits = 0, unit = "") =>
  (i: number) =>
    `${scores[i]![k].toFixed(digits)}${unit}`;
const rows: Array<[string, (i: number) => string, string]> = [
  ["HTML KB raw / gzip", bytes((w) => w.html), ratio(weights[ref]!.html[1], weights[story]!.html[1])],
  ["CSS KB raw / gzip", bytes((w) => w.css), ratio(weights[ref]!.css[1], weights[story]!.css[1])],
  ["JS KB raw / gzip", bytes((w) => w.js), ratio(weights[ref]!.js[1], weights[story]!.js[1])],
  ["other KB raw / gzip", bytes((w) => w.other), "–"],
  [`HTML KB as served (${GZIP_ONLY ? "gzip" : "brotli"})`, (i) => kb(weights[i]!.htmlServed), "–"],
  ["HTML extra round trips (LH model)", (i) => String(extraRoundTrips(weights[i]!.htmlServed)), "–"],
  ["requests", (i) => String(weights[i]!.requests), ratio(weights[ref]!.requests, weights[story]!.requests)],
  [
    "chart in DOM ms (4× CPU)",
    (i) => (Number.isNaN(charted[i]!) ? "–" : charted[i]!.toFixed(0)),
    ratio(charted[ref]!, charted[story]!),
  ],
  ["LH performance", lh("performance"), "–"],
  ["LH accessibility", lh("accessibility"), "–"],
  ["LH best practices", lh("bestPractices"), "–"],
  ["LH SEO", lh("seo"), "–"],
  ["LH LCP ms", lh("lcp"), ratio(scores[ref]!.lcp, scores[story]!.lcp)],
  ["LH TBT ms", lh("tbt"), "–"],
  ["LH CLS", lh("cls", 3), "–"],
  ["main thread CPU ms (trace)", lh("cpu"), "–"],
  ["longest task CPU ms (trace)", lh("cpuLongest"), "–"],
];
const header = ["", ...pages.map((p) => p.name), "naive ÷ story"];
const table = [
  header,
  ...rows.map(([label, cell, r]) => [label, ...pages.map((_, i) => cell(i)), r]),
  [
    `build, ${LOCALES.length} languages (npm run build)`,
    buildMs === null ? "skipped" : `${(buildMs / 1000).toFixed(1)} s (target < 60 s)`,
  ],
  ["data pipeline", throughput],
];
const widths = header.map((_, c) => Math.max(...table.slice(0, -2).map((r) => r[c]!.length)));
console.log(
  `bench: ${DIST}/ (${embed} for the embed), served ${GZIP_ONLY ? "gzip (SERVE_ENCODING=gzip, as GitHub Pages)" : "brotli (as Cloudflare and Netlify; SERVE_ENCODING=gzip for GitHub Pages)"}; ` +
    `Lighthouse median of ${RUNS}, mobile emulation, Debian's Chromium`,
);
for (const [n, r] of table.entries()) {
  const line =
    n >= table.length - 2
      ? `${r[0]!.padEnd(widths[0]!)}  ${r[1]}`
      : r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join("  ");
  console.log(line);
}
console.log(
  "CSS and JS include inline <style> and <script> (also counted in HTML); targets: story JS ≤ 10 KB gzip, embed ≤ 4 KB.\n" +
    "LCP does not count SVG shapes: the naive page's LCP is its headline, painted before Plot draws; see 'chart in DOM'.",
);
const embedIndex = pages.findIndex((p) => p.name === "embed");
const floorIndex = pages.findIndex((p) => p.name === "opening, story bytes");
const lcpAgainst = (i: number) =>
  `${pages[i]!.name} ${scores[i]!.lcp.toFixed(0)} ms = ${(scores[i]!.lcp / scores[embedIndex]!.lcp).toFixed(2)}× the embed, ` +
  `${(scores[i]!.lcp / scores[floorIndex]!.lcp).toFixed(2)}× its opening alone at its bytes`;
console.log(
  `LCP (target ≤ 1.10× the one-chart embed page's ${scores[embedIndex]!.lcp.toFixed(0)} ms):\n` +
    pages
      .map((p, i) => (p.name.startsWith("story") ? `  ${lcpAgainst(i)}` : null))
      .filter((x) => x !== null)
      .join("\n") +
    `\nThe story's opening alone, padded to the English story's size as served, takes ${scores[floorIndex]!.lcp.toFixed(0)} ms: ` +
    "Lighthouse's network model charges each round trip after a document's first 14.6 KB in full (150 ms), " +
    "whatever the first paint needs, so the gap to that page is main-thread work and the rest is bytes.",
);
