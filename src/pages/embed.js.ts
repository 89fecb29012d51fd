/** Builds `/embed.js`, the host-page loader, from src/client/embed-loader.ts: bundled and minified once. */
import type { APIRoute } from "astro";
import { bundleScript } from "../tooling/client-bundle.ts";

// The loader runs on publishers' pages, which may serve older browsers than the site's own pages.
export const GET: APIRoute = () =>
  new Response(`${bundleScript("src/client/embed-loader.ts", { target: "es2019" })}\n`, {
    headers: { "content-type": "text/javascript; charset=utf-8" },
  });
