/**
 * What each scrolly step does to its chart, read from the built page in Chromium: it emphasises
 * exactly the data points its text cites and dims the rest, and it looks different from the step
 * before. Serves dist/ (run `npm run build` first).
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { loadChart } from "../../src/data/generated.ts";
import { useSite } from "../helpers/use-site.ts";

const site = useSite();

async function open() {
  const context = await site.browser.newContext({
    viewport: { width: 1280, height: 800 },
    reducedMotion: "reduce",
  });
  const page = await context.newPage();
  await page.goto(site.server.url("/"));
  return { page, close: () => context.close() };
}

interface Card {
  id: string;
  state: string;
  figure: string;
  chart: string;
  cited: string[];
}

const cardsOf = (page: Page) =>
  page.$$eval("[data-scrolly]", (scrollies) =>
    scrollies.flatMap((s) => {
      const fig = s.querySelector<HTMLElement>("figure[data-chart]")!;
      return [...s.querySelectorAll<HTMLElement>("[data-step]")].map((st) => ({
        id: st.id,
        state: st.dataset.state!,
        figure: fig.id,
        chart: fig.dataset.chart!,
        // Values only: a {claim.period} or {claim.source} reference names a year or an article, not a mark.
        cited: [...st.querySelectorAll("[data-claim]:not([data-field])")].map((c) =>
          c.getAttribute("data-claim")!,
        ),
      }));
    }),
  ) as Promise<Card[]>;

/** Makes `card` the active step, as a reader scrolling it past the trigger line does, and waits for its state. */
async function activate(page: Page, card: Card) {
  await page.locator(`#${card.id}`).evaluate((el) => {
    const share = parseFloat(getComputedStyle(document.documentElement).getPropertyValue("--scrolly-line"));
    scrollBy({
      top: el.getBoundingClientRect().top - document.documentElement.clientHeight * share + 16,
      behavior: "instant",
    });
  });
  await page.waitForFunction(
    ([id, state]) =>
      [...document.getElementById(id!)!.querySelectorAll("svg[data-state]")].every(
        (svg) => svg.getAttribute("data-state") === state,
      ),
    [card.figure, card.state] as const,
  );
}

/** The drawing on screen: every data mark's key, whether it is emphasised, and its role's colour. */
const marksOf = (page: Page, figure: string) =>
  page.evaluate((id) => {
    const svg = [...document.getElementById(id)!.querySelectorAll<SVGSVGElement>("svg[role=img]")].find(
      (s) => s.getBoundingClientRect().width > 0,
    )!;
    const state = svg.getAttribute("data-state")!;
    return [...svg.querySelectorAll<SVGElement>("[data-key][data-focus]")]
      .filter((el) => {
        const style = getComputedStyle(el);
        return style.visibility !== "hidden" && style.opacity !== "0";
      })
      .map((el) => {
        const role = el.getAttribute("data-role")!;
        const prop = role === "line" ? "stroke" : role === "fade" ? "opacity" : "fill";
        return {
          key: el.getAttribute("data-key")!,
          role,
          focused: el.getAttribute("data-focus")!.split(" ").includes(state),
          look: getComputedStyle(el).getPropertyValue(prop),
        };
      });
  }, figure);

/** Everything that makes the drawing look as it does: each element's visibility, opacity and paint. */
const lookOf = (page: Page, figure: string) =>
  page.evaluate((id) => {
    const svg = [...document.getElementById(id)!.querySelectorAll<SVGSVGElement>("svg[role=img]")].find(
      (s) => s.getBoundingClientRect().width > 0,
    )!;
    return [...svg.querySelectorAll("*")]
      .map((el) => {
        const s = getComputedStyle(el);
        return `${s.visibility}|${s.opacity}|${s.fill}|${s.stroke}`;
      })
      .join("\n");
  }, figure);

describe("every step changes its chart, and only as its text says", () => {
  it("each step emphasises exactly the chart's points its text cites, dims the rest, and in visibly different colours", async () => {
    const { page, close } = await open();
    const cards = await cardsOf(page);
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) {
      await activate(page, card);
      const cited = new Set(card.cited);
      const named = loadChart(card.chart)
        .points.filter((p) => p.claims.some((c) => cited.has(c)))
        .map((p) => p.key)
        .sort();
      expect(
        named.length,
        `${card.id} cites no point of its chart: it shows nothing of its own`,
      ).toBeGreaterThan(0);
      const marks = await marksOf(page, card.figure);
      const focused = [...new Set(marks.filter((m) => m.focused).map((m) => m.key))].sort();
      expect(focused, card.id).toEqual(named);
      // Emphasis is a look, not an attribute: per role, emphasised and dimmed marks never share a colour.
      for (const role of new Set(marks.map((m) => m.role))) {
        const on = new Set(marks.filter((m) => m.role === role && m.focused).map((m) => m.look));
        const off = new Set(marks.filter((m) => m.role === role && !m.focused).map((m) => m.look));
        expect(
          [...on].filter((x) => off.has(x)),
          `${card.id}: ${role} marks`,
        ).toEqual([]);
      }
    }
    await close();
  }, 120_000);

  it("each step's chart looks different from the previous step's in the same chapter", async () => {
    const { page, close } = await open();
    const cards = await cardsOf(page);
    let previous: { card: Card; look: string } | null = null;
    for (const card of cards) {
      await activate(page, card);
      const look = await lookOf(page, card.figure);
      if (previous && previous.card.figure === card.figure)
        expect(look, `${card.id} looks the same as ${previous.card.id}`).not.toBe(previous.look);
      previous = { card, look };
    }
    await close();
  }, 120_000);
});
