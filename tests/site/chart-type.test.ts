/**
 * One type scale for charts, measured in Chromium: every text element of every chart, in every
 * state, on the story and on every embed, at page widths from 300 to 1200 px, is drawn at a size
 * of the token scale (nothing stretched or shrunk), inside its drawing, and clear of every other
 * text. Serves dist/ (run `npm run build` first).
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { chartIds } from "../../src/data/generated.ts";
import { fontSizes } from "../../src/styles/tokens.ts";
import { useSite } from "../helpers/use-site.ts";

const site = useSite();
const WIDTHS = [300, 320, 360, 375, 412, 480, 560, 640, 768, 900, 1024, 1200];
const SIZES = Object.values(fontSizes);

interface Report {
  chart: string;
  state: string;
  /** Text drawn at a size off the scale: the text, its size in px. */
  offScale: string[];
  /** Text outside its drawing. */
  outside: string[];
  /** Pairs of texts that overlap. */
  overlaps: string[];
  texts: number;
}

/** Puts every chart on the page through each of its states and measures its visible text. */
function measure(page: Page): Promise<Report[]> {
  return page.evaluate((sizes) => {
    const reports: Report[] = [];
    const label = (el: Element) => `"${(el.textContent ?? "").trim().slice(0, 40)}"`;
    for (const fig of document.querySelectorAll<HTMLElement>("figure[data-chart]")) {
      const svg = [...fig.querySelectorAll<SVGSVGElement>("svg[role=img]")].find(
        (s) => s.getBoundingClientRect().width > 0,
      );
      if (!svg) continue;
      const states = new Set(
        [...svg.querySelectorAll("[data-states], [data-focus]")].flatMap((el) =>
          `${el.getAttribute("data-states") ?? ""} ${el.getAttribute("data-focus") ?? ""}`
            .split(" ")
            .filter(Boolean),
        ),
      );
      if (states.size === 0) states.add(svg.getAttribute("data-state")!);
      const initial = svg.getAttribute("data-state")!;
      for (const state of states) {
        svg.setAttribute("data-state", state);
        const box = svg.getBoundingClientRect();
        const texts = [...svg.querySelectorAll<SVGTextElement>("text")].filter((t) => {
          const s = getComputedStyle(t);
          return s.visibility !== "hidden" && Number(s.opacity) > 0 && t.getBoundingClientRect().width > 0;
        });
        const report: Report = {
          chart: fig.dataset.chart!,
          state,
          offScale: [],
          outside: [],
          overlaps: [],
          texts: texts.length,
        };
        const rects = texts.map((t) => t.getBoundingClientRect());
        texts.forEach((t, i) => {
          const ctm = t.getScreenCTM()!;
          const size = parseFloat(getComputedStyle(t).fontSize) * Math.hypot(ctm.a, ctm.b);
          if (!sizes.some((s) => Math.abs(s - size) <= 0.5))
            report.offScale.push(`${label(t)} ${size.toFixed(1)}px`);
          const r = rects[i]!;
          if (
            r.left < box.left - 1 ||
            r.right > box.right + 1 ||
            r.top < box.top - 1 ||
            r.bottom > box.bottom + 1
          )
            report.outside.push(
              `${label(t)} ${Math.round(r.left - box.left)}…${Math.round(r.right - box.left)} of ${Math.round(box.width)}`,
            );
          for (let j = i + 1; j < texts.length; j++) {
            const o = rects[j]!;
            const w = Math.min(r.right, o.right) - Math.max(r.left, o.left);
            const h = Math.min(r.bottom, o.bottom) - Math.max(r.top, o.top);
            if (w > 0.5 && h > 0.5) report.overlaps.push(`${label(t)} × ${label(texts[j]!)}`);
          }
        });
        reports.push(report);
      }
      svg.setAttribute("data-state", initial);
    }
    return reports;
  }, SIZES);
}

function expectClean(reports: Report[], where: string) {
  expect(reports.length, where).toBeGreaterThan(0);
  for (const r of reports) {
    const at = `${where}: ${r.chart} in state ${r.state}`;
    expect(r.texts, at).toBeGreaterThan(0);
    expect(r.offScale, at).toEqual([]);
    expect(r.outside, at).toEqual([]);
    expect(r.overlaps, at).toEqual([]);
  }
}

describe("chart text is set on one type scale at every width, clear of the edges and of each other", () => {
  it("on the story page, every chart in every state, from 300 to 1200 px", async () => {
    const context = await site.browser.newContext({ reducedMotion: "reduce" });
    const page = await context.newPage();
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(site.server.url("/"));
      const reports = await measure(page);
      expect(new Set(reports.map((r) => r.chart)).size).toBe(chartIds().length);
      expectClean(reports, `story at ${width}px`);
    }
    await context.close();
  }, 180_000);

  it("in every embed, every state, from 300 to 1200 px", async () => {
    const context = await site.browser.newContext({ reducedMotion: "reduce" });
    const page = await context.newPage();
    for (const id of chartIds())
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(site.server.url(`/embed/${id}/`));
        expectClean(await measure(page), `embed ${id} at ${width}px`);
      }
    await context.close();
  }, 180_000);
});
