/**
 * Kazakh and Russian letters render in the site's system font stacks, with no web font: each letter
 * of a sample, drawn in Chromium in the stack the page's body copy and its furniture use, must differ
 * from the missing-glyph box (.notdef) that an unassigned code point draws in the same stack. Two
 * unassigned code points drawing the same box is the control that shows the comparison can fail.
 * Run after `npm run build`.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useSite } from "../helpers/use-site.ts";

const site = useSite();

/** Every letter Kazakh adds to the Russian alphabet, both cases, as issue #13 lists them. */
const KAZAKH = "әғқңөұүһіӘҒҚҢӨҰҮҺІ";
const RUSSIAN = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ";
/** Unassigned code points (U+0378, U+0379 in the Greek block): no font has a glyph for them. */
const MISSING = ["\u0378", "\u0379"];

interface Drawn {
  family: string;
  /** Letters whose drawing is the missing-glyph box, or blank. */
  boxes: string[];
  /** Whether the two unassigned code points drew the same box (the control). */
  controlAgrees: boolean;
  /** Whether the unassigned code points drew anything at all. */
  controlVisible: boolean;
}

/** Draws `letters` and the unassigned code points in the font stack of `selector`, in language `lang`. */
function draw(page: Page, selector: string, lang: string, letters: string): Promise<Drawn> {
  return page.evaluate(
    ([selector, lang, letters, missing]) => {
      const family = getComputedStyle(document.querySelector(selector)!).fontFamily;
      const canvas = document.createElement("canvas");
      canvas.width = canvas.height = 64;
      canvas.lang = lang;
      document.body.append(canvas);
      const ctx = canvas.getContext("2d", { willReadFrequently: true })!;
      const bitmap = (ch: string) => {
        ctx.clearRect(0, 0, 64, 64);
        ctx.font = `40px ${family}`;
        ctx.fillStyle = "#000";
        ctx.fillText(ch, 8, 48);
        return `${ctx.measureText(ch).width}:${ctx.getImageData(0, 0, 64, 64).data.join(",")}`;
      };
      const blank = bitmap(" ").replace(/^[^:]*:/, "");
      const [a, b] = missing.map(bitmap);
      const boxes = [...letters].filter((ch) => {
        const drawn = bitmap(ch);
        return drawn === a || drawn.replace(/^[^:]*:/, "") === blank;
      });
      canvas.remove();
      return { family, boxes, controlAgrees: a === b, controlVisible: a!.replace(/^[^:]*:/, "") !== blank };
    },
    [selector, lang, letters, MISSING] as const,
  );
}

describe("Kazakh and Cyrillic type", () => {
  it("uses no web font: every face on the Kazakh page is the system's", async () => {
    const page = await site.browser.newPage();
    try {
      await page.goto(site.server.url("/kk/"));
      expect(await page.evaluate(() => document.fonts.size)).toBe(0);
      // Chromium's own account of the fonts that drew a Kazakh sample.
      const cdp = await page.context().newCDPSession(page);
      await page.evaluate((text) => {
        const p = document.createElement("p");
        p.id = "glyph-sample";
        p.lang = "kk";
        p.textContent = text;
        document.querySelector("main")!.prepend(p);
      }, KAZAKH + RUSSIAN);
      await cdp.send("DOM.enable");
      await cdp.send("CSS.enable");
      const { root } = await cdp.send("DOM.getDocument");
      const { nodeId } = await cdp.send("DOM.querySelector", {
        nodeId: root.nodeId,
        selector: "#glyph-sample",
      });
      const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
      expect(fonts.length).toBeGreaterThan(0);
      for (const f of fonts) expect(f.isCustomFont, f.familyName).toBe(false);
    } finally {
      await page.close();
    }
  });

  it.each([
    ["the body copy", ".hero__dek"],
    ["the headline", ".hero__headline"],
    ["the masthead", ".masthead"],
  ])(
    "draws every Kazakh and Russian letter in %s's font stack, none as a missing-glyph box",
    async (_, selector) => {
      const page = await site.browser.newPage();
      try {
        await page.goto(site.server.url("/kk/"));
        for (const [lang, letters] of [
          ["kk", KAZAKH + RUSSIAN],
          ["ru", RUSSIAN],
        ] as const) {
          const drawn = await draw(page, selector, lang, letters);
          expect(drawn.controlVisible, `${drawn.family}: the missing-glyph box draws`).toBe(true);
          expect(drawn.controlAgrees, `${drawn.family}: two unassigned code points draw one box`).toBe(true);
          expect(drawn.boxes, `${lang} in ${drawn.family}`).toEqual([]);
        }
      } finally {
        await page.close();
      }
    },
  );
});
