/**
 * A stand-in for a publisher's page: a second static server on its own port (so another origin
 * than the site's) that serves pages the test writes, plus pym.js from node_modules.
 *
 *   const host = await serveHost();
 *   host.set("/article.html", `<iframe src="${site.url("/embed/shutdowns/")}" …>`);
 *   await page.goto(host.url("/article.html"));
 */
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";

export interface HostServer {
  origin: string;
  url: (path: string) => string;
  /** Serves `body` at `path` (HTML unless the path ends in .js). */
  set: (path: string, body: string) => void;
  close: () => Promise<void>;
}

const PYM = join(process.cwd(), "node_modules/pym.js/dist/pym.v1.min.js");

export async function serveHost(): Promise<HostServer> {
  const pages = new Map<string, string>([["/pym.js", readFileSync(PYM, "utf8")]]);
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    const body = pages.get(path);
    if (body === undefined) {
      res.writeHead(404, { "content-type": "text/plain" });
      return res.end("not found");
    }
    const type = path.endsWith(".js") ? "text/javascript" : "text/html";
    res.writeHead(200, { "content-type": `${type}; charset=utf-8` });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    set: (path, body) => void pages.set(path, body),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A plain article page around `body`: a column like a publisher's, no styles that touch iframes. */
export const hostPage = (body: string, head = "") =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Host article</title><link rel="icon" href="data:,">${head}<style>body{margin:0;font:16px/1.5 sans-serif}main{max-width:680px;margin:0 auto;padding:0 8px}</style></head><body><main><h1>Host article</h1>${body}</main></body></html>`;
