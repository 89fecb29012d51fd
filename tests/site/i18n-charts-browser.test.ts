/**
 * The charts in Russian and Kazakh in real headless Chromium: every chart text is in the page's
 * script (Latin only for the glossary's names), sits inside its drawing and clear of every other
 * text, on a phone and a desktop, in the story and in each embed; and axe passes on each embed.
 * Run after `npm run build`.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { chartIds } from "../../src/data/generated.ts";
import { latinNames, loadGlossary } from "../../src/i18n/glossary.ts";
import { axeViolations, watchPage } from "../helpers/page-checks.ts";
import { useSite } from "../helpers/use-site.ts";

const site = useSite();
const TRANSLATED = ["ru", "kk"] as const;
const VIEWPORTS = { phone: { width: 375, height: 812 }, desktop: { width: 1280, height: 800 } };
const glossary = loadGlossary();

async function open(path: string, viewport: { width: number; height: number }) {
  const context = await site.browser.newContext({ viewport, reducedMotion: "reduce" });
  context.setDefaultTimeout(5000);
  const page = await context.newPage();
  const watch = watchPage(page, site.server.origin);
  await page.goto(site.server.url(path));
  return { page, watch, close: () => context.close() };
}

interface ChartText {
  chart: string;
  text: string;
  box: { left: number; right: number; top: number; bottom: number };
  svg: { left: number; right: number };
}

/** Every chart text a reader sees now: in a drawing that is displayed, and neither hidden nor faded out. */
const visibleChartTexts = (page: Page): Promise<ChartText[]> =>
  page.$$eval("figure[data-chart] svg.chart", (svgs) =>
    svgs.flatMap((svg) => {
      const frame = svg.getBoundingClientRect();
      if (frame.width === 0) return [];
      return [...svg.querySelectorAll("text")]
        .filter((t) => {
          const s = getComputedStyle(t);
          return s.visibility !== "hidden" && s.display !== "none" && Number(s.opacity) > 0 && t.textContent;
        })
        .map((t) => {
          const r = t.getBoundingClientRect();
          return {
            chart: svg.closest("figure")!.getAttribute("data-chart")!,
            text: t.textContent!.trim(),
            box: { left: r.left, right: r.right, top: r.top, bottom: r.bottom },
            svg: { left: frame.left, right: frame.right },
          };
        });
    }),
  );

/** Latin-script words in `text` that are not names the glossary keeps in Latin letters. */
const englishIn = (text: string, names: ReadonlySet<string>) =>
  (text.match(/\p{Script=Latin}+/gu) ?? []).filter((w) => !names.has(w));

/** Pairs of texts in the same drawing whose boxes overlap by more than a pixel each way. */
function overlaps(texts: readonly ChartText[]): string[] {
  const out: string[] = [];
  for (const [i, a] of texts.entries())
    for (const b of texts.slice(i + 1)) {
      if (a.chart !== b.chart || a.svg.left !== b.svg.left) continue;
      const x = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
      const y = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
      if (x > 1 && y > 1) out.push(`${a.chart}: "${a.text}" overlaps "${b.text}"`);
    }
  return out;
}

function checkTexts(texts: readonly ChartText[], locale: (typeof TRANSLATED)[number]) {
  expect(texts.length).toBeGreaterThan(0);
  const names = latinNames(glossary, locale);
  expect(
    texts.flatMap((t) => englishIn(t.text, names).map((w) => `${t.chart}: "${w}" in "${t.text}"`)),
    "Latin-script words besides the glossary's names",
  ).toEqual([]);
  expect(
    texts
      .filter((t) => t.box.left < t.svg.left - 1 || t.box.right > t.svg.right + 1)
      .map(
        (t) =>
          `${t.chart}: "${t.text}" runs ${Math.round(Math.max(t.svg.left - t.box.left, t.box.right - t.svg.right))} px outside`,
      ),
    "texts outside their drawing",
  ).toEqual([]);
  expect(overlaps(texts), "texts over each other").toEqual([]);
}

describe.each(TRANSLATED)("the %s charts", (locale) => {
  it.each(Object.entries(VIEWPORTS))(
    "in the story on a %s: in the language's script, inside their drawings, clear of each other",
    async (_, viewport) => {
      const { page, watch, close } = await open(`/${locale}/`, viewport);
      try {
        checkTexts(await visibleChartTexts(page), locale);
        expect(watch.errors).toEqual([]);
      } finally {
        await close();
      }
    },
  );

  it.each(Object.entries(VIEWPORTS))(
    "in every embed on a %s, complete: in the language's script, inside their drawings, clear of each other",
    async (_, viewport) => {
      const { page, close } = await open(`/${locale}/embed/${chartIds()[0]}/`, viewport);
      try {
        for (const id of chartIds()) {
          await page.goto(site.server.url(`/${locale}/embed/${id}/`));
          const texts = await visibleChartTexts(page);
          expect(new Set(texts.map((t) => t.chart))).toEqual(new Set([id]));
          checkTexts(texts, locale);
        }
      } finally {
        await close();
      }
    },
  );

  it.each(chartIds())(`/${locale}/embed/%s/: axe finds no violations, no console error`, async (id) => {
    const { page, watch, close } = await open(`/${locale}/embed/${id}/`, VIEWPORTS.phone);
    try {
      expect(await page.getAttribute("html", "lang")).toBe(locale);
      expect(await axeViolations(page)).toEqual([]);
      expect(watch.errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
