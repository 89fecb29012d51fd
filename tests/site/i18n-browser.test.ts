/**
 * The Russian and Kazakh editions in real headless Chromium: the language switcher keeps the
 * reader's place, fits a phone's masthead, and the pages pass axe. Run after `npm run build`.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { DESKTOP, inView, openPage, PHONE, switchTo } from "../helpers/language-pages.ts";
import { axeViolations } from "../helpers/page-checks.ts";
import { useSite } from "../helpers/use-site.ts";

const site = useSite();
const open = (path: string, viewport = DESKTOP) => openPage(site, path, viewport);

const textOf = (page: Page, id: string) =>
  page.evaluate((id) => document.getElementById(id)!.textContent!, id);

describe("the language switcher", () => {
  it("opens a deep-linked step at the same step in the other language", async () => {
    const { page, watch, close } = await open("/#crackdown-blocked");
    try {
      expect(await inView(page, "crackdown-blocked")).toBe(true);
      await switchTo(page, "ru");
      await page.waitForURL((url) => url.pathname === "/ru/" && url.hash === "#crackdown-blocked");
      expect(await inView(page, "crackdown-blocked")).toBe(true);
      expect(await textOf(page, "crackdown-blocked")).toMatch(/\p{Script=Cyrillic}/u);
      expect(watch.errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("keeps the step a reader scrolled to, back into English", async () => {
    const { page, watch, close } = await open("/kk/");
    try {
      // Bring the step just above the reading line, as a reader scrolling down would.
      await page.evaluate(() => {
        const top = document.getElementById("atm-dollars")!.getBoundingClientRect().top;
        scrollTo(0, scrollY + top - innerHeight * 0.4);
      });
      await switchTo(page, "en");
      await page.waitForURL((url) => url.pathname === "/" && url.hash === "#atm-dollars");
      expect(await inView(page, "atm-dollars")).toBe(true);
      expect(await textOf(page, "atm-dollars")).toMatch(/HODL FM reports the withdrawals in dollars/);
      expect(watch.errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("opens the other language at its top when the reader has not yet reached a chapter", async () => {
    const { page, close } = await open("/");
    try {
      await page
        .getByRole("navigation", { name: "Language" })
        .getByRole("link", { name: "Қаз", exact: true })
        .click();
      await page.waitForURL((url) => url.pathname === "/kk/");
      expect(new URL(page.url()).hash).toBe("");
    } finally {
      await close();
    }
  });

  it("fits a phone's masthead, each link a 24 px target", async () => {
    for (const path of ["/", "/ru/", "/kk/"]) {
      const { page, close } = await open(path, PHONE);
      try {
        const bar = await page.$eval(".masthead__bar", (el) => ({
          scroll: el.scrollWidth,
          client: el.clientWidth,
        }));
        expect(bar.scroll, path).toBeLessThanOrEqual(bar.client);
        for (const box of await page.$$eval(".masthead [data-lang-link]", (links) =>
          links.map((a) => a.getBoundingClientRect().toJSON() as DOMRect),
        )) {
          expect(box.width, path).toBeGreaterThanOrEqual(24);
          expect(box.height, path).toBeGreaterThanOrEqual(24);
          expect(box.right, path).toBeLessThanOrEqual(PHONE.width);
        }
      } finally {
        await close();
      }
    }
  });
});

describe("the Russian and Kazakh pages", () => {
  it.each(["/ru/", "/kk/", "/404.html", "/ru/404.html", "/kk/404.html"])(
    "%s has no axe violations",
    async (path) => {
      const { page, watch, close } = await open(path);
      try {
        expect(await axeViolations(page)).toEqual([]);
        expect(watch.external).toEqual([]);
      } finally {
        await close();
      }
    },
  );
});
