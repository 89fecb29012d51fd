/**
 * The site on a static host at a sub-path and at the root: builds it with BASE_PATH=/a/b/ into a
 * folder of its own (once without SITE_URL, as on GitHub Pages, once with it), serves it under
 * /a/b/ the way a plain static host does, and crawls every page and every link, script, style,
 * image, download, embed and oEmbed reference: none may be broken or escape the sub-path. The
 * default build (dist/) is crawled at the root. Run after `npm run build` (it needs the data step).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { JSDOM } from "jsdom";
import type { Browser, FrameLocator, Locator } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../../scripts/lib/chromium.ts";
import { serveDist, type StaticServer } from "../../scripts/lib/serve-dist.ts";
import { hostPage, serveHost, type HostServer } from "../../scripts/lib/host-page.ts";
import { chartIds } from "../../src/data/generated.ts";

const DIST = process.env["SITE_DIST"] ?? "dist";
const BASE = "/a/b/";
const SITE_URL = "https://charts.example.org";

/** `astro build` into a fresh temporary folder with the given environment; returns the folder. */
function build(env: Record<string, string>): string {
  const out = mkdtempSync(join(tmpdir(), "kz-subpath-"));
  const astro = join(process.cwd(), "node_modules", "astro", "bin", "astro.mjs");
  // Vitest's own variables (NODE_ENV=test, BASE_URL=/, MODE…) would leak into Vite inside the build.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !/^(SITE_URL|BASE_PATH|BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|VITE_.*|TEST)$/.test(k),
    ),
  );
  const run = spawnSync(process.execPath, [astro, "build", "--outDir", out], {
    env: { ...inherited, ASTRO_TELEMETRY_DISABLED: "1", ...env },
    encoding: "utf8",
    timeout: 90_000,
  });
  if (run.status !== 0) throw new Error(`astro build failed:\n${run.stdout}\n${run.stderr}`);
  return out;
}

/** Every file in `dir` as a site path: "index.html" → "", "embed/x/index.html" → "embed/x/". */
function sitePaths(dir: string): string[] {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join("/"));
  return files.map((f) => f.replace(/(^|\/)index\.html$/, "$1")).sort();
}

interface Reference {
  from: string;
  url: string;
}

/** The URLs a page hands to a reader or a browser, including those waiting in <template>s and snippets. */
function htmlReferences(html: string): string[] {
  const doc = new JSDOM(html).window.document;
  const roots: ParentNode[] = [doc];
  for (const t of doc.querySelectorAll("template")) roots.push((t as HTMLTemplateElement).content);
  // Embed code shown for copying is HTML too: its iframe and script must resolve.
  for (const r of [...roots])
    for (const area of r.querySelectorAll("textarea"))
      if (/<iframe/.test(area.textContent ?? "")) roots.push(JSDOM.fragment(area.textContent ?? ""));
  const urls: string[] = [];
  for (const r of roots) {
    for (const el of r.querySelectorAll("[href], [src], [srcset], [action], meta[content], input[value]")) {
      for (const name of ["href", "src", "action"])
        if (el.hasAttribute(name)) urls.push(el.getAttribute(name)!);
      const srcset = el.getAttribute("srcset");
      if (srcset) urls.push(...srcset.split(",").map((s) => s.trim().split(/\s+/)[0]!));
      if (el.matches('meta[property^="og:image"], meta[property="og:url"], meta[name^="twitter:image"]'))
        if (!el.getAttribute("property")?.endsWith(":alt")) urls.push(el.getAttribute("content")!);
      if (el.matches("input[data-share-field=url]")) urls.push(el.getAttribute("value")!);
    }
  }
  return urls;
}

const cssReferences = (css: string) =>
  [...css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map((m) => m[1]!);

function oembedReferences(json: string): string[] {
  const o = JSON.parse(json) as { html: string; thumbnail_url: string; provider_url: string };
  const frag = JSDOM.fragment(o.html);
  return [
    frag.querySelector("iframe")!.getAttribute("src")!,
    frag.querySelector("script")!.getAttribute("src")!,
    o.thumbnail_url,
    o.provider_url,
  ];
}

interface CrawlResult {
  pages: number;
  checked: number;
  broken: string[];
  outside: string[];
  external: string[];
}

/**
 * Fetches every path of the build and every reference found in it. A reference is broken when it
 * does not answer 200 or names an anchor the page lacks; outside when it leaves the base path.
 * URLs on `site` (SITE_URL) are fetched from the local server instead.
 */
async function crawl(
  server: StaticServer,
  base: string,
  seeds: string[],
  site?: string,
): Promise<CrawlResult> {
  const result: CrawlResult = { pages: 0, checked: 0, broken: [], outside: [], external: [] };
  const bodies = new Map<string, Promise<{ status: number; type: string; text: string }>>();
  const anchors = new Map<string, Set<string>>();
  const idsOf = (page: string, html: string) => {
    if (!anchors.has(page)) {
      const doc = new JSDOM(html).window.document;
      const ids = [...doc.querySelectorAll("[id], [name]")].map((el) => el.id || el.getAttribute("name")!);
      anchors.set(page, new Set(ids));
    }
    return anchors.get(page)!;
  };
  const fetchOnce = (url: string) => {
    if (!bodies.has(url))
      bodies.set(
        url,
        fetch(url).then(async (r) => ({
          status: r.status,
          type: r.headers.get("content-type") ?? "",
          text: await r.text(),
        })),
      );
    return bodies.get(url)!;
  };
  const queue: Reference[] = seeds.map((p) => ({ from: "(build)", url: server.url(p) }));
  const seen = new Set<string>();
  while (queue.length) {
    const batch = queue.splice(0);
    await Promise.all(
      batch.map(async ({ from, url: raw }) => {
        if (/^(data|mailto|javascript|blob):/.test(raw)) return;
        let url = new URL(raw, from === "(build)" ? server.origin : from);
        if (site && url.origin === new URL(site).origin)
          url = new URL(url.pathname + url.search + url.hash, server.origin);
        if (url.origin !== server.origin) return void result.external.push(`${url.href} (in ${from})`);
        if (!url.pathname.startsWith(base)) return void result.outside.push(`${raw} (in ${from})`);
        const key = `${url.pathname}${url.search}${url.hash}`;
        if (seen.has(key)) return;
        seen.add(key);
        result.checked++;
        const page = `${url.origin}${url.pathname}${url.search}`;
        const { status, type, text } = await fetchOnce(page);
        if (status !== 200) return void result.broken.push(`${raw} → ${status} (in ${from})`);
        const id = decodeURIComponent(url.hash.slice(1));
        if (id && type.includes("html") && !idsOf(page, text).has(id))
          result.broken.push(`${raw} → no #${id} (in ${from})`);
        if (url.hash) return; // the page itself is crawled through its plain URL
        const refs = type.includes("html")
          ? (result.pages++, htmlReferences(text))
          : type.includes("css")
            ? cssReferences(text)
            : /\/oembed\/[^/]+\.json$/.test(url.pathname)
              ? oembedReferences(text)
              : [];
        queue.push(...refs.map((r) => ({ from: page, url: r })));
      }),
    );
  }
  return result;
}

/** How far an embed's iframe is from the height of the page inside it, in px. */
async function heightGap(iframe: Locator, frame: FrameLocator): Promise<number> {
  const outer = await iframe.evaluate((f) => f.getBoundingClientRect().height);
  const inner = await frame.locator("html").evaluate((html) => html.getBoundingClientRect().height);
  return Math.abs(outer - inner);
}

describe(`a build for the sub-path ${BASE}`, () => {
  let out: string;
  let server: StaticServer;
  let host: HostServer | undefined;
  let browser: Browser | undefined;

  beforeAll(() => {
    out = build({ BASE_PATH: BASE });
  });
  afterAll(async () => {
    await browser?.close();
    await host?.close();
    await server?.close();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it("serves every page, link, script, style, image, download and oEmbed reference under /a/b/", async () => {
    server = await serveDist(out, BASE);
    const result = await crawl(server, BASE, sitePaths(out));
    expect(result.broken).toEqual([]);
    expect(result.outside).toEqual([]);
    expect(result.external).toEqual([]);
    expect(result.pages).toBeGreaterThanOrEqual(3 + chartIds().length); // story, methodology, 404 and the embeds
    expect(result.checked).toBeGreaterThan(100);
  });

  it("answers a missing path with its 404 page, whose links work from any depth", async () => {
    const res = await fetch(server.url("no/such/page/"));
    expect(res.status).toBe(404);
    const html = await res.text();
    const links = htmlReferences(html).filter((u) => !u.startsWith("data:"));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links)
      expect((await fetch(new URL(link, server.url("no/such/page/")))).status, link).toBe(200);
  });

  it("serves the methodology in each language under /a/b/, its switcher and story links there too", async () => {
    for (const [lang, prefix] of [
      ["en", ""],
      ["ru", "ru/"],
      ["kk", "kk/"],
    ] as const) {
      const res = await fetch(server.url(`${prefix}methodology/`));
      expect(res.status, lang).toBe(200);
      const doc = new JSDOM(await res.text()).window.document;
      expect(doc.documentElement.lang, lang).toBe(lang);
      expect(
        [...doc.querySelectorAll("[data-lang-link]")].map((a) => a.getAttribute("href")),
        lang,
      ).toEqual(["/a/b/methodology/", "/a/b/ru/methodology/", "/a/b/kk/methodology/"]);
      for (const a of doc.querySelectorAll("nav.methodology-header a"))
        expect(a.getAttribute("href"), lang).toMatch(new RegExp(`^/a/b/${prefix}#[a-z0-9-]+$`));
    }
  });

  it("writes Netlify's per-language 404 rules under the sub-path", () => {
    expect(readFileSync(join(out, "_redirects"), "utf8").trim().split("\n")).toEqual([
      "/a/b/ru/* /a/b/ru/404.html 404",
      "/a/b/kk/* /a/b/kk/404.html 404",
    ]);
  });

  it("the Embed snippet and loader work from another origin under the sub-path", async () => {
    host = await serveHost();
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
    host.set(
      "/sub.html",
      hostPage(
        `<iframe src="${server.url("embed/timeline/")}" title="Timeline" data-kz-embed width="100%" height="200" style="width:100%;border:0"></iframe>` +
          `<script src="${server.url("embed.js")}" async></script>`,
      ),
    );
    await page.goto(host.url("/sub.html"));
    const iframe = page.locator("iframe");
    const frame = page.frameLocator("iframe");
    await expect.poll(() => frame.locator("figure svg").count()).toBeGreaterThan(0);
    await expect.poll(() => heightGap(iframe, frame)).toBeLessThanOrEqual(2);
    expect(await iframe.evaluate((f) => f.getBoundingClientRect().height)).toBeGreaterThan(300);
    await page.close();
  });

  it("a Kazakh embed under the sub-path draws in Kazakh and keeps its height on another origin", async () => {
    host ??= await serveHost();
    browser ??= await launchChromium();
    const page = await browser.newPage({ viewport: { width: 400, height: 900 } });
    host.set(
      "/kk.html",
      hostPage(
        `<iframe src="${server.url("kk/embed/seizures/")}" title="Seizures" data-kz-embed width="100%" height="200" style="width:100%;border:0"></iframe>` +
          `<script src="${server.url("embed.js")}" async></script>`,
      ),
    );
    await page.goto(host.url("/kk.html"));
    const iframe = page.locator("iframe");
    const frame = page.frameLocator("iframe");
    await expect.poll(() => frame.locator("figure svg").count()).toBeGreaterThan(0);
    expect(await frame.locator("html").getAttribute("lang")).toBe("kk");
    expect(await frame.locator("h1").textContent()).toMatch(/\p{Script=Cyrillic}/u);
    for (const src of await frame
      .locator("a[href]")
      .evaluateAll((as) => as.map((a) => a.getAttribute("href")!)))
      if (!src.startsWith("#"))
        expect(new URL(src, server.url("kk/embed/seizures/")).pathname).toMatch(/^\/a\/b\//);
    await expect.poll(() => heightGap(iframe, frame)).toBeLessThanOrEqual(2);
    await page.close();
  });
});

describe(`a build for ${SITE_URL}${BASE}`, () => {
  let out: string;
  let server: StaticServer;

  beforeAll(async () => {
    out = build({ BASE_PATH: BASE, SITE_URL });
    server = await serveDist(out, BASE);
  });
  afterAll(async () => {
    await server?.close();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it("every reference resolves, read with SITE_URL mapped to the local server", async () => {
    const result = await crawl(server, BASE, sitePaths(out), SITE_URL);
    expect(result.broken).toEqual([]);
    expect(result.outside).toEqual([]);
    expect(result.external).toEqual([]);
  });

  it("every story, methodology and embed page names all three languages and x-default as absolute hreflang alternates", () => {
    const at = `${SITE_URL}${BASE}`;
    const pages = ["", "methodology/", ...chartIds().map((id) => `embed/${id}/`)];
    for (const page of pages) {
      const expected = [
        ["en", `${at}${page}`],
        ["ru", `${at}ru/${page}`],
        ["kk", `${at}kk/${page}`],
        ["x-default", `${at}${page}`],
      ];
      for (const prefix of ["", "ru/", "kk/"]) {
        const doc = new JSDOM(readFileSync(join(out, prefix, page, "index.html"), "utf8")).window.document;
        const links = [...doc.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [
          l.getAttribute("hreflang"),
          l.getAttribute("href"),
        ]);
        expect(links, `${prefix}${page}`).toEqual(expected);
      }
    }
  });

  it("embed pages, oEmbed and citations use absolute URLs on the site", async () => {
    const html = await (await fetch(server.url("embed/shutdowns/"))).text();
    const doc = new JSDOM(html).window.document;
    const at = `${SITE_URL}${BASE}`;
    expect(doc.querySelector('link[rel="canonical"]')!.getAttribute("href")).toBe(`${at}embed/shutdowns/`);
    expect(doc.querySelector('link[type="application/json+oembed"]')!.getAttribute("href")).toBe(
      `${at}oembed/shutdowns.json`,
    );
    for (const a of doc.querySelectorAll(".embed__credit a"))
      expect(a.getAttribute("href")).toMatch(new RegExp(`^${at}`));
    expect(doc.querySelector(".embed__cite p")!.textContent).toMatch(new RegExp(`${at}embed/shutdowns/$`));
    const o = await (await fetch(server.url("oembed/shutdowns.json"))).json();
    expect(o.provider_url).toBe(at);
    expect(o.thumbnail_url).toBe(`${at}downloads/shutdowns.png`);
    expect(o.html).toContain(`src="${at}embed/shutdowns/"`);
    expect(o.html).toContain(`src="${at}embed.js"`);
  });

  it("a Russian embed, its alternates, oEmbed and citation use absolute URLs under the sub-path", async () => {
    const html = await (await fetch(server.url("ru/embed/shutdowns/"))).text();
    const doc = new JSDOM(html).window.document;
    const at = `${SITE_URL}${BASE}`;
    expect(doc.documentElement.getAttribute("lang")).toBe("ru");
    expect(doc.querySelector('link[rel="canonical"]')!.getAttribute("href")).toBe(`${at}ru/embed/shutdowns/`);
    const alternates = [...doc.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [
      l.getAttribute("hreflang"),
      l.getAttribute("href"),
    ]);
    expect(alternates).toContainEqual(["kk", `${at}kk/embed/shutdowns/`]);
    expect(alternates).toContainEqual(["en", `${at}embed/shutdowns/`]);
    expect(doc.querySelector('meta[property="og:image"]')!.getAttribute("content")).toBe(
      `${at}ru/downloads/shutdowns.png`,
    );
    expect(doc.querySelector(".embed__cite p")!.textContent).toMatch(new RegExp(`${at}ru/embed/shutdowns/$`));
    const o = await (await fetch(server.url("ru/oembed/shutdowns.json"))).json();
    expect(o.provider_url).toBe(`${at}ru/`);
    expect(o.thumbnail_url).toBe(`${at}ru/downloads/shutdowns.png`);
    expect(o.html).toContain(`src="${at}ru/embed/shutdowns/"`);
    expect(o.html).toContain(`src="${at}embed.js"`);
  });
});

describe("the default build at the root", () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveDist(DIST, "/");
  });
  afterAll(async () => {
    await server?.close();
  });

  it("serves every page and every reference in it", async () => {
    const result = await crawl(server, "/", sitePaths(DIST));
    expect(result.broken).toEqual([]);
    expect(result.outside).toEqual([]);
    expect(result.external).toEqual([]);
    expect(result.pages).toBeGreaterThanOrEqual(3 + chartIds().length);
  });
});
