/**
 * The second half of `npm run screenshots`, which scripts/screenshots.ts runs for each edition: the
 * methodology page (desktop and phone, light and dark, whole and its claims and disagreements) and
 * every chart as an embed in a host page at 320 and 640 px, plus the story's Embed dialog, into
 * screenshots/methodology/ and screenshots/embed/ (screenshots/<lang>/… for ru and kk; git-ignored). Pictures for a person to look at; the site tests check what can be checked.
 *
 *   npm run build && npm run screenshots
 *   LOCALE=kk node scripts/screenshots-pages.ts   // the Kazakh methodology, embeds and dialog,
 *                                                 // into screenshots/kk/methodology/ and kk/embed/
 */
import { mkdirSync } from "node:fs";
import { chartIds } from "../src/data/generated.ts";
import { hostPage, serveHost } from "./lib/host-page.ts";
import { launchChromium } from "./lib/chromium.ts";
import { serveDist } from "./lib/serve-dist.ts";

/** The edition to shoot: English unless LOCALE names another (ru, kk). */
const LOCALE = process.env["LOCALE"] ?? "en";
const PREFIX = LOCALE === "en" ? "/" : `/${LOCALE}/`;
const METHODOLOGY = LOCALE === "en" ? "screenshots/methodology" : `screenshots/${LOCALE}/methodology`;
const EMBED = LOCALE === "en" ? "screenshots/embed" : `screenshots/${LOCALE}/embed`;
const EMBED_BUTTON = { en: "Embed", ru: "Встроить", kk: "Ендіру" }[LOCALE] ?? "Embed";
const SCHEMES = ["light", "dark"] as const;
for (const dir of [METHODOLOGY, EMBED]) mkdirSync(dir, { recursive: true });

const site = await serveDist(process.env["SITE_DIST"] ?? "dist");
const host = await serveHost();
const browser = await launchChromium();
let count = 0;
try {
  for (const vp of [
    { name: "desktop", width: 1280, height: 800 },
    { name: "phone", width: 375, height: 812 },
  ])
    for (const colorScheme of SCHEMES) {
      const page = await browser.newPage({ viewport: { width: vp.width, height: vp.height }, colorScheme });
      await page.goto(site.url(`${PREFIX}methodology/`));
      const base = `${METHODOLOGY}/${vp.name}-${colorScheme}`;
      await page.screenshot({ path: `${base}.png` });
      await page.screenshot({ path: `${base}-full.png`, fullPage: true });
      await page.locator("#claims").screenshot({ path: `${base}-claims.png` });
      await page.locator("#disagreements").screenshot({ path: `${base}-disagreements.png` });
      count += 4;
      await page.close();
    }

  for (const width of [320, 640])
    for (const colorScheme of SCHEMES) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
      for (const id of chartIds()) {
        host.set(
          `/${id}.html`,
          hostPage(
            `<iframe src="${site.url(`${PREFIX}embed/${id}/`)}" title="${id}" data-kz-embed width="100%" height="300" style="width:100%;border:0"></iframe>` +
              `<script src="${site.url("/embed.js")}" async></script>`,
          ).replace("padding:0 8px", "padding:0"),
        );
        await page.goto(host.url(`/${id}.html`));
        // Wait until the loader has set the frame to its chart's height.
        await page.waitForFunction(() => document.querySelector("iframe")!.style.height !== "");
        await page.locator("iframe").screenshot({ path: `${EMBED}/${id}-${width}-${colorScheme}.png` });
        count++;
      }
      await page.close();
    }

  for (const viewport of [
    { width: 1280, height: 900 },
    { width: 375, height: 812 },
  ])
    for (const colorScheme of SCHEMES) {
      const page = await browser.newPage({ viewport, colorScheme, reducedMotion: "reduce" });
      await page.goto(site.url(PREFIX));
      await page.locator("#figure-cash-at-the-atm").getByRole("button", { name: EMBED_BUTTON }).click();
      await page.getByRole("dialog").waitFor();
      await page.screenshot({ path: `${EMBED}/dialog-${viewport.width}-${colorScheme}.png` });
      count++;
      await page.close();
    }
} finally {
  await browser.close();
  await host.close();
  await site.close();
}
console.log(`wrote ${count} screenshots to ${METHODOLOGY}/ and ${EMBED}/`);
