/**
 * Screenshots of the methodology page for people to look at (screenshots/methodology/, git-ignored):
 * desktop and phone, light and dark, with JavaScript on. Asserts only that each was written.
 */
import { mkdirSync, statSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchChromium, serveDist, type StaticServer } from "../helpers/site.ts";

const OUT = "screenshots/methodology";
const VIEWPORTS = [
  { name: "desktop", width: 1280, height: 800 },
  { name: "phone", width: 375, height: 812 },
] as const;

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveDist();
  browser = await launchChromium();
  mkdirSync(OUT, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("methodology screenshots", () => {
  for (const vp of VIEWPORTS)
    for (const scheme of ["light", "dark"] as const)
      it(`captures the page at ${vp.width}×${vp.height} in ${scheme}`, async () => {
        const page = await browser.newPage({ viewport: { width: vp.width, height: vp.height } });
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(server.url("/methodology/"));
        const base = `${OUT}/${vp.name}-${scheme}`;
        await page.screenshot({ path: `${base}.png` });
        await page.screenshot({ path: `${base}-full.png`, fullPage: true });
        await page.locator("#claims").screenshot({ path: `${base}-claims.png` });
        await page.locator("#disagreements").screenshot({ path: `${base}-disagreements.png` });
        await page.close();
        expect(statSync(`${base}.png`).size).toBeGreaterThan(0);
      });
});
