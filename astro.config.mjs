// @ts-check
import { defineConfig } from "astro/config";
import { readFileSync, readdirSync, writeFileSync, existsSync, renameSync, rmdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { bundleScript } from "./src/tooling/client-bundle.ts";
import {
  CSP_DIRECTIVES,
  FILE_FOLDERS,
  FILE_POLICY,
  NO_FRAMING,
  hashInlineElements,
} from "./src/tooling/csp.ts";
import { DEFAULT_LOCALE, LOCALES } from "./src/i18n/locales.ts";

/**
 * The only inline scripts a page may carry (Astro hashes its own bundled scripts): the story's
 * "JavaScript is on" flag and the embed pages' bundled resizer. Anything else fails the build.
 */
const ALLOWED_INLINE_SCRIPTS = [
  `document.documentElement.classList.add("js");`,
  bundleScript("src/client/embed-page.ts"),
];

/** Every .html file below `dir`, sorted so the generated _headers is the same on every build. */
/** @param {string} dir */
function htmlFiles(dir) {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".html"))
    .sort();
}

/**
 * Astro writes a localized 404 page, /ru/404, as ru/404/index.html; static hosts that serve each
 * folder's own not-found page (Cloudflare Pages) look for ru/404.html, beside the root's 404.html.
 * Netlify serves only the root 404.html unless told otherwise: dist/_redirects sends a missing path
 * under each language's prefix to that language's page, with status 404 (Netlify applies a rule
 * only where no file exists, so every real page is served as it is).
 */
/** @returns {import("astro").AstroIntegration} */
function localizedNotFound() {
  let base = "/";
  return {
    name: "localized-not-found",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base.endsWith("/") ? config.base : `${config.base}/`;
      },
      "astro:build:done": ({ dir }) => {
        const rules = [];
        for (const locale of LOCALES) {
          const folder = join(fileURLToPath(dir), locale, "404");
          if (!existsSync(join(folder, "index.html"))) continue;
          renameSync(join(folder, "index.html"), `${folder}.html`);
          rmdirSync(folder);
          rules.push(`${base}${locale}/* ${base}${locale}/404.html 404`);
        }
        writeFileSync(join(fileURLToPath(dir), "_redirects"), rules.map((r) => `${r}\n`).join(""));
      },
    },
  };
}

/**
 * After the build: completes each page's CSP <meta> with the hashes Astro cannot know (see
 * src/tooling/csp.ts), and appends the same policy per page to dist/_headers for hosts that read it
 * (Netlify, Cloudflare Pages), with frame-ancestors 'none' everywhere but the embeds: /embed/ and each
 * language's /<locale>/embed/.
 */
/** @returns {import("astro").AstroIntegration} */
function cspInlineHashes() {
  let base = "/";
  return {
    name: "csp-inline-hashes",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base.endsWith("/") ? config.base : `${config.base}/`;
      },
      "astro:build:done": ({ dir }) => {
        const root = fileURLToPath(dir);
        const rules = [];
        // Every language's folder, the default one (English) at the base path itself.
        const prefixes = LOCALES.map((l) => (l === DEFAULT_LOCALE ? base : `${base}${l}/`));
        const embedPrefixes = prefixes.map((p) => `${p}embed/`);
        for (const file of htmlFiles(root)) {
          const path = join(root, file);
          let result;
          try {
            result = hashInlineElements(readFileSync(path, "utf8"), ALLOWED_INLINE_SCRIPTS);
          } catch (e) {
            throw new Error(`${relative(process.cwd(), path)}: ${e instanceof Error ? e.message : e}`, {
              cause: e,
            });
          }
          writeFileSync(path, result.html);
          const url =
            base +
            file
              .split(sep)
              .join("/")
              .replace(/(^|\/)index\.html$/, "$1");
          const embed = embedPrefixes.some((p) => url.startsWith(p));
          rules.push(
            `${url}\n  Content-Security-Policy: ${result.policy}${embed ? "" : `; ${NO_FRAMING}`}\n`,
          );
        }
        for (const prefix of prefixes)
          for (const folder of FILE_FOLDERS)
            if (existsSync(join(root, prefix.slice(base.length), folder)))
              rules.push(`${prefix}${folder}/*\n  Content-Security-Policy: ${FILE_POLICY}\n`);
        const headers = join(root, "_headers");
        const existing = existsSync(headers) ? readFileSync(headers, "utf8").trimEnd() + "\n\n" : "";
        writeFileSync(headers, existing + rules.join("\n"));
      },
    },
  };
}

// SITE_URL and BASE_PATH let the same build serve from a domain root or a sub-path (e.g. GitHub Pages).
export default defineConfig({
  // The site has no code blocks; without a highlighter Astro has no inline styles to warn about.
  markdown: { syntaxHighlight: false },
  site: process.env.SITE_URL || undefined,
  base: process.env.BASE_PATH || "/",
  output: "static",
  trailingSlash: "always",
  // English at the root, each other language under its prefix (/ru/, /kk/), page for page.
  i18n: { locales: [...LOCALES], defaultLocale: DEFAULT_LOCALE, routing: { prefixDefaultLocale: false } },
  // Inline the (small) stylesheets: one round trip fewer before first paint on slow mobile links.
  build: { format: "directory", inlineStylesheets: "always" },
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      // Chart marks are coloured through style attributes, which CSP can only allow wholesale; style
      // attributes cannot run script. style-src 'self' and script-src-attr 'none' (no inline event
      // handlers, ever) are added after the build by cspInlineHashes: declared here beside -attr
      // sources, they make Astro warn that browsers do not fall back from one to the other.
      scriptDirective: { resources: ["'self'"] },
      styleDirective: { resources: [{ resource: "'unsafe-inline'", kind: "attribute" }] },
    },
  },
  // In this order: the CSP pass hashes and lists every page where it is finally served from.
  integrations: [localizedNotFound(), cspInlineHashes()],
});
