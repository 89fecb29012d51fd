// @ts-check
import { defineConfig } from "astro/config";

// SITE_URL and BASE_PATH let the same build serve from a domain root or a sub-path (e.g. GitHub Pages).
export default defineConfig({
  site: process.env.SITE_URL || undefined,
  base: process.env.BASE_PATH || "/",
  output: "static",
  trailingSlash: "always",
  // Inline the (small) stylesheets: one round trip fewer before first paint on slow mobile links.
  build: { format: "directory", inlineStylesheets: "always" },
});
