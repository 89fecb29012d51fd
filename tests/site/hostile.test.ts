/**
 * Hostile content stays inert text. Builds a copy of the site whose seed, claims and chart spec
 * carry markup, a `javascript:` URL, `</svg>`, a right-to-left override and a 5,000-character word
 * (tests/fixtures/hostile/), then checks every page in Chromium — nothing runs, no dialog opens,
 * nothing overflows sideways — and every CSV, JSON, SVG and oEmbed file it publishes.
 */
import { readFileSync, readdirSync, rmSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { JSDOM } from "jsdom";
import Papa from "papaparse";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LONG_WORD, RLO, SCRIPT } from "../fixtures/hostile/payloads.ts";
import { launchChromium } from "../../scripts/lib/chromium.ts";
import { serveDist, type StaticServer } from "../../scripts/lib/serve-dist.ts";
import { afterFrames } from "../helpers/page-checks.ts";
import { copyProject, npmRun } from "../helpers/temp-project.ts";

let dir: string;
let dist: string;
let files: string[];
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  dir = copyProject({ seeds: "tests/fixtures/hostile/seeds", data: "tests/fixtures/hostile/data" });
  const run = npmRun(dir, "build");
  if (run.status !== 0)
    throw new Error(`the hostile build failed:\n${run.stdout.slice(-2000)}\n${run.stderr}`);
  dist = join(dir, "dist");
  files = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dist, join(e.parentPath, e.name)).split(sep).join("/"))
    .sort();
  server = await serveDist(dist);
  browser = await launchChromium();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const pagePaths = () =>
  files.filter((f) => f.endsWith(".html")).map((f) => `/${f.replace(/(^|\/)index\.html$/, "$1")}`);
const read = (file: string) => readFileSync(join(dist, file), "utf8");

/** Opens `path` at `width`, records dialogs and CSP violations, and opens every popover and <details>. */
async function visit(path: string, width: number) {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  context.setDefaultTimeout(5000);
  const page: Page = await context.newPage();
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      ((window as unknown as { __violations: string[] }).__violations ??= []).push(e.violatedDirective);
    });
  });
  await page.goto(server.url(path), { waitUntil: "load" });
  await page.evaluate(async () => {
    for (const d of document.querySelectorAll("details")) d.open = true;
    for (const p of document.querySelectorAll<HTMLElement>("[popover]")) {
      p.showPopover();
      await new Promise((r) => requestAnimationFrame(r));
      p.hidePopover();
    }
    window.scrollTo(0, document.documentElement.scrollHeight);
  });
  // Let what the scroll set off finish: every image loads or fails (an injected onerror runs or is
  // refused then), and the story's observers report and update in the frames after.
  await page.waitForFunction(() => [...document.images].every((i) => i.complete));
  await afterFrames(page);
  const state = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
    violations: (window as unknown as { __violations?: string[] }).__violations ?? [],
    injectedImages: document.querySelectorAll('img[src="x"], image[href="x"]').length,
    scriptUrls: [...document.querySelectorAll("[href], [src], [action]")]
      .flatMap((e) => ["href", "src", "action"].map((a) => e.getAttribute(a) ?? ""))
      .filter((u) => /^\s*javascript:/i.test(u)),
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    text: document.body.textContent ?? "",
  }));
  await context.close();
  return { ...state, dialogs };
}

describe("a site built from hostile seeds, claims and chart text", () => {
  it("renders the payloads as text on the story, the methodology and the chart's embed", () => {
    for (const file of ["index.html", "methodology/index.html", "embed/shutdowns/index.html"]) {
      const doc = new JSDOM(read(file)).window.document;
      expect(doc.body.textContent, file).toContain(SCRIPT);
      expect(doc.body.textContent, file).toContain(RLO);
      expect(doc.querySelectorAll('img[src="x"]').length, file).toBe(0);
    }
  });

  it("isolates the chart title in an embed's <title>, so its right-to-left override stops before the site name", () => {
    const title = new JSDOM(read("embed/shutdowns/index.html")).window.document.title;
    expect(title).toContain(RLO);
    expect(title).toMatch(/^\u2068[^\u2069]*\u2069 · /);
  });

  for (const width of [375, 1280]) {
    it(`runs nothing, opens no dialog and overflows nothing on any page at ${width}px`, async () => {
      for (const path of pagePaths()) {
        const r = await visit(path, width);
        expect(
          { path, pwned: r.pwned, dialogs: r.dialogs, violations: r.violations, images: r.injectedImages },
          path,
        ).toEqual({ path, pwned: null, dialogs: [], violations: [], images: 0 });
        expect(r.scriptUrls, path).toEqual([]);
        expect(r.overflow, `${path} scrolls sideways by ${r.overflow}px`).toBeLessThanOrEqual(0);
      }
      // Every page in three languages, the embeds among them: more than a minute under load.
    }, 300_000);
  }

  it("keeps every CSV download well-formed, with the payloads inert inside their fields", () => {
    const csvs = files.filter((f) => f.endsWith(".csv"));
    expect(csvs.length).toBeGreaterThan(0);
    let seen = false;
    for (const file of csvs) {
      const parsed = Papa.parse<string[]>(read(file), { skipEmptyLines: true });
      expect(parsed.errors, file).toEqual([]);
      const width = parsed.data[0]!.length;
      for (const row of parsed.data) expect(row.length, file).toBe(width);
      if (parsed.data.some((row) => row.some((cell) => cell.includes(SCRIPT)))) seen = true;
    }
    expect(seen).toBe(true);
  });

  it("keeps every JSON file (data, downloads, oEmbed) parseable, with the payloads as plain strings", () => {
    const jsons = files.filter((f) => f.endsWith(".json"));
    const all = jsons.map((file) => JSON.stringify(JSON.parse(read(file)) as unknown)).join("\n");
    expect(all).toContain(JSON.stringify(SCRIPT).slice(1, -1));
    expect(all).toContain(LONG_WORD);
  });

  it("keeps the oEmbed HTML to one iframe and the loader, the hostile title inert in an attribute", () => {
    for (const file of files.filter((f) => f.startsWith("oembed/"))) {
      const oembed = JSON.parse(read(file)) as { title: string; html: string };
      const body = new JSDOM(`<body>${oembed.html}</body>`).window.document.body;
      expect(
        [...body.children].map((e) => e.tagName),
        file,
      ).toEqual(["IFRAME", "SCRIPT"]);
      expect(body.querySelector("script")!.textContent, file).toBe("");
      expect(body.querySelector("script")!.getAttribute("src"), file).toMatch(/\/embed\.js$/);
      expect(body.querySelector("iframe")!.getAttribute("title"), file).toBe(oembed.title);
      if (file === "oembed/shutdowns.json") expect(oembed.title).toContain(SCRIPT);
    }
  });

  it("keeps every SVG download well-formed XML without a script, a handler or foreign HTML", () => {
    const svgs = files.filter((f) => f.endsWith(".svg"));
    expect(svgs.length).toBeGreaterThan(0);
    for (const file of svgs) {
      const doc = new JSDOM(read(file), { contentType: "image/svg+xml" }).window.document;
      expect(doc.querySelector("parsererror"), file).toBeNull();
      expect(doc.querySelectorAll("script, foreignObject, img, a").length, file).toBe(0);
      const handlers = [...doc.querySelectorAll("*")].flatMap((e) =>
        [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name),
      );
      expect(handlers, file).toEqual([]);
    }
  });
});
