/**
 * A static file server over dist/ (optionally under a sub-path), as a plain static host serves it.
 * Nothing leaves the machine: it listens on 127.0.0.1 at a port the OS assigns. Used by the
 * browser tests, the benchmark and the screenshots.
 *
 *   const server = await serveDist();            // http://127.0.0.1:<port>/
 *   await page.goto(server.url("/methodology/"));
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

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

/** The encodings the server offers, best first. */
const ENCODINGS = process.env["SERVE_ENCODING"] === "gzip" ? (["gzip"] as const) : (["br", "gzip"] as const);
type Encoding = (typeof ENCODINGS)[number];
/** What Chromium, which accepts both, is sent: brotli, or gzip with SERVE_ENCODING=gzip. */
export const BROWSER_ENCODING: Encoding = ENCODINGS[0];

/** `body` compressed as this server sends it in `encoding`. */
export const encodeBody = (body: Buffer, encoding: Encoding): Buffer =>
  encoding === "br"
    ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
    : gzipSync(body);

/** Brotli at its highest quality is slow on the story's 300 KB: each file is compressed once. */
const cache = new Map<string, Buffer>();
function compressed(file: string, body: Buffer, encoding: Encoding): Buffer {
  const key = `${encoding}:${file}:${statSync(file).mtimeMs}:${body.length}`;
  let out = cache.get(key);
  if (!out) {
    out = encodeBody(body, encoding);
    cache.set(key, out);
  }
  return out;
}

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
    // Compress text as every CDN does, so byte and load measurements see what readers download:
    // brotli where the browser takes it (Cloudflare, Netlify), else gzip (GitHub Pages serves gzip
    // only; SERVE_ENCODING=gzip measures that).
    const accepts = String(req.headers["accept-encoding"] ?? "");
    const encoding = ENCODINGS.find((e) => new RegExp(`\\b${e}\\b`).test(accepts));
    if (encoding && /text|json|svg|xml/.test(type)) {
      res.writeHead(200, { "content-type": type, "content-encoding": encoding, vary: "accept-encoding" });
      res.end(compressed(file, body, encoding));
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
