/**
 * What the browser tests of the three editions share: opening a page in its own context at a
 * viewport, whether an element is in view, and clicking the language switcher as a reader does.
 *
 *   const site = useSite();
 *   const { page, watch, close } = await openPage(site, "/ru/methodology/#sources", PHONE);
 *   await switchTo(page, "kk");
 */
import type { Browser, Page } from "playwright-core";
import type { StaticServer } from "../../scripts/lib/serve-dist.ts";
import { watchPage } from "./page-checks.ts";

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 375, height: 812 };

export async function openPage(
  site: { browser: Browser; server: StaticServer },
  path: string,
  viewport = DESKTOP,
) {
  const context = await site.browser.newContext({ viewport });
  context.setDefaultTimeout(5000);
  const page = await context.newPage();
  const watch = watchPage(page, site.server.origin);
  await page.goto(site.server.url(path));
  return { page, watch, close: () => context.close() };
}

/** Whether element `id` has its top in the viewport. */
export const inView = (page: Page, id: string) =>
  page.evaluate((id) => {
    const top = document.getElementById(id)!.getBoundingClientRect().top;
    return top >= 0 && top < innerHeight;
  }, id);

/**
 * Clicks the switcher's link to `lang` where it is, as a reader does: Playwright's own click first
 * scrolls a sticky masthead "into view", which moves the page and with it the reader's place.
 */
export async function switchTo(page: Page, lang: string) {
  const box = await page.$eval(`[data-lang-link][hreflang="${lang}"]`, (a) =>
    a.getBoundingClientRect().toJSON(),
  );
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}
