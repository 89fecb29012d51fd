/**
 * `npm run bench`: what the built story page weighs. Reads dist/ (build first) and prints HTML, CSS
 * and JS bytes raw and gzipped, the requests a first load makes and CLS, then Lighthouse's scores
 * (mobile emulation, Debian's Chromium). It prints figures; nothing here passes or fails on time.
 *
 *   npm run build && npm run bench
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { JSDOM } from "jsdom";
import { tmpdir } from "node:os";
import { CHROME_FLAGS, launchChromium, serveDist } from "../tests/helpers/site.ts";

const DIST = process.env["SITE_DIST"] ?? "dist";
const page = join(DIST, "index.html");
if (!existsSync(page)) {
  console.error(`bench: ${page} does not exist; run \`npm run build\` first`);
  process.exit(1);
}

interface Row {
  kind: string;
  raw: number;
  gzip: number;
}
const gz = (b: Buffer) => gzipSync(b, { level: 9 }).length;
const html = readFileSync(page);
const doc = new JSDOM(html.toString()).window.document;
const rows: Row[] = [{ kind: "html", raw: html.length, gzip: gz(html) }];
const add = (kind: string, b: Buffer) => {
  const row = rows.find((r) => r.kind === kind) ?? rows[rows.push({ kind, raw: 0, gzip: 0 }) - 1]!;
  row.raw += b.length;
  row.gzip += gz(b);
};
const local = (href: string) => join(DIST, href.replace(/^\//, ""));
for (const link of doc.querySelectorAll('link[rel="stylesheet"]'))
  add("css", readFileSync(local(link.getAttribute("href")!)));
for (const style of doc.querySelectorAll("style"))
  add(style.closest("svg") ? "css (in SVGs)" : "css (inline)", Buffer.from(style.textContent ?? ""));
for (const script of doc.querySelectorAll("script")) {
  const src = script.getAttribute("src");
  add(src ? "js" : "js (inline)", src ? readFileSync(local(src)) : Buffer.from(script.textContent ?? ""));
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`.padStart(10);
console.log(`bench: ${page}`);
console.log(`${"".padEnd(14)}${"raw".padStart(10)}${"gzip".padStart(10)}`);
for (const r of rows) console.log(`${r.kind.padEnd(14)}${kb(r.raw)}${kb(r.gzip)}`);
const js = rows.filter((r) => r.kind.startsWith("js")).reduce((s, r) => s + r.gzip, 0);
console.log(`${"js total".padEnd(14)}${"".padStart(10)}${kb(js)}  (budget 15.0 KB)`);

// Requests a first load makes, counted in Chromium against a local static server.
const server = await serveDist(DIST);
const browser = await launchChromium();
try {
  const p = await browser.newPage({ viewport: { width: 412, height: 823 } });
  const requests: string[] = [];
  p.on("request", (r) => requests.push(r.url()));
  await p.goto(server.url("/"), { waitUntil: "networkidle" });
  const cls = await p.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & {
            value: number;
            hadRecentInput: boolean;
          })[])
            if (!e.hadRecentInput) total += e.value;
        }).observe({ type: "layout-shift", buffered: true });
        setTimeout(() => resolve(total), 300);
      }),
  );
  const external = requests.filter((u) => !u.startsWith(server.origin) && !u.startsWith("data:"));
  console.log(`requests      ${requests.length} on first load (${external.length} to other origins)`);
  console.log(`CLS           ${cls.toFixed(3)}`);
} finally {
  await browser.close();
  await server.close();
}

// Lighthouse with its default mobile emulation, against the same static server, in Debian's Chromium.
const lhServer = await serveDist(DIST);
try {
  const out = join(tmpdir(), `lighthouse-${process.pid}.json`);
  // Asynchronous: the static server runs in this process and must keep answering.
  await promisify(execFile)(
    join("node_modules", ".bin", "lighthouse"),
    [
      lhServer.url("/"),
      "--quiet",
      "--output=json",
      `--output-path=${out}`,
      "--only-categories=performance,accessibility,best-practices,seo",
      `--chrome-flags=${CHROME_FLAGS.join(" ")}`,
    ],
    {
      env: { ...process.env, CHROME_PATH: process.env["CHROME_PATH"] ?? "/usr/bin/chromium" },
    },
  );
  const report = JSON.parse(readFileSync(out, "utf8")) as {
    categories: Record<string, { score: number }>;
    audits: Record<string, { numericValue?: number }>;
  };
  const score = (k: string) => Math.round((report.categories[k]?.score ?? 0) * 100);
  const ms = (k: string) => Math.round(report.audits[k]?.numericValue ?? NaN);
  console.log(
    `lighthouse    performance ${score("performance")}, accessibility ${score("accessibility")}, ` +
      `best practices ${score("best-practices")}, SEO ${score("seo")} (mobile emulation)`,
  );
  console.log(
    `              LCP ${ms("largest-contentful-paint")} ms, TBT ${ms("total-blocking-time")} ms, ` +
      `CLS ${(report.audits["cumulative-layout-shift"]?.numericValue ?? NaN).toFixed(3)}`,
  );
} finally {
  await lhServer.close();
}
