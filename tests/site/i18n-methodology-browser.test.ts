/**
 * The Russian and Kazakh editions in real headless Chromium: the methodology pages pass axe on a
 * phone and a desktop, their language switcher opens the same section in the other language, and a
 * deep link into a step of each translated story lands on that step's chart state. Run after
 * `npm run build`.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { DESKTOP, inView, openPage, PHONE, switchTo } from "../helpers/language-pages.ts";
import { axeViolations } from "../helpers/page-checks.ts";
import { useSite } from "../helpers/use-site.ts";

const site = useSite();
const LANGS = ["ru", "kk"] as const;
const open = (path: string, viewport = DESKTOP) => openPage(site, path, viewport);
/** Each methodology's section headings, from its copy file. */
const sectionTitle = (l: string, id: string): string =>
  (parse(readFileSync(`src/content/methodology/${l}.yaml`, "utf8")) as { sections: Record<string, string> })
    .sections[id]!;

describe("the methodology in Russian and Kazakh", () => {
  for (const l of LANGS)
    for (const [name, viewport] of [
      ["desktop", DESKTOP],
      ["phone", PHONE],
    ] as const)
      it(`/${l}/methodology/ has no axe violations on a ${name}, makes no outside request and logs no error`, async () => {
        const { page, watch, close } = await open(`/${l}/methodology/`, viewport);
        try {
          expect(await axeViolations(page)).toEqual([]);
          expect(watch.external).toEqual([]);
          expect(watch.errors).toEqual([]);
        } finally {
          await close();
        }
      });

  it("the switcher opens a deep-linked section at the same section in the other language", async () => {
    const { page, watch, close } = await open("/ru/methodology/#disagreements");
    try {
      expect(await inView(page, "disagreements")).toBe(true);
      await switchTo(page, "kk");
      await page.waitForURL((u) => u.pathname === "/kk/methodology/" && u.hash === "#disagreements");
      expect(await inView(page, "disagreements")).toBe(true);
      expect(await page.locator("#disagreements-title").textContent()).toBe(
        sectionTitle("kk", "disagreements"),
      );
      expect(watch.errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("the switcher keeps the section a reader scrolled to, from a phone, back into English", async () => {
    const { page, close } = await open("/kk/methodology/", PHONE);
    try {
      // Bring the sources section just above the reading line, as a reader scrolling down would.
      await page.evaluate(() => {
        const top = document.getElementById("sources")!.getBoundingClientRect().top;
        scrollTo(0, scrollY + top - innerHeight * 0.3);
      });
      await switchTo(page, "en");
      await page.waitForURL((u) => u.pathname === "/methodology/" && u.hash === "#sources");
      expect(await inView(page, "sources")).toBe(true);
      expect(await page.locator("#sources-title").textContent()).toBe("Sources");
    } finally {
      await close();
    }
  });

  it("the claims table sorts and counts in the page's language", async () => {
    const { page, close } = await open("/ru/methodology/#claims");
    try {
      await page.getByRole("button", { name: "Значение" }).click();
      await expect
        .poll(() => page.locator("#claims-count").textContent())
        .toMatch(/^Утверждений: \d+\. Сортировка: значение, по возрастанию\.$/);
      await page.getByLabel("Фильтр утверждений").fill("USDT");
      await expect.poll(() => page.locator("#claims-count").textContent()).toMatch(/^Показано: \d+ из \d+\./);
    } finally {
      await close();
    }
  });
});

describe("a deep link into a step of each translated story", () => {
  for (const l of LANGS)
    it(`/${l}/#<step> lands on that step's chart state`, async () => {
      // The step to link to, and its state, from the page as built: a step whose state its chart does
      // not show at rest, so landing in the rest state cannot pass.
      const { page: first, close: closeFirst } = await open(`/${l}/`);
      const target = await first.evaluate(() => {
        for (const step of document.querySelectorAll<HTMLElement>("[data-step][data-state]")) {
          const figure = step.closest("[data-scrolly]")?.querySelector<HTMLElement>("figure[data-chart]");
          if (figure && figure.getAttribute("data-state") !== step.dataset["state"])
            return { id: step.id, state: step.dataset["state"]!, figure: figure.id };
        }
        return null;
      });
      await closeFirst();
      expect(target).not.toBeNull();
      const { page, watch, close } = await open(`/${l}/#${target!.id}`);
      try {
        await page
          .waitForFunction(
            ([id, s]) => document.getElementById(id!)?.getAttribute("data-state") === s,
            [target!.figure, target!.state] as const,
            { timeout: 3000 },
          )
          .catch(() => undefined);
        expect(await page.locator(`#${target!.figure}`).getAttribute("data-state"), target!.id).toBe(
          target!.state,
        );
        expect(await inView(page, target!.id)).toBe(true);
        expect(watch.errors).toEqual([]);
      } finally {
        await close();
      }
    });
});
