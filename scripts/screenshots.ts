/**
 * `npm run screenshots`: pictures of the built story for a person to look at. Serves dist/ (build
 * first), then for 1280×800 and 375×812, light and dark, writes the opening, every step as a reader
 * meets it and the ending to screenshots/ (git-ignored); then prints the story to PDF (A4), with
 * JavaScript and without, and, where poppler's pdftoppm is installed, each printed page as a PNG.
 *
 * `--lang ru` (or kk, or en,ru,kk) shoots that edition instead, into screenshots/<lang>/. Then it
 * runs scripts/screenshots-pages.ts (the methodology and the embeds) for each edition asked for.
 *
 *   npm run build && npm run screenshots
 *   npm run screenshots -- --lang ru,kk
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_LOCALE, isLocale, localePath } from "../src/i18n/locales.ts";
import { launchChromium } from "./lib/chromium.ts";
import { serveDist } from "./lib/serve-dist.ts";

const { values } = parseArgs({ options: { lang: { type: "string", default: DEFAULT_LOCALE } } });
const langs = values.lang.split(",").map((l) => l.trim());
for (const l of langs) if (!isLocale(l)) throw new Error(`screenshots: no edition "${l}"`);
const ROOT = "screenshots";
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 375, height: 812 },
] as const;
const SCHEMES = ["light", "dark"] as const;

const server = await serveDist(process.env["SITE_DIST"] ?? "dist");
const browser = await launchChromium();
let count = 0;
try {
  for (const lang of langs.filter(isLocale)) {
    const OUT = lang === DEFAULT_LOCALE ? ROOT : join(ROOT, lang);
    const story = localePath(lang, "/", "/");
    mkdirSync(OUT, { recursive: true });
    for (const viewport of VIEWPORTS)
      for (const colorScheme of SCHEMES) {
        const page = await browser.newPage({ viewport, colorScheme, reducedMotion: "reduce" });
        await page.goto(server.url(story));
        const shots: { name: string; selector: string | null }[] = [{ name: "00-opening", selector: null }];
        const chapters = await page.$$eval("main section[id]", (els) =>
          els.map((el) => ({
            id: el.id,
            steps: [...el.querySelectorAll("[data-step]")].map((s) => s.id),
          })),
        );
        chapters.forEach((ch, i) => {
          const n = String(i + 1).padStart(2, "0");
          if (ch.steps.length === 0) shots.push({ name: `${n}-${ch.id}`, selector: `#${ch.id}` });
          ch.steps.forEach((step, j) =>
            shots.push({ name: `${n}-${ch.id}-${j + 1}-${step}`, selector: `#${step}` }),
          );
        });
        for (const shot of shots) {
          // A step is shot as a reader meets it: its top just past the trigger line (--scrolly-line).
          if (shot.selector)
            await page.locator(shot.selector).evaluate((el) => {
              if (!el.matches("[data-step]")) return el.scrollIntoView({ block: "start" });
              const share = parseFloat(
                getComputedStyle(document.documentElement).getPropertyValue("--scrolly-line"),
              );
              const line = document.documentElement.clientHeight * (share || 0.55);
              scrollBy({ top: el.getBoundingClientRect().top - line + 16, behavior: "instant" });
            });
          else await page.evaluate(() => scrollTo(0, 0));
          await page.waitForTimeout(150);
          const file = join(OUT, `${viewport.width}x${viewport.height}-${colorScheme}-${shot.name}.png`);
          await page.screenshot({ path: file });
          count++;
        }
        await page.close();
      }

    for (const javaScriptEnabled of [true, false]) {
      const page = await browser.newPage({ javaScriptEnabled });
      await page.goto(server.url(story));
      await page.waitForLoadState("load");
      const name = `print-${javaScriptEnabled ? "js" : "no-js"}`;
      const pdf = join(OUT, `${name}.pdf`);
      writeFileSync(pdf, await page.pdf({ format: "A4" }));
      await page.close();
      const pages = spawnSync("pdftoppm", ["-r", "60", "-png", pdf, join(OUT, name)], { encoding: "utf8" });
      console.log(
        pages.error
          ? `screenshots: wrote ${pdf} (install poppler-utils for a PNG of each page)`
          : `screenshots: wrote ${pdf} and its pages as ${name}-*.png`,
      );
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`screenshots: wrote ${count} PNGs to ${ROOT}/`);

// Then the methodology and the embeds, in each edition asked for (scripts/screenshots-pages.ts).
for (const lang of langs) {
  const run = spawnSync(process.execPath, ["scripts/screenshots-pages.ts"], {
    stdio: "inherit",
    env: { ...process.env, LOCALE: lang },
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
