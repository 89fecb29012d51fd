/**
 * Screenshots of embeds for people to look at (screenshots/embed/, git-ignored): each chart in an
 * iframe on a host page at 320 and 640 px, light and dark, and the story's Embed dialog on a
 * desktop and a phone. Asserts only that each was written.
 */
import { mkdirSync, statSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chartIds } from "../../src/lib/data.ts";
import { hostPage, serveHost, type HostServer } from "../helpers/host.ts";
import { launchChromium, serveDist, type StaticServer } from "../helpers/site.ts";

const OUT = "screenshots/embed";
let site: StaticServer;
let host: HostServer;
let browser: Browser;

beforeAll(async () => {
  site = await serveDist(process.env["SITE_DIST"] ?? "dist");
  host = await serveHost();
  browser = await launchChromium();
  mkdirSync(OUT, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
  await site?.close();
});

describe("embed screenshots", () => {
  for (const width of [320, 640])
    for (const colorScheme of ["light", "dark"] as const)
      it(`captures every chart embedded at ${width} px in ${colorScheme}`, async () => {
        const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
        for (const id of chartIds()) {
          host.set(
            `/${id}.html`,
            hostPage(
              `<iframe src="${site.url(`/embed/${id}/`)}" title="${id}" data-kz-embed width="100%" height="300" style="width:100%;border:0"></iframe>` +
                `<script src="${site.url("/embed.js")}" async></script>`,
            ).replace("padding:0 8px", "padding:0"),
          );
          await page.goto(host.url(`/${id}.html`));
          await page.waitForTimeout(300);
          const file = `${OUT}/${id}-${width}-${colorScheme}.png`;
          await page.locator("iframe").screenshot({ path: file });
          expect(statSync(file).size).toBeGreaterThan(0);
        }
        await page.close();
      });

  for (const viewport of [
    { width: 1280, height: 900 },
    { width: 375, height: 812 },
  ])
    for (const colorScheme of ["light", "dark"] as const)
      it(`captures the Embed dialog at ${viewport.width} px in ${colorScheme}`, async () => {
        const page = await browser.newPage({ viewport, colorScheme, reducedMotion: "reduce" });
        await page.goto(site.url("/"));
        await page.locator("#figure-cash-at-the-atm").getByRole("button", { name: "Embed" }).click();
        await page.getByRole("dialog").waitFor();
        const file = `${OUT}/dialog-${viewport.width}-${colorScheme}.png`;
        await page.screenshot({ path: file });
        expect(statSync(file).size).toBeGreaterThan(0);
        await page.close();
      });
});
