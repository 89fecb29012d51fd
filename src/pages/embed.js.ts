/** Builds `/embed.js`, the host-page loader, from src/client/embed-loader.ts: bundled and minified once. */
import type { APIRoute } from "astro";
import { buildSync } from "esbuild";
import { join } from "node:path";

export const GET: APIRoute = () => {
  const out = buildSync({
    entryPoints: [join(process.cwd(), "src/client/embed-loader.ts")],
    bundle: true,
    minify: true,
    format: "iife",
    target: "es2019",
    write: false,
    legalComments: "none",
  });
  return new Response(out.outputFiles[0]!.text, {
    headers: { "content-type": "text/javascript; charset=utf-8" },
  });
};
