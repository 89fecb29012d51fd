/**
 * The story on paper: printed to PDF by Chromium, read back page by page. Every figure sits whole
 * on one page with its chart in its complete state (every value labelled), no control is printed,
 * and the steps read in order after their figure; with JavaScript off, and with it on and the
 * reader mid-story (charts in other states). Serves dist/ (run `npm run build` first).
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { loadChart } from "../../src/data/generated.ts";
import { pdfPages, squash } from "../helpers/pdf.ts";
import { valueCore } from "../helpers/values.ts";
import { useSite } from "../helpers/use-site.ts";

const site = useSite();
/** A4 less the story's 16 mm side margins, in CSS px: the width the printed page lays out at. */
const PRINT_WIDTH = Math.floor(((210 - 2 * 16) / 25.4) * 96);

/** What print media shows, read from the page laid out at the printed width. */
async function printedLayout(page: Page) {
  await page.setViewportSize({ width: PRINT_WIDTH, height: 1000 });
  await page.emulateMedia({ media: "print" });
  const layout = await page.evaluate(() => {
    const shown = (el: Element) => {
      const s = getComputedStyle(el);
      return el.getClientRects().length > 0 && s.visibility !== "hidden" && Number(s.opacity) > 0;
    };
    const figures = [...document.querySelectorAll<HTMLElement>("figure[data-chart]")].map((fig) => {
      const svg = [...fig.querySelectorAll("svg[role=img]")].find((s) => s.getBoundingClientRect().width > 0);
      return {
        id: fig.id,
        chart: fig.dataset.chart!,
        title: fig.querySelector<HTMLElement>(".figure__title")!.innerText,
        source: fig.querySelector<HTMLElement>(".figure__source")!.innerText,
        texts: svg ? [...svg.querySelectorAll("text")].filter(shown).map((t) => t.textContent!.trim()) : [],
      };
    });
    const controls = [
      ...document.querySelectorAll(
        "input, select, textarea, summary, dialog, [popover], .switch, .figure__actions, .masthead",
      ),
    ]
      .filter(shown)
      .map((el) => el.outerHTML.slice(0, 80));
    const steps = [...document.querySelectorAll<HTMLElement>("[data-step] > p")].map((p) => p.innerText);
    return { figures, controls, steps };
  });
  await page.emulateMedia({ media: null });
  return layout;
}

describe("printing the story", () => {
  for (const js of [false, true])
    it(`to PDF, ${js ? "with JavaScript and the reader mid-story" : "without JavaScript"}: figures whole and complete, no controls, steps in order`, async () => {
      // Reduced motion: no state transition still running when print media is read.
      const context = await site.browser.newContext({
        javaScriptEnabled: js,
        viewport: { width: 1280, height: 800 },
        reducedMotion: "reduce",
      });
      const page = await context.newPage();
      await page.goto(site.server.url("/"));
      if (js) {
        // Leave the charts in the middle of their stories: the ATM chart in dollars, others at their first steps.
        await page.locator("#atm-dollars").scrollIntoViewIfNeeded();
        await page.waitForFunction(
          () => document.querySelector("#figure-cash-at-the-atm")?.getAttribute("data-state") === "usd",
        );
      }
      const printed = await printedLayout(page);
      expect(printed.controls).toEqual([]);
      const pages = pdfPages(await page.pdf({ format: "A4" })).map(squash);
      console.log(`print (JavaScript ${js ? "on" : "off"}): ${pages.length} A4 pages`);
      const pageOf = (text: string) => pages.findIndex((p) => p.includes(squash(text)));

      expect(printed.figures.length).toBeGreaterThan(0);
      for (const fig of printed.figures) {
        const at = pageOf(fig.title);
        expect(at, `${fig.id}: title not printed`).toBeGreaterThanOrEqual(0);
        expect(pageOf(fig.source), `${fig.id}: split across pages`).toBe(at);
        // Complete: every point of the chart has its value drawn, and the drawing is on the figure's page.
        const drawn = squash(fig.texts.join(" "));
        for (const p of loadChart(fig.chart).points)
          expect(drawn, `${fig.id}: ${p.key} has no value label in print`).toContain(valueCore(p));
        for (const t of fig.texts)
          expect(pages[at], `${fig.id}: "${t}" not on its page`).toContain(squash(t));
      }

      const all = pages.join("");
      for (const control of [
        "Description and data table",
        "Show amounts in",
        "Get the data",
        "CSV with sources",
        "Skip to the story",
      ])
        expect(all, control).not.toContain(squash(control));

      let last = -1;
      for (const step of printed.steps) {
        const at = all.indexOf(squash(step).slice(0, 60));
        expect(at, `step not printed or out of order: "${step.slice(0, 60)}"`).toBeGreaterThan(last);
        last = at;
      }
      await context.close();
    });
});
