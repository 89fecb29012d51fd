// @ts-check
import { defineConfig } from "astro/config";

// SITE_URL and BASE_PATH let the same build serve from a domain root or a sub-path (e.g. GitHub Pages).
export default defineConfig({
  site: process.env.SITE_URL || undefined,
  base: process.env.BASE_PATH || "/",
  output: "static",
  trailingSlash: "always",
  build: { format: "directory" },
});
