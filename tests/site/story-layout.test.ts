/**
 * How the story's scrollies sit on a screen, measured in Chromium on the built page: on phones the
 * step card never covers the chart it talks about and can be read; on desktops the sticky figure,
 * notes and source included, fits the window, centred.
 * Serves dist/ (run `npm run build` first).
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { TRANSLATED } from "../../src/i18n/locales.ts";
import { useSite } from "../helpers/use-site.ts";

const site = useSite();

/** The story in every language: Russian and Kazakh run longer than English, so their cards are taller. */
const EDITIONS = ["/", ...TRANSLATED.map((l) => `/${l}/`)];

async function open(viewport: { width: number; height: number }, path = "/") {
  const context = await site.browser.newContext({ viewport, reducedMotion: "reduce" });
  const page = await context.newPage();
  await page.goto(site.server.url(path));
  await page.waitForLoadState("load");
  return { page, close: () => context.close() };
}

interface Sweep {
  /** Per step: the largest share of its chart's visible area its card covered while it was active. */
  steps: {
    id: string;
    positions: number;
    maxCovered: number;
    marksCovered: string[];
    /** Whether, at some position while active, the card's first lines were in full view. */
    readable: boolean;
  }[];
}

/**
 * Scrolls through every scrolly in small increments, letting the page render after each scroll. At each position the active step is the one
 * the story's rule picks (the last whose top has passed `--scrolly-line`); what is on top at each
 * point of the chart's visible area is asked of the browser (elementFromPoint), so the measure is
 * what a reader sees, whatever puts the card above or below the chart.
 */
function sweep(page: Page): Promise<Sweep> {
  return page.evaluate(async () => {
    // Chapters out of view are rendered on the frame after they come near (content-visibility):
    // wait for frames after each scroll, as a reader's screen does.
    const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const doc = document.documentElement;
    const share = parseFloat(getComputedStyle(doc).getPropertyValue("--scrolly-line"));
    const line = () => doc.clientHeight * share;
    const masthead = document.querySelector(".masthead")!.getBoundingClientRect().bottom;
    const result: Sweep["steps"] = [];
    const GRID = 12;
    for (const scrolly of document.querySelectorAll<HTMLElement>("[data-scrolly]")) {
      const steps = [...scrolly.querySelectorAll<HTMLElement>("[data-step]")];
      const stats = new Map(
        steps.map((s) => [
          s,
          { id: s.id, positions: 0, maxCovered: 0, marksCovered: [] as string[], readable: false },
        ]),
      );
      const top = scrolly.getBoundingClientRect().top + scrollY;
      const bottom = top + scrolly.offsetHeight;
      for (let y = top - doc.clientHeight; y < bottom; y += 32) {
        scrollTo({ top: y, behavior: "instant" });
        await frames();
        let active = steps[0]!;
        for (const s of steps) if (s.getBoundingClientRect().top <= line()) active = s;
        const card = active.getBoundingClientRect();
        if (card.top >= doc.clientHeight || card.bottom <= masthead) continue;
        const stat = stats.get(active)!;
        stat.positions++;
        const svg = [...scrolly.querySelectorAll<SVGSVGElement>("figure svg[role=img]")].find(
          (s) => s.getBoundingClientRect().width > 0,
        )!;
        const box = svg.getBoundingClientRect();
        const vTop = Math.max(box.top, masthead);
        const vBottom = Math.min(box.bottom, doc.clientHeight);
        let seen = 0;
        let covered = 0;
        for (let py = vTop + GRID / 2; py < vBottom; py += GRID)
          for (let px = box.left + GRID / 2; px < box.right; px += GRID) {
            seen++;
            const hit = document.elementFromPoint(px, py);
            if (hit && active.contains(hit)) covered++;
          }
        if (seen > 0) stat.maxCovered = Math.max(stat.maxCovered, covered / seen);
        // Every data mark drawn in the chart's current state must stay uncovered.
        for (const mark of svg.querySelectorAll<SVGGraphicsElement>("[data-key]")) {
          const style = getComputedStyle(mark);
          if (style.visibility === "hidden" || style.opacity === "0") continue;
          const r = mark.getBoundingClientRect();
          if (r.width === 0 && r.height === 0) continue;
          const points = [
            [r.left + r.width / 2, r.top + r.height / 2],
            [r.left + 1, r.top + 1],
            [r.right - 1, r.top + 1],
            [r.left + 1, r.bottom - 1],
            [r.right - 1, r.bottom - 1],
          ];
          for (const [px, py] of points) {
            if (py! < masthead || py! > doc.clientHeight) continue;
            const hit = document.elementFromPoint(px!, py!);
            if (hit && active.contains(hit)) {
              const name = `${mark.getAttribute("data-key")} at ${Math.round(y)}`;
              if (!stat.marksCovered.includes(name)) stat.marksCovered.push(name);
            }
          }
        }
        // Readable: the card's first two lines are on screen and nothing is in front of them.
        const firstLines = card.top + 2 * 28;
        if (card.top >= masthead && firstLines <= doc.clientHeight) {
          let clear = true;
          for (let px = card.left + 8; px < card.right - 8; px += 24)
            for (const py of [card.top + 4, firstLines - 4]) {
              const hit = document.elementFromPoint(px, py);
              if (!hit || !active.contains(hit)) clear = false;
            }
          if (clear) stat.readable = true;
        }
      }
      result.push(...stats.values());
    }
    return { steps: result };
  });
}

describe("on a phone, a step's card never covers its chart", () => {
  for (const [path, viewport] of EDITIONS.flatMap((path) =>
    [
      { width: 360, height: 640 },
      { width: 375, height: 812 },
      { width: 412, height: 915 },
    ].map((viewport) => [path, viewport] as const),
  ))
    it(`${path} at ${viewport.width}×${viewport.height}, for every step: no mark covered, at most 10% of the chart's visible area, the card readable`, async () => {
      const { page, close } = await open(viewport, path);
      const { steps } = await sweep(page);
      const stepIds = await page.$$eval("[data-step]", (els) => els.map((e) => e.id));
      expect(steps.map((s) => s.id)).toEqual(stepIds);
      for (const s of steps) {
        expect(s.positions, `${s.id} was never the active step on screen`).toBeGreaterThan(0);
        expect(s.marksCovered, s.id).toEqual([]);
        expect(s.maxCovered, s.id).toBeLessThanOrEqual(0.1);
        expect(s.readable, `${s.id}: its first lines are never in full view while it is active`).toBe(true);
      }
      await close();
    }, 120_000);
});

/**
 * A blank band taller than this between a phone's pinned chart and the first card reads as the end
 * of the chapter. The pinned heights are estimated to err tall (src/render/pin-heights.ts), by a
 * slack measured for each language's letters, so the same limit holds in every edition.
 */
const MAX_LEAD_GAP = 120;

/** Per scrolly, once its chart has pinned: how far below the pinned chart its first card starts. */
function leadGaps(page: Page): Promise<{ chapter: string; gap: number }[]> {
  return page.evaluate(async () => {
    const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const masthead = document.querySelector(".masthead")!.getBoundingClientRect().bottom;
    const out: { chapter: string; gap: number }[] = [];
    for (const s of document.querySelectorAll<HTMLElement>("[data-scrolly]")) {
      scrollTo(0, s.getBoundingClientRect().top + scrollY - masthead);
      await frames();
      const pin = s.querySelector(".figure__pin")!.getBoundingClientRect();
      const card = s.querySelector("[data-step]")!.getBoundingClientRect();
      out.push({ chapter: s.closest("section")?.id ?? "?", gap: card.top - pin.bottom });
    }
    return out;
  });
}

describe("on a phone, each chapter's first card follows its chart closely", () => {
  for (const path of EDITIONS)
    for (const viewport of [
      { width: 360, height: 640 },
      { width: 375, height: 812 },
      { width: 412, height: 915 },
    ])
      it(`${path} at ${viewport.width}×${viewport.height}: when the chart pins, the first card starts below it, less than ${MAX_LEAD_GAP} px lower`, async () => {
        const { page, close } = await open(viewport, path);
        const gaps = await leadGaps(page);
        expect(gaps.length).toBeGreaterThan(0);
        for (const { chapter, gap } of gaps) {
          expect(gap, `${chapter}: the first card starts under the chart`).toBeGreaterThanOrEqual(0);
          expect(gap, `${chapter}: blank band above the first card`).toBeLessThan(MAX_LEAD_GAP);
        }
        await close();
      }, 60_000);
});

/**
 * Between the phone sizes and the desktop layout (the pinned chart runs to 56rem), the lead is the
 * one worked out for the narrowest column of its band (src/render/pin-heights.ts LEAD_COLUMNS): the
 * same two bounds hold at every width the chart pins. The widths include each band's first and last
 * (a column is the window less a gutter each side, 4vw between 1rem and 2rem), where the estimate is
 * tightest and loosest, and the 430-521 px stretch where one lead for all of the narrow drawing's
 * widths once left the lines a Kazakh title no longer took as a blank band of up to 148 px.
 */
describe("at every width the chart pins, the first card follows it closely", () => {
  for (const path of EDITIONS)
    it(`${path} from 300 to 895 px wide: below the chart, less than ${MAX_LEAD_GAP} px lower`, async () => {
      // Bands start at 300, 332, 372, 414, 457, 490, 522, 587, 653, 740 and 824 px wide.
      for (const width of [
        300, 331, 332, 371, 372, 413, 414, 440, 456, 457, 470, 489, 490, 500, 510, 521, 522, 586, 587, 652,
        653, 739, 740, 823, 824, 880, 895,
      ]) {
        const { page, close } = await open({ width, height: 900 }, path);
        const gaps = await leadGaps(page);
        expect(gaps.length).toBeGreaterThan(0);
        for (const { chapter, gap } of gaps) {
          expect(
            gap,
            `${chapter} at ${width} px: the first card starts under the chart`,
          ).toBeGreaterThanOrEqual(0);
          expect(gap, `${chapter} at ${width} px: blank band above the first card`).toBeLessThan(
            MAX_LEAD_GAP,
          );
        }
        await close();
      }
    }, 240_000);
});

describe("on a desktop, the sticky figure fits the window", () => {
  for (const path of EDITIONS)
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 1440, height: 900 },
    ])
      it(`${path} at ${viewport.width}×${viewport.height}, for every step: title to source line in view, centred, no blank band over a quarter of the window`, async () => {
        const { page, close } = await open(viewport, path);
        const ids = await page.$$eval("[data-step]", (els) => els.map((e) => e.id));
        expect(ids.length).toBeGreaterThan(0);
        for (const id of ids) {
          // As a reader meets the step: its top just past the trigger line.
          const r = await page.locator(`#${id}`).evaluate((el) => {
            const doc = document.documentElement;
            const share = parseFloat(getComputedStyle(doc).getPropertyValue("--scrolly-line"));
            scrollBy({
              top: el.getBoundingClientRect().top - doc.clientHeight * share + 16,
              behavior: "instant",
            });
            const fig = el.closest("[data-scrolly]")!.querySelector("figure")!;
            const masthead = document.querySelector(".masthead")!.getBoundingClientRect().bottom;
            const top = fig.querySelector(".figure__title")!.getBoundingClientRect().top;
            const bottom = fig.querySelector(".figure__source")!.getBoundingClientRect().bottom;
            const chart = [...fig.querySelectorAll("svg[role=img]")].find(
              (s) => s.getBoundingClientRect().width > 0,
            )!;
            return {
              above: top - masthead,
              below: doc.clientHeight - bottom,
              chartHeight: chart.getBoundingClientRect().height,
            };
          });
          expect(r.chartHeight, id).toBeGreaterThan(100);
          expect(r.above, `${id}: the figure's title is under the masthead`).toBeGreaterThanOrEqual(0);
          expect(r.below, `${id}: the source line is below the window`).toBeGreaterThanOrEqual(0);
          expect(Math.abs(r.above - r.below), `${id}: not centred`).toBeLessThanOrEqual(24);
          expect(Math.max(r.above, r.below), `${id}: a blank band`).toBeLessThanOrEqual(viewport.height / 4);
        }
        await close();
      });
});

describe("the figures' furniture lines up", () => {
  for (const viewport of [
    { width: 375, height: 812 },
    { width: 1280, height: 800 },
  ])
    it(`at ${viewport.width} px: title, chart and notes on one left edge; download links and Embed on one baseline; text after a figure clear of it`, async () => {
      const { page, close } = await open(viewport);
      const figures = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>("figure[data-chart]")].map((fig) => {
          const left = (el: Element) => Math.round(el.getBoundingClientRect().left);
          const svg = [...fig.querySelectorAll("svg[role=img]")].find(
            (s) => s.getBoundingClientRect().width > 0,
          )!;
          // The baseline of each link's or button's text: the bottom of its text, same font and size.
          const items = [...fig.querySelectorAll<HTMLElement>(".figure__actions :is(a, button)")].map(
            (el) => {
              const range = document.createRange();
              range.selectNodeContents(el);
              const r = range.getBoundingClientRect();
              return { name: el.textContent!.trim(), top: r.top, bottom: r.bottom };
            },
          );
          const actions = fig.querySelector(".figure__actions")!.getBoundingClientRect();
          const next = fig.closest(".scrolly, .body-figure")?.nextElementSibling;
          return {
            id: fig.id,
            lefts: [
              left(fig.querySelector(".figure__title")!),
              left(svg),
              left(fig.querySelector(".figure__notes")!),
            ],
            items,
            gap: next ? next.getBoundingClientRect().top - actions.bottom : null,
          };
        }),
      );
      expect(figures.length).toBeGreaterThan(0);
      for (const f of figures) {
        expect(new Set(f.lefts).size, `${f.id}: ${f.lefts.join(", ")}`).toBe(1);
        expect(f.items.map((i) => i.name)).toContain("Embed");
        for (const a of f.items)
          for (const b of f.items)
            if (Math.abs(a.top - b.top) < 8)
              expect(Math.abs(a.bottom - b.bottom), `${f.id}: ${a.name} and ${b.name}`).toBeLessThanOrEqual(
                1,
              );
        if (f.gap !== null) expect(f.gap, `${f.id}: the text after it`).toBeGreaterThanOrEqual(24);
      }
      await close();
    });
});
