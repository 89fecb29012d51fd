import { describe, expect, it } from "vitest";
import { layoutAifcInvestment } from "../../src/charts/aifc-investment.ts";
import { layoutAtm } from "../../src/charts/atm-withdrawals.ts";
import { charts } from "../../src/charts/index.ts";
import { layoutSeizures } from "../../src/charts/seizures.ts";
import { growthText, layoutShutdowns } from "../../src/charts/shutdowns.ts";
import { layoutStatGrid, statColumns } from "../../src/charts/stat-grid.ts";
import { textWidth, wrapText } from "../../src/charts/text.ts";
import { timelineEvents } from "../../src/charts/timeline.ts";
import { formatValue } from "../../src/lib/format.ts";
import type { ChartPoint } from "../../src/pipeline/schema.ts";
import type { Qualifier, Unit } from "../../src/pipeline/types.ts";
import { chartData, newDocument } from "./helpers.ts";

const point = (key: string, value: number, extra: Partial<ChartPoint> = {}): ChartPoint => ({
  key,
  label: key,
  group: null,
  metric: "m",
  period: "2025",
  value,
  unit: "count",
  qualifier: "exact",
  iso: null,
  asWritten: null,
  formula: null,
  claims: ["c"],
  sources: [],
  ...extra,
});

describe("every chart", () => {
  for (const [id, entry] of Object.entries(charts)) {
    describe(id, () => {
      const data = chartData(id);
      const svg = entry.fn(data, { document: newDocument(), width: 640, idPrefix: "t" });

      it("is an SVG image named by its title and described by its generated description", () => {
        expect(svg.getAttribute("role")).toBe("img");
        const [titleId, descId] = svg.getAttribute("aria-labelledby")!.split(" ");
        expect(svg.querySelector(`title[id="${titleId}"]`)!.textContent).toBe(data.title);
        expect(svg.querySelector(`desc[id="${descId}"]`)!.textContent).toBe(entry.describe(data));
      });

      it("describes every point's value in words", () => {
        const description = entry.describe(data);
        for (const p of data.points) {
          const value = formatValue(p.value, p.unit as Unit, {
            qualifier: p.qualifier as Qualifier,
            iso: p.iso,
          });
          expect(description, p.key).toContain(value);
        }
      });

      it("marks every point with its key and a name that carries its value", () => {
        for (const p of data.points) {
          if (id === "aifc-investment" && p.key === "total") continue; // the total is the bar itself
          const marks = [...svg.querySelectorAll(`[data-key="${p.key}"][aria-label]`)];
          expect(marks.length, p.key).toBeGreaterThan(0);
          const value = formatValue(p.value, p.unit as Unit, { iso: p.iso });
          expect(
            marks.some((m) => m.getAttribute("aria-label")!.includes(value)),
            p.key,
          ).toBe(true);
        }
      });

      it("draws in every state it declares and starts in the first", () => {
        expect(svg.getAttribute("data-state")).toBe(entry.states[0]);
        for (const state of entry.states) {
          const s = entry.fn(data, { document: newDocument(), width: 320, idPrefix: "t", state });
          expect(s.getAttribute("data-state")).toBe(state);
          for (const el of s.querySelectorAll("[data-states]"))
            expect(
              el
                .getAttribute("data-states")!
                .split(" ")
                .every((x) => entry.states.includes(x)),
            ).toBe(true);
        }
      });

      it("gives every id the prefix it is asked for, so two charts on a page never clash", () => {
        const a = entry.fn(data, { document: newDocument(), width: 320, idPrefix: "a" });
        const b = entry.fn(data, { document: newDocument(), width: 320, idPrefix: "b" });
        const ids = (s: SVGSVGElement) => [...s.querySelectorAll("[id]"), s].map((e) => e.id);
        expect(ids(a).every((x) => x.startsWith("a-"))).toBe(true);
        expect(ids(a).filter((x) => ids(b).includes(x))).toEqual([]);
      });

      it("keeps every bar inside its drawing at every width the page uses", () => {
        for (const width of [288, 320, 360, 480, 640]) {
          const s = entry.fn(data, { document: newDocument(), width, idPrefix: "t" });
          for (const rect of s.querySelectorAll("rect:not(pattern rect)")) {
            const x = Number(rect.getAttribute("x") ?? 0);
            const w = Number(rect.getAttribute("width") ?? 0);
            expect(x, `${width}px`).toBeGreaterThanOrEqual(0);
            expect(x + w, `${width}px`).toBeLessThanOrEqual(width + 0.5);
          }
        }
      });

      it("colours only through the theme's CSS variables", () => {
        const styles = [...svg.querySelectorAll("[style]")].map((e) => e.getAttribute("style")!).join(";");
        expect(styles).not.toMatch(/(?:fill|stroke):\s*#/);
      });
    });
  }
});

describe("layouts", () => {
  it("growthText gives 130 against 36 as 3.6×, hedged with 'about' when a count is hedged", () => {
    // 130 / 36 = 3.611…
    expect(growthText(point("a", 36), point("b", 130))).toEqual({ multiple: 130 / 36, text: "3.6×" });
    expect(growthText(point("a", 36), point("b", 130, { qualifier: "over" })).text).toBe("about 3.6×");
  });

  it("layoutShutdowns at 320 px puts two 106.7 px columns inside the width on one scale from zero", () => {
    const layout = layoutShutdowns([point("2024", 36), point("2025", 130)], { width: 320 });
    // A band of 320 px, inner padding 0.4, outer 0.1: step = 320 / 1.8 = 177.78, bars 0.6 step wide,
    // starting at 0.1 step (17.78) and 1.1 steps (195.56).
    const [a, b] = layout.bars;
    expect(a!.x).toBeCloseTo(17.778, 3);
    expect(b!.x).toBeCloseTo(195.556, 3);
    expect(a!.width).toBeCloseTo(106.667, 3);
    // Height 280, baseline 248, top 40: 130 spans 208 px and 36 spans 208 × 36 / 130 = 57.6 px.
    expect(b!.height).toBeCloseTo(208, 3);
    expect(a!.height).toBeCloseTo(57.6, 3);
  });

  it("layoutSeizures gives each unit its own panel and scale: the largest bar of each is the same length", () => {
    const points = [
      point("crypto", 16_700_000, { group: "usd", unit: "USD" }),
      point("mining", 642_000, { group: "usd", unit: "USD" }),
      point("usdt", 4_800_000, { group: "usdt", unit: "USDT", period: "undated" }),
      point("frozen", 120_000, { group: "usdt", unit: "USDT", period: "undated" }),
    ];
    const layout = layoutSeizures(points, { width: 400 });
    expect(layout.panels.map((p) => p.group)).toEqual(["usd", "usdt"]);
    const [usd, usdt] = layout.panels;
    expect(usd!.max).toBe(16_700_000);
    expect(usdt!.max).toBe(4_800_000);
    expect(usd!.bars[0]!.barWidth).toBeCloseTo(usdt!.bars[0]!.barWidth, 6);
    // Within a panel bars are proportional: 642,000 / 16,700,000 of the crypto bar.
    expect(usd!.bars[1]!.barWidth / usd!.bars[0]!.barWidth).toBeCloseTo(642_000 / 16_700_000, 3);
    expect(usdt!.bars[1]!.barWidth / usdt!.bars[0]!.barWidth).toBeCloseTo(120_000 / 4_800_000, 3);
    expect(usdt!.title.join(" ")).toBe("USDT (A DOLLAR STABLECOIN), UNDATED REPORT");
  });

  it("layoutAtm brackets the rise from the earlier column's top to the later one's, in both currencies", () => {
    const layout = layoutAtm(chartData("atm-withdrawals"), { width: 640 });
    for (const c of ["kzt", "usd"] as const) {
      const [earlier, later] = layout.columns[c];
      expect(earlier!.derived).toBe(true);
      expect(later!.derived).toBe(false);
      expect(layout.rise[c].yTop).toBe(later!.y);
      expect(layout.rise[c].yBottom).toBe(earlier!.y);
      expect(later!.height).toBeGreaterThan(earlier!.height);
    }
    expect(layout.rise.kzt.text).toBe("+1 trillion tenge");
    expect(layout.rise.usd.text).toBe("+$1.8 billion");
    // The hedge goes on its own line above the figure. "More than 13.2 trillion" less one trillion is
    // more than 12.2 trillion, not "about" it.
    expect(layout.columns.kzt.map((c) => [c.lead, c.value])).toEqual([
      ["More than", "12.2 trillion tenge"],
      ["More than", "13.2 trillion tenge"],
    ]);
  });

  it("layoutAtm at 320 px leaves the rise label its room inside the drawing", () => {
    const layout = layoutAtm(chartData("atm-withdrawals"), { width: 320 });
    for (const c of ["kzt", "usd"] as const) {
      const r = layout.rise[c];
      expect(r.x + 6 + textWidth(r.text, 14, { bold: true })).toBeLessThanOrEqual(320);
    }
  });

  it("layoutAifcInvestment splits $6 billion into two-thirds portfolio and one-third the rest", () => {
    const layout = layoutAifcInvestment(chartData("aifc-investment"), { width: 600 });
    expect(layout.segments.map((s) => [s.key, s.share])).toEqual([
      ["portfolio", "67%"],
      ["other", "33%"],
    ]);
    expect(layout.segments[0]!.width).toBeCloseTo(400, 6);
  });

  it("layoutStatGrid drops to fewer columns rather than setting a figure below 28px", () => {
    expect(statColumns(250, 3)).toBe(1);
    expect(statColumns(400, 3)).toBe(2);
    expect(statColumns(640, 4)).toBe(2);
    const layout = layoutStatGrid(chartData("cashout-networks").points, { width: 640 });
    expect(Math.min(...layout.cells.map((c) => c.valueSize))).toBeGreaterThanOrEqual(28);
    for (const c of layout.cells)
      expect(c.x + textWidth(c.value, c.valueSize, { bold: true })).toBeLessThanOrEqual(640);
  });

  it("timelineEvents orders the dated events oldest first and dates a year at its first of January", () => {
    const events = timelineEvents(chartData("timeline"));
    expect(events.map((e) => e.when)).toEqual(["2021", "November 2023", "May 2025"]);
    expect(events[0]!.date.toISOString()).toBe("2021-01-01T00:00:00.000Z");
  });

  it("wrapText keeps each line within the width and never splits a word", () => {
    const lines = wrapText("Cryptocurrency seized from shut platforms", 150, 14);
    expect(lines.join(" ")).toBe("Cryptocurrency seized from shut platforms");
    for (const l of lines) expect(textWidth(l, 14)).toBeLessThanOrEqual(150);
  });
});
