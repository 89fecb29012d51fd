/**
 * Helpers for tests of the built site: a static file server over dist/ (optionally under a
 * sub-path), and Debian's Chromium driven by playwright-core. Nothing leaves the machine.
 *
 *   const server = await serveDist();            // http://127.0.0.1:<port>/
 *   const browser = await launchChromium();
 *   const page = await browser.newPage();
 *   await page.goto(server.url("/methodology/"));
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Browser, type Page } from "playwright-core";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml",
  ".ico": "image/x-icon",
  ".zip": "application/zip",
};

export interface StaticServer {
  origin: string;
  /** Absolute URL of a site path ("/methodology/"), with the base path prepended. */
  url: (path?: string) => string;
  close: () => Promise<void>;
}

/**
 * Serves `root` the way a plain static host does: `/a/` → `a/index.html`, unknown paths → 404.html
 * with status 404, no rewrites. `base` mounts the site under a sub-path such as "/a/b/".
 */
export async function serveDist(root = "dist", base = "/"): Promise<StaticServer> {
  if (!existsSync(root)) throw new Error(`${root}/ does not exist; run \`npm run build\` first`);
  const prefix = base.endsWith("/") ? base : `${base}/`;
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const send404 = () => {
      const page = join(root, "404.html");
      res.writeHead(404, { "content-type": TYPES[".html"]! });
      res.end(existsSync(page) ? readFileSync(page) : "not found");
    };
    if (!path.startsWith(prefix)) return send404();
    let file = normalize(join(root, path.slice(prefix.length)));
    if (!file.startsWith(normalize(root))) return send404();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!existsSync(file)) return send404();
    const type = TYPES[extname(file)] ?? "application/octet-stream";
    const body = readFileSync(file);
    // Compress text as every CDN does, so byte and load measurements see what readers download.
    if (/gzip/.test(String(req.headers["accept-encoding"] ?? "")) && /text|json|svg|xml/.test(type)) {
      res.writeHead(200, { "content-type": type, "content-encoding": "gzip", vary: "accept-encoding" });
      res.end(gzipSync(body));
      return;
    }
    res.writeHead(200, { "content-type": type });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path = "/") => `${origin}${prefix}${path.replace(/^\//, "")}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * Resolves once the page has drawn `n` more frames: what a scroll or resize sets off (observers
 * reporting, the story's update in the next frame) has run by then. A wait on the page, not a clock.
 */
export const afterFrames = (page: Page, n = 3) =>
  page.evaluate(async (count) => {
    for (let i = 0; i < count; i++) await new Promise((r) => requestAnimationFrame(r));
  }, n);

/** Flags for Debian's Chromium: headless as root, and off the closed network. */
export const CHROME_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
] as const;

/** Debian's Chromium, headless, with the flags that keep it off the closed network. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env["CHROME_PATH"] ?? "/usr/bin/chromium",
    args: [...CHROME_FLAGS],
  });
}

/**
 * Runs axe-core in the page and returns its violations (id, impact, help, targets). Target size
 * (WCAG 2.5.8, off in axe's defaults) is on, as Lighthouse runs it.
 */
export async function axeViolations(page: Page) {
  const source = readFileSync(join(process.cwd(), "node_modules/axe-core/axe.min.js"), "utf8");
  // Evaluated over the DevTools protocol, not added as a <script>: the pages' CSP refuses inline scripts.
  await page.evaluate(source);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, options: object) => Promise<{ violations: unknown[] }> };
      }
    ).axe;
    const result = await axe.run(document, { rules: { "target-size": { enabled: true } } });
    return (
      result.violations as Array<{
        id: string;
        impact: string;
        help: string;
        nodes: Array<{ target: string[] }>;
      }>
    ).map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(" ")),
    }));
  });
}

/** Records requests that leave `origin` and console errors, for the "nothing external" checks. */
export function watchPage(page: Page, origin: string) {
  const external: string[] = [];
  const errors: string[] = [];
  page.on("request", (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith("data:") && !u.startsWith("blob:")) external.push(u);
  });
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  return { external, errors };
}
