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

/**
 * Words longer than their cell are broken where they overflow (`overflow-wrap: break-word`), which
 * in a metric's name reads as a typo ("криптообменник / и"). The columns are sized so that every
 * word of the claims table's own text fits its cell; the articles' headlines and file names, which
 * may hold any token, are left out.
 */
describe("the claims table breaks no word of its own", () => {
  for (const path of ["/methodology/", "/ru/methodology/", "/kk/methodology/"])
    for (const [name, viewport] of [
      ["desktop", DESKTOP],
      ["phone", PHONE],
    ] as const)
      it(`${path} on a ${name}`, async () => {
        const { page, close } = await open(path, viewport);
        try {
          const { checked, broken } = await page.evaluate(() => {
            const broken: string[] = [];
            let checked = 0;
            const probe = document.createElement("span");
            probe.style.cssText = "position:absolute;visibility:hidden;white-space:nowrap";
            for (const el of document.querySelectorAll<HTMLElement>(
              ".claims .claim-link, .claims .claim-period, .claims td.num",
            )) {
              // The widest the text can be: the block it sits in, less that block's padding.
              const box = el.closest("th, td")!;
              const style = getComputedStyle(box);
              const room = box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
              const words = (el.textContent ?? "").split(/\s+/).filter(Boolean);
              el.append(probe);
              for (const word of words) {
                probe.textContent = word;
                checked++;
                if (probe.getBoundingClientRect().width > room + 0.5)
                  broken.push(
                    `${word} (${Math.round(probe.getBoundingClientRect().width)} > ${Math.round(room)} px)`,
                  );
              }
              probe.remove();
            }
            return { checked, broken };
          });
          expect(checked).toBeGreaterThan(0);
          expect(broken).toEqual([]);
        } finally {
          await close();
        }
      });
});
