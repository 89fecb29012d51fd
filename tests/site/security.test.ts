/**
 * The Content-Security-Policy and the response headers, on the built site (run `npm run build`
 * first): every page carries a strict policy, renders in Chromium with the policy from its <meta>
 * and from dist/_headers both enforced and not one violation, refuses to be framed unless it is an
 * embed, and sends readers to other sites without a referrer or a window handle.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FILE_FOLDERS, FILE_POLICY, parsePolicy } from "../../src/tooling/csp.ts";
import { launchChromium } from "../../scripts/lib/chromium.ts";
import { serveDist, type StaticServer } from "../../scripts/lib/serve-dist.ts";
import { afterFrames } from "../helpers/page-checks.ts";

const DIST = process.env["SITE_DIST"] ?? "dist";

/** Every built page as a site path: "index.html" → "/", "embed/x/index.html" → "/embed/x/". */
const pages = readdirSync(DIST, { recursive: true, encoding: "utf8" })
  .filter((f) => f.endsWith(".html"))
  .map((f) => `/${f.replace(/\\/g, "/").replace(/(^|\/)index\.html$/, "$1")}`)
  .sort();

/** Every published file that is not a page: downloads, datasets, oEmbed. */
const files = readdirSync(DIST, { recursive: true, encoding: "utf8" })
  .map((f) => f.replace(/\\/g, "/"))
  .filter((f) => FILE_FOLDERS.some((d) => f.startsWith(`${d}/`)) && /\.[a-z]+$/.test(f))
  .map((f) => `/${f}`)
  .sort();

const htmlOf = (path: string) =>
  readFileSync(join(DIST, path.endsWith("/") ? `${path}index.html` : path.slice(1)), "utf8");
const metaPolicy = (html: string) =>
  /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1] ?? "";

/** dist/_headers as rules (Netlify/Cloudflare format: a path line, then indented `Name: value`). */
function readHeaderRules(): Array<{ pattern: string; headers: Record<string, string> }> {
  const rules: Array<{ pattern: string; headers: Record<string, string> }> = [];
  for (const line of readFileSync(join(DIST, "_headers"), "utf8").split("\n")) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
    else {
      const [name, ...value] = line.trim().split(":");
      rules.at(-1)!.headers[name!.trim().toLowerCase()] = value.join(":").trim();
    }
  }
  return rules;
}
const headerRules = readHeaderRules();

/** The headers a host reading _headers sends for `path` (a path matching several rules gets all). */
function headersFor(path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { pattern, headers } of headerRules) {
    const match = pattern.endsWith("*") ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
    if (match) Object.assign(out, headers);
  }
  return out;
}

describe("the policy every page carries", () => {
  it.each(pages)(
    "%s has a CSP <meta> with default-src 'self', object-src 'none' and base-uri 'self'",
    (path) => {
      const policy = parsePolicy(metaPolicy(htmlOf(path)));
      expect(policy.get("default-src")).toEqual(["'self'"]);
      expect(policy.get("object-src")).toEqual(["'none'"]);
      expect(policy.get("base-uri")).toEqual(["'self'"]);
      expect(policy.get("script-src-attr")).toEqual(["'none'"]);
    },
  );

  it.each(pages)("%s allows no inline or eval'd script and no other origin", (path) => {
    const policy = parsePolicy(metaPolicy(htmlOf(path)));
    for (const [name, sources] of policy) {
      if (name.startsWith("script-src")) {
        expect(sources).not.toContain("'unsafe-inline'");
        expect(sources).not.toContain("'unsafe-eval'");
      }
      // Only the inline-style attribute carve-out is "unsafe"; no scheme or host is ever allowed.
      if (name !== "style-src-attr")
        expect(
          sources.filter((s) => s.includes("unsafe")),
          name,
        ).toEqual([]);
      expect(
        sources.filter((s) => /^(https?:|\*|[a-z0-9.-]+\.[a-z]{2,})/i.test(s)),
        name,
      ).toEqual([]);
    }
  });

  it.each(pages)(
    "_headers sends %s the same policy as its <meta>, plus nosniff and a strict referrer policy",
    (path) => {
      const headers = headersFor(path);
      const policy = parsePolicy(headers["content-security-policy"] ?? "");
      const frameAncestors = policy.get("frame-ancestors");
      policy.delete("frame-ancestors");
      expect(policy).toEqual(parsePolicy(metaPolicy(htmlOf(path))));
      // Embeds in every language may be framed; nothing else may.
      expect(frameAncestors).toEqual(/^\/(?:(?:ru|kk)\/)?embed\//.test(path) ? undefined : ["'none'"]);
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(["strict-origin-when-cross-origin", "strict-origin", "same-origin", "no-referrer"]).toContain(
        headers["referrer-policy"],
      );
    },
  );
});

describe("the policy for published files", () => {
  it("covers downloads, datasets and oEmbed files", () => {
    for (const d of FILE_FOLDERS)
      expect(files.filter((f) => f.startsWith(`/${d}/`)).length, d).toBeGreaterThan(0);
  });

  it.each(files)("_headers lets nothing run in %s, should it be opened on its own", (path) => {
    const headers = headersFor(path);
    expect(headers["content-security-policy"]).toBe(FILE_POLICY);
    expect(headers["x-content-type-options"]).toBe("nosniff");
  });
});

describe("pages in Chromium under the policy", () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await serveDist(DIST);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A context whose responses carry the _headers a host would send, recording CSP violations. */
  async function contextWithHeaders(): Promise<{ context: BrowserContext; violations: string[] }> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    context.setDefaultTimeout(5000);
    const violations: string[] = [];
    await context.exposeBinding("__reportViolation", (_source, text: string) => void violations.push(text));
    await context.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) => {
        const report = (window as unknown as { __reportViolation: (t: string) => void }).__reportViolation;
        report(
          `${e.violatedDirective} blocked ${e.blockedURI || "inline"} at ${e.sourceFile}:${e.lineNumber}`,
        );
      });
    });
    await context.route(`${server.origin}/**`, async (route) => {
      const response = await route.fetch();
      const path = new URL(route.request().url()).pathname;
      await route.fulfill({ response, headers: { ...response.headers(), ...headersFor(path) } });
    });
    return { context, violations };
  }

  /**
   * Scrolls to the end in screenfuls so every step, observer and transition gets its turn: each
   * wheel waits until the page has scrolled and drawn the frames in which the story updates.
   */
  async function scrollThrough(page: Page) {
    for (;;) {
      const before = await page.evaluate(() => scrollY);
      const bottom = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
      if (before >= bottom - 1) break;
      await page.mouse.wheel(0, 700);
      await page.waitForFunction((y) => scrollY > y, before);
      await afterFrames(page);
    }
  }

  it.each(pages)("%s renders and runs its scripts without a CSP violation", async (path) => {
    const { context, violations } = await contextWithHeaders();
    const page = await context.newPage();
    const consoleCsp: string[] = [];
    page.on("console", (m) => {
      if (/content security policy/i.test(m.text())) consoleCsp.push(m.text());
    });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(server.url(path), { waitUntil: "load" });
    await scrollThrough(page);
    expect(violations).toEqual([]);
    expect(consoleCsp).toEqual([]);
    expect(errors).toEqual([]);
    if (path === "/" || path.startsWith("/embed/")) {
      expect(await page.locator("figure svg").count()).toBeGreaterThan(0);
    }
    if (path === "/") {
      // The inline head script ran, and the bundled story script moved the charts through their steps.
      expect(await page.evaluate(() => document.documentElement.classList.contains("js"))).toBe(true);
      expect(await page.locator("figure[data-state]").count()).toBeGreaterThan(0);
    }
    await context.close();
  });

  it("a downloaded SVG opened on its own renders under its sandboxing policy without a violation", async () => {
    const { context, violations } = await contextWithHeaders();
    const page = await context.newPage();
    const svg = files.find((f) => f.endsWith(".svg"))!;
    await page.goto(server.url(svg), { waitUntil: "load" });
    expect(await page.locator("svg text").count()).toBeGreaterThan(0);
    expect(violations).toEqual([]);
    await context.close();
  });

  it("reading the story, the methodology and an embed sets no cookie and stores nothing but a theme", async () => {
    const { context } = await contextWithHeaders();
    const page = await context.newPage();
    const stored: string[] = [];
    for (const path of ["/", "/methodology/", pages.find((p) => p.startsWith("/embed/"))!]) {
      await page.goto(server.url(path), { waitUntil: "load" });
      await scrollThrough(page);
      stored.push(
        ...(await page.evaluate(async () => [
          ...Object.keys(localStorage).map((k) => `localStorage ${k}`),
          ...Object.keys(sessionStorage).map((k) => `sessionStorage ${k}`),
          ...(await indexedDB.databases()).map((d) => `indexedDB ${d.name}`),
          ...(await caches.keys()).map((k) => `cache ${k}`),
        ])),
      );
    }
    expect(await context.cookies()).toEqual([]);
    expect(stored.filter((s) => !/^localStorage [\w-]*theme[\w-]*$/i.test(s))).toEqual([]);
    await context.close();
  });

  it("the story and methodology refuse to be framed; an embed loads in a frame", async () => {
    const { context, violations } = await contextWithHeaders();
    const page = await context.newPage();
    const embed = pages.find((p) => p.startsWith("/embed/"))!;
    await page.route(`${server.origin}/__host/`, (route) =>
      route.fulfill({
        contentType: "text/html",
        body: ["/", "/methodology/", embed]
          .map((p) => `<iframe title="${p}" src="${server.url(p)}" width="600" height="400"></iframe>`)
          .join(""),
      }),
    );
    await page.goto(`${server.origin}/__host/`, { waitUntil: "load" });
    // The host's load event waits for its frames, refused or not; wait until each has its document.
    await expect
      .poll(() => page.frames().filter((f) => f !== page.mainFrame() && f.url() !== "about:blank").length)
      .toBe(3);
    const framed = await Promise.all(
      page
        .frames()
        .slice(1)
        .map(async (f) => ({
          url: f.url(),
          figures: await f
            .locator("figure")
            .count()
            .catch(() => 0),
        })),
    );
    const byPath = (p: string) => framed.find((f) => f.url === server.url(p));
    expect(byPath("/")).toBeUndefined();
    expect(byPath("/methodology/")).toBeUndefined();
    expect(byPath(embed)?.figures).toBeGreaterThan(0);
    // Chromium swaps a refused frame for its own error page; the violation is the framed page's, not ours.
    expect(framed.filter((f) => f.url.startsWith("chrome-error:"))).toHaveLength(2);
    expect(violations).toEqual([]);
    await context.close();
  });

  it.each(pages)(
    "every link on %s to another site opens without a referrer or window handle",
    async (path) => {
      const page = await browser.newPage();
      await page.goto(server.url(path), { waitUntil: "load" });
      const links = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLAnchorElement>("a[href], area[href]")].map((a) => ({
          href: a.getAttribute("href") ?? "",
          origin: a.origin,
          rel: a.rel.split(/\s+/),
        })),
      );
      await page.close();
      expect(links.filter((l) => /^\s*javascript:/i.test(l.href))).toEqual([]);
      const external = links.filter((l) => l.origin !== server.origin && /^https?:/.test(l.href));
      for (const l of external)
        expect(l.rel, l.href).toEqual(expect.arrayContaining(["noopener", "noreferrer"]));
    },
  );
});
