/**
 * The story page in real headless Chromium: what a reader does, and what they should see.
 * Serves dist/ (run `npm run build` first) and drives Debian's Chromium through playwright-core.
 */
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadChart } from "../../src/data/generated.ts";
import { launchChromium } from "../../scripts/lib/chromium.ts";
import { serveDist, type StaticServer } from "../../scripts/lib/serve-dist.ts";
import { afterFrames, axeViolations, watchPage } from "../helpers/page-checks.ts";
import { storyCharts } from "../helpers/story-content.ts";
import { valueCore } from "../helpers/values.ts";

let server: StaticServer;
let browser: Browser;
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 375, height: 812 };

beforeAll(async () => {
  // SITE_DIST lets a developer test a private build while others rebuild dist/ in the same tree.
  server = await serveDist(process.env["SITE_DIST"] ?? "dist");
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh page in its own context; `watch` collects console errors and cross-origin requests. */
async function open(path = "/", options: BrowserContextOptions = {}) {
  const context = await browser.newContext({ viewport: DESKTOP, ...options });
  context.setDefaultTimeout(5000);
  const page = await context.newPage();
  const watch = watchPage(page, server.origin);
  await page.goto(server.url(path));
  return { page, watch, close: () => context.close() };
}

interface StepInfo {
  id: string;
  state: string;
  figure: string;
}

const stepsOf = (page: Page) =>
  page.$$eval("[data-scrolly]", (scrollies) =>
    scrollies.flatMap((s) => {
      const figure = s.querySelector("figure[data-chart]")!.id;
      return [...s.querySelectorAll<HTMLElement>("[data-step]")].map((st) => ({
        id: st.id,
        state: st.dataset.state!,
        figure,
      }));
    }),
  ) as Promise<StepInfo[]>;

const stateOf = (page: Page, figureId: string) =>
  page.locator(`#${figureId}`).getAttribute("data-state") as Promise<string>;

async function waitForState(page: Page, figureId: string, state: string) {
  await page
    .waitForFunction(
      ([id, s]) => {
        const fig = document.getElementById(id!);
        return (
          fig?.getAttribute("data-state") === s &&
          [...fig.querySelectorAll("svg[data-state]")].every((svg) => svg.getAttribute("data-state") === s)
        );
      },
      [figureId, state] as const,
      { timeout: 3000 },
    )
    .catch(() => undefined);
  expect(await stateOf(page, figureId), `${figureId} should be in state ${state}`).toBe(state);
}

/**
 * The state each figure should show given where the page is scrolled: the state of the last step
 * whose top has passed the trigger line (CSS `--scrolly-line`), else the first step's. From layout alone.
 */
const expectedStates = (page: Page) =>
  page.$$eval("[data-scrolly]", (scrollies) => {
    const share = parseFloat(getComputedStyle(document.documentElement).getPropertyValue("--scrolly-line"));
    const line = document.documentElement.clientHeight * share;
    return scrollies.map((s) => {
      const steps = [...s.querySelectorAll<HTMLElement>("[data-step]")];
      let active = steps[0]!;
      for (const st of steps) if (st.getBoundingClientRect().top <= line) active = st;
      const fig = s.querySelector<HTMLElement>("figure[data-chart]")!;
      return { figure: fig.id, expected: active.dataset.state!, actual: fig.dataset.state! };
    });
  });

/** Waits for every figure to show the state its scroll position calls for (see expectedStates). */
async function expectStatesMatchScroll(page: Page) {
  await expect
    .poll(
      async () => {
        await afterFrames(page);
        return (await expectedStates(page)).filter((s) => s.actual !== s.expected);
      },
      { timeout: 3000, message: "figures whose state does not match the scroll position" },
    )
    .toEqual([]);
}

/** Scrolls so the step's top has just passed the trigger line, as when a reader scrolls it in. */
const scrollToStep = (page: Page, id: string) =>
  page.locator(`#${id}`).evaluate((el) => {
    const share = parseFloat(getComputedStyle(document.documentElement).getPropertyValue("--scrolly-line"));
    const line = document.documentElement.clientHeight * share;
    scrollBy({ top: el.getBoundingClientRect().top - line + 16, behavior: "instant" });
  });

describe("scrolling the story", () => {
  for (const [name, viewport] of [
    ["desktop", DESKTOP],
    ["phone", PHONE],
  ] as const)
    it(`scrolling through every step switches its chart to that step's state (${name})`, async () => {
      const { page, watch, close } = await open("/", { viewport });
      const steps = await stepsOf(page);
      // Every chart the story's chapters name has steps to scroll through.
      expect([...new Set(steps.map((s) => s.figure))].length).toBe(
        await page.locator("[data-scrolly] figure[data-chart]").count(),
      );
      expect(
        await page
          .locator("figure[data-chart]")
          .evaluateAll((f) => f.map((x) => x.getAttribute("data-chart"))),
      ).toEqual(storyCharts());
      for (const step of steps) {
        await scrollToStep(page, step.id);
        await page.locator(`#${step.id}[data-active]`).waitFor({ timeout: 3000 });
        await waitForState(page, step.figure, step.state);
      }
      expect(watch.errors).toEqual([]);
      expect(watch.external).toEqual([]);
      await close();
    });

  for (const [name, viewport] of [
    ["desktop", DESKTOP],
    ["phone", PHONE],
  ] as const)
    it(`a deep link to a step lands on that step's state (${name})`, async () => {
      const { page, close } = await open("/#crackdown-before", { viewport });
      await waitForState(page, "figure-the-crackdown", "2024");
      await page.goto(server.url("/#atm-dollars"));
      await waitForState(page, "figure-cash-at-the-atm", "usd");
      await expectStatesMatchScroll(page);
      await close();
    });

  it("reloading mid-page keeps the chart state of the step in view", async () => {
    const { page, close } = await open("/");
    await scrollToStep(page, "atm-dollars");
    await waitForState(page, "figure-cash-at-the-atm", "usd");
    await page.reload();
    await page.waitForLoadState("load");
    await waitForState(page, "figure-cash-at-the-atm", "usd");
    await expectStatesMatchScroll(page);
    await close();
  });

  it("fast-scrolling to the end and back leaves every chart in the state of its last, then first, step", async () => {
    const { page, close } = await open("/");
    const steps = await stepsOf(page);
    await page.evaluate(() => scrollTo({ top: document.documentElement.scrollHeight, behavior: "instant" }));
    for (const fig of new Set(steps.map((s) => s.figure)))
      await waitForState(page, fig, steps.filter((s) => s.figure === fig).at(-1)!.state);
    await page.evaluate(() => scrollTo({ top: 0, behavior: "instant" }));
    for (const fig of new Set(steps.map((s) => s.figure)))
      await waitForState(page, fig, steps.find((s) => s.figure === fig)!.state);
    await close();
  });

  it("resizing from desktop to phone width recomputes the state from where the page now is", async () => {
    const { page, close } = await open("/");
    await scrollToStep(page, "crackdown-category");
    await page.setViewportSize(PHONE);
    await expectStatesMatchScroll(page);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await expectStatesMatchScroll(page);
    await close();
  });

  it("with reduced motion, states switch without transitions", async () => {
    const { page, close } = await open("/", { reducedMotion: "reduce" });
    const durations = await page.evaluate(() =>
      [...document.querySelectorAll("svg [data-states], .step")].map((el) =>
        Math.max(
          ...getComputedStyle(el)
            .transitionDuration.split(",")
            .map((d) => parseFloat(d)),
        ),
      ),
    );
    expect(durations.length).toBeGreaterThan(0);
    for (const d of durations) expect(d).toBeLessThanOrEqual(0.001);
    await scrollToStep(page, "crackdown-before");
    await waitForState(page, "figure-the-crackdown", "2024");
    await close();
  });
});

describe("without JavaScript", () => {
  for (const [name, viewport] of [
    ["desktop", DESKTOP],
    ["phone", PHONE],
  ] as const)
    it(`the page is a complete article: every chart drawn in its chapter's state, no step over a chart (${name})`, async () => {
      const { page, close } = await open("/", { viewport, javaScriptEnabled: false });
      const report = await page.evaluate(() => {
        const box = (el: Element) => el.getBoundingClientRect();
        const overlap = (a: DOMRect, b: DOMRect) =>
          a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        return [...document.querySelectorAll<HTMLElement>("figure[data-chart]")].map((fig) => {
          const svg = [...fig.querySelectorAll("svg[role=img]")].find((s) => box(s).width > 0);
          const graphic = box(fig.querySelector(".figure__graphic")!);
          const scrolly = fig.closest("[data-scrolly]");
          const steps = scrolly ? [...scrolly.querySelectorAll("[data-step]")] : [];
          return {
            id: fig.id,
            chart: fig.dataset.chart!,
            svgWidth: svg ? box(svg).width : 0,
            svgHeight: svg ? box(svg).height : 0,
            stepsVisible: steps.every((s) => box(s).height > 0 && (s.textContent ?? "").trim().length > 0),
            overlapping: steps.filter((s) => overlap(box(s), graphic)).map((s) => s.id),
            switchHidden: [...fig.querySelectorAll<HTMLElement>("[data-switch]")].every((s) => s.hidden),
          };
        });
      });
      expect(report.map((r) => r.chart)).toEqual(storyCharts());
      for (const r of report) {
        expect(r.svgWidth, r.id).toBeGreaterThan(200);
        expect(r.svgHeight, r.id).toBeGreaterThan(60);
        expect(r.stepsVisible, r.id).toBe(true);
        expect(r.overlapping, r.id).toEqual([]);
        expect(r.switchHidden, r.id).toBe(true);
      }
      await close();
    });

  it("each chart shows the state its first step describes; the one with a currency switch shows both currencies", async () => {
    const { page, close } = await open("/", { viewport: PHONE, javaScriptEnabled: false });
    const figures = await page.$$eval("[data-scrolly]", (scrollies) =>
      scrollies.map((s) => {
        const fig = s.querySelector<HTMLElement>("figure[data-chart]")!;
        const svg = [...fig.querySelectorAll("svg[role=img]")].find(
          (x) => x.getBoundingClientRect().width > 0,
        )!;
        const shown = [...svg.querySelectorAll("text")].filter(
          (t) => getComputedStyle(t).visibility !== "hidden",
        );
        return {
          id: fig.id,
          chart: fig.dataset.chart!,
          state: svg.getAttribute("data-state"),
          first: s.querySelector<HTMLElement>("[data-step]")!.dataset.state,
          switched: fig.querySelector("[data-switch]") !== null,
          text: shown.map((t) => t.textContent).join(" "),
        };
      }),
    );
    expect(figures.length).toBeGreaterThan(0);
    for (const f of figures) {
      if (!f.switched) {
        expect(f.state, f.id).toBe(f.first);
        continue;
      }
      // Both currencies: every point's figure is drawn, the tenge ones and their dollar conversions.
      const points = loadChart(f.chart).points;
      expect(new Set(points.map((p) => p.unit)).size, f.id).toBeGreaterThan(1);
      for (const p of points) expect(f.text, `${f.id}: ${p.key}`).toContain(valueCore(p));
    }
    await close();
  });

  it("the chapter menu is plain links that jump to each chapter", async () => {
    const { page, close } = await open("/", { javaScriptEnabled: false });
    await page.getByText("Chapters", { exact: true }).click();
    await page.getByRole("link", { name: "Cash at the ATM" }).click();
    expect(new URL(page.url()).hash).toBe("#cash-at-the-atm");
    await close();
  });
});

describe("reading on any screen", () => {
  for (const width of [320, 375, 768, 1280, 1920])
    it(`at ${width} px wide nothing scrolls sideways and no text is under 12 px`, async () => {
      const { page, close } = await open("/", { viewport: { width, height: 812 } });
      const { scrollWidth, clientWidth, small } = await page.evaluate(() => {
        const small: string[] = [];
        for (const el of document.querySelectorAll<HTMLElement>("body *")) {
          const hasText = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim());
          if (!hasText || el.closest("[popover], .visually-hidden, title, desc, style, script")) continue;
          const rect = el.getBoundingClientRect();
          if (rect.width === 0 && rect.height === 0) continue;
          // SVG text is drawn in user units: scale it by the element's transform to the screen.
          const ctm = el instanceof SVGGraphicsElement ? el.getScreenCTM() : null;
          const scale = ctm ? Math.hypot(ctm.a, ctm.b) : 1;
          const size = parseFloat(getComputedStyle(el).fontSize) * scale;
          if (size < 11.95) small.push(`${el.tagName} ${size}px "${el.textContent!.trim().slice(0, 30)}"`);
        }
        return {
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
          small,
        };
      });
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
      expect(small).toEqual([]);
      await close();
    });
});

describe("controls", () => {
  it("the currency switch on the ATM chart works from the keyboard", async () => {
    const { page, close } = await open("/");
    await scrollToStep(page, "atm-total");
    await waitForState(page, "figure-cash-at-the-atm", "kzt");
    const tenge = page.getByRole("radio", { name: "Tenge" });
    const dollars = page.getByRole("radio", { name: "US dollars" });
    expect(await tenge.isChecked()).toBe(true);
    await tenge.focus();
    await page.keyboard.press("ArrowRight");
    expect(await dollars.isChecked()).toBe(true);
    await waitForState(page, "figure-cash-at-the-atm", "usd");
    await page.keyboard.press("ArrowLeft");
    await waitForState(page, "figure-cash-at-the-atm", "kzt");
    // Focus is visible on the control the keyboard is on.
    const outline = await page.evaluate(() => {
      const span = document.activeElement?.nextElementSibling;
      return span ? getComputedStyle(span).outlineStyle : "none";
    });
    expect(outline).not.toBe("none");
    await close();
  });

  it("a number's citation opens its source from the keyboard and closes with Escape", async () => {
    const { page, close } = await open("/");
    const button = page.locator("button.cite__value").first();
    await button.focus();
    await page.keyboard.press("Enter");
    const pop = page.locator("[popover]:popover-open");
    await expect.poll(() => pop.count()).toBe(1);
    expect(await pop.locator("q").textContent()).toMatch(/\d/);
    expect(await pop.locator('a[href*="methodology/#claim-"]').count()).toBe(1);
    await page.keyboard.press("Escape");
    await expect.poll(() => pop.count()).toBe(0);
    await close();
  });
});

describe("reading progress", () => {
  it("the progress line is empty at the top and full at the end", async () => {
    const { page, close } = await open("/");
    const scale = () =>
      page.locator("[data-progress]").evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
    expect(await scale()).toBeLessThan(0.05);
    await page.evaluate(() => scrollTo({ top: document.documentElement.scrollHeight, behavior: "instant" }));
    await expect.poll(scale).toBeGreaterThan(0.95);
    await close();
  });
});

describe("accessibility and hygiene", () => {
  for (const colorScheme of ["light", "dark"] as const)
    it(`axe-core finds no violations (${colorScheme})`, async () => {
      const { page, close } = await open("/", { colorScheme, reducedMotion: "reduce" });
      await scrollToStep(page, "atm-dollars");
      await waitForState(page, "figure-cash-at-the-atm", "usd");
      expect(await axeViolations(page)).toEqual([]);
      await close();
    });

  it("axe-core finds no violations on a phone with a citation open", async () => {
    const { page, close } = await open("/", { viewport: PHONE, reducedMotion: "reduce" });
    await page.locator("button.cite__value").first().click();
    expect(await axeViolations(page)).toEqual([]);
    await close();
  });

  it("loads without console errors and without a request to another origin", async () => {
    const { page, watch, close } = await open("/");
    await page.waitForLoadState("load");
    const steps = await stepsOf(page);
    await page.evaluate(() => scrollTo({ top: document.documentElement.scrollHeight, behavior: "instant" }));
    // The scroll's work is done once the last chart shows its last step.
    await waitForState(page, steps.at(-1)!.figure, steps.at(-1)!.state);
    expect(watch.errors).toEqual([]);
    expect(watch.external).toEqual([]);
    await close();
  });
});
