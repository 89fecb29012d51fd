/**
 * One built site and one Chromium for a test file: serves dist/ (or `SITE_DIST`, so a developer can
 * test a private build while others rebuild dist/ in the same tree) and closes both afterwards.
 *
 *   const site = useSite();
 *   it("…", async () => { const page = await site.browser.newPage(); await page.goto(site.server.url("/")); });
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchChromium } from "../../scripts/lib/chromium.ts";
import { serveDist, type StaticServer } from "../../scripts/lib/serve-dist.ts";

export function useSite(dist = process.env["SITE_DIST"] ?? "dist"): {
  server: StaticServer;
  browser: Browser;
} {
  const site = {} as { server: StaticServer; browser: Browser };
  beforeAll(async () => {
    site.server = await serveDist(dist);
    site.browser = await launchChromium();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
