import { describe, expect, it } from "vitest";
import { layoutAifcMarket } from "../../src/charts/aifc-market.ts";
import { layoutAtm } from "../../src/charts/atm-withdrawals.ts";
import { layoutBarRows, valuePlacement } from "../../src/charts/bar-rows.ts";
import { cashoutRows, channels } from "../../src/charts/cashout-networks.ts";
import { FIGURE_SIZE, layoutFigures } from "../../src/charts/figures.ts";
import { createFrame, DRAWINGS, makeFluid, stateStyles } from "../../src/charts/frame.ts";
import { charts } from "../../src/charts/index.ts";
import { layoutRules } from "../../src/charts/rules.ts";
import { groupHeading, seizureRows } from "../../src/charts/seizures.ts";
import { layoutShutdowns } from "../../src/charts/shutdowns.ts";
import { textWidth, wrapText } from "../../src/shared/text-measure.ts";
import { layoutTimeline, timelineEvents } from "../../src/charts/timeline.ts";
import type { ChartPoint } from "../../src/pipeline/schema.ts";
import { asRead } from "../helpers/values.ts";
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

/** The hedge of a point in words ("more than"), "" when exact, as asRead writes it. */
const hedge = (p: ChartPoint) =>
  asRead(p)
    .slice(0, -asRead({ ...p, qualifier: null }).length)
    .trim();
const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A percentage attribute ("37.5%") as a share of the width. */
const share = (v: string | null) => {
  expect(v, "a horizontal position should be a percentage").toMatch(/^-?[\d.]+%$/);
  return Number(v!.slice(0, -1)) / 100;
};

describe("every chart", () => {
  for (const [id, entry] of Object.entries(charts)) {
    describe(id, () => {
      const data = chartData(id);
      const svg = entry.fn(data, { document: newDocument(), width: 480, idPrefix: "t" });

      it("is an SVG image named by its title and described by its generated description", () => {
        expect(svg.getAttribute("role")).toBe("img");
        const [titleId, descId] = svg.getAttribute("aria-labelledby")!.split(" ");
        expect(svg.querySelector(`title[id="${titleId}"]`)!.textContent).toBe(data.title);
        expect(svg.querySelector(`desc[id="${descId}"]`)!.textContent).toBe(entry.describe(data));
      });

      it("describes every point's value in words", () => {
        const description = entry.describe(data);
        for (const p of data.points) expect(description, p.key).toContain(asRead(p));
      });

      it("marks every point with its key and a name that carries its value", () => {
        for (const p of data.points) {
          const marks = [...svg.querySelectorAll(`[data-key="${p.key}"][aria-label]`)];
          expect(marks.length, p.key).toBeGreaterThan(0);
          const value = asRead({ ...p, qualifier: null });
          expect(
            marks.some((m) => m.getAttribute("aria-label")!.includes(value)),
            p.key,
          ).toBe(true);
        }
      });

      it("draws in every state it declares, starts in the first and emphasises only in declared states", () => {
        expect(svg.getAttribute("data-state")).toBe(entry.states[0]);
        for (const state of entry.states) {
          const s = entry.fn(data, { document: newDocument(), width: 268, idPrefix: "t", state });
          expect(s.getAttribute("data-state")).toBe(state);
          for (const attr of ["data-states", "data-focus"])
            for (const el of s.querySelectorAll(`[${attr}]`))
              for (const x of el.getAttribute(attr)!.split(" ").filter(Boolean))
                expect(entry.states, `${attr}="${x}"`).toContain(x);
        }
      });

      it("gives every id the prefix it is asked for, so two charts on a page never clash", () => {
        const a = entry.fn(data, { document: newDocument(), width: 268, idPrefix: "a" });
        const b = entry.fn(data, { document: newDocument(), width: 268, idPrefix: "b" });
        const ids = (s: SVGSVGElement) => [...s.querySelectorAll("[id]"), s].map((e) => e.id);
        expect(ids(a).every((x) => x.startsWith("a-"))).toBe(true);
        expect(ids(a).filter((x) => ids(b).includes(x))).toEqual([]);
      });

      it("is fluid: no viewBox, a height in px, and every bar inside the width as a share of it", () => {
        for (const { width } of DRAWINGS) {
          const s = entry.fn(data, { document: newDocument(), width, idPrefix: "t" });
          expect(s.hasAttribute("viewBox")).toBe(false);
          expect(s.getAttribute("width")).toBe("100%");
          expect(Number(s.getAttribute("height"))).toBeGreaterThan(60);
          for (const rect of s.querySelectorAll("rect:not(pattern rect)")) {
            const x = share(rect.getAttribute("x"));
            const w = share(rect.getAttribute("width"));
            expect(x, `${width}px`).toBeGreaterThanOrEqual(0);
            expect(x + w, `${width}px`).toBeLessThanOrEqual(1.0001);
          }
        }
      });

      it("colours only through the theme's CSS variables", () => {
        const styles = [...svg.querySelectorAll("[style]")].map((e) => e.getAttribute("style")!).join(";");
        expect(styles).not.toMatch(/(?:fill|stroke):\s*#/);
        expect(svg.querySelector("style")?.textContent ?? "").not.toMatch(/(?:fill|stroke):\s*#/);
      });
    });
  }
});

describe("the frame", () => {
  it("makeFluid turns horizontal positions into shares of the width and keeps vertical ones in px", () => {
    const doc = newDocument();
    const svg = doc.createElementNS("http://www.w3.org/2000/svg", "svg");
    svg.innerHTML =
      '<rect x="50" y="10" width="100" height="20"/><line x1="0" x2="200" y1="5" y2="5"/>' +
      '<g transform="translate(6,0)"><text transform="translate(100,40)" y="0.32em">a</text></g>' +
      '<text transform="translate(20,60)"><tspan x="0" y="0.71em">b</tspan><tspan x="0" dy="1em">c</tspan></text>' +
      '<defs><pattern><rect width="6" height="6"/></pattern></defs>';
    makeFluid(svg, 200);
    const [rect, patternRect] = svg.querySelectorAll("rect");
    expect([rect!.getAttribute("x"), rect!.getAttribute("width"), rect!.getAttribute("y")]).toEqual([
      "25%",
      "50%",
      "10",
    ]);
    expect(patternRect!.getAttribute("width")).toBe("6");
    const line = svg.querySelector("line")!;
    expect([line.getAttribute("x1"), line.getAttribute("x2")]).toEqual(["0%", "100%"]);
    // A group's translation is an offset in px (Plot's dx): it stays.
    expect(svg.querySelector("g")!.getAttribute("transform")).toBe("translate(6,0)");
    const [a, b] = svg.querySelectorAll("text");
    expect([
      a!.getAttribute("x"),
      a!.getAttribute("y"),
      a!.getAttribute("dy"),
      a!.hasAttribute("transform"),
    ]).toEqual(["50%", "40", "0.32em", false]);
    const lines = [...b!.querySelectorAll("tspan")].map((t) => [t.getAttribute("x"), t.getAttribute("dy")]);
    expect(b!.getAttribute("y")).toBe("60");
    expect(lines).toEqual([
      ["10%", "0.71em"],
      ["10%", "1em"],
    ]);
  });

  it("makeFluid refuses a path, which would stretch unevenly, unless it sits in a fixed group", () => {
    const doc = newDocument();
    const svg = doc.createElementNS("http://www.w3.org/2000/svg", "svg");
    svg.innerHTML = '<path d="M0,0L10,10"/>';
    expect(() => makeFluid(svg, 100)).toThrow(/cannot stretch a <path>/);
    svg.innerHTML = '<g data-fixed=""><path d="M0,0L10,10"/><rect x="5" width="10"/></g>';
    makeFluid(svg, 100);
    expect(svg.querySelector("rect")!.getAttribute("x")).toBe("5");
  });

  it("focusIn writes the initial state's colour inline and the stylesheet switches it in every state and in print", () => {
    const frame = createFrame(newDocument(), {
      width: 100,
      height: 50,
      idPrefix: "f",
      title: "T",
      description: "D",
      states: ["a", "b", "c"],
      state: "b",
    });
    const bar = frame.focusIn(frame.svg.append("rect"), ["a"], "bar");
    expect(bar.attr("style")).toBe("fill:var(--c-neutral-soft, #c4ccd6)");
    const css = frame.node().querySelector("style")!.textContent!;
    // A bar is dimmed unless the state puts it in focus, when it takes the accent.
    expect(css).toContain(
      'svg[id="f-0"] [data-role="bar"]{--f:var(--c-accent, #b3261e);--d:var(--c-neutral-soft, #c4ccd6);fill:var(--c,var(--d))!important}',
    );
    for (const state of ["a", "b", "c"])
      expect(css).toContain(`svg[id="f-0"][data-state="${state}"] [data-focus~="${state}"]{--c:var(--f)}`);
    // Print shows the last state, whatever the page's: important, since the state rules are more specific.
    expect(css).toContain(
      '@media print{svg[id="f-0"] [data-states]{opacity:0!important;visibility:hidden!important}',
    );
    expect(css).toContain('svg[id="f-0"][data-state] [data-focus~="c"]{--c:var(--f)!important}');
  });

  it("appendPlot keeps Plot's default anchor: the ATM chart's figures and years are centred on their columns", () => {
    const svg = charts["atm-withdrawals"]!.fn(chartData("atm-withdrawals"), {
      document: newDocument(),
      width: 480,
    });
    /** The text-anchor in effect: the nearest one set on the element or an ancestor, else SVG's "start". */
    const anchor = (el: Element | null): string =>
      !el
        ? "start"
        : (el.getAttribute("text-anchor") ??
          /text-anchor:\s*(\w+)/.exec(el.getAttribute("style") ?? "")?.[1] ??
          anchor(el.parentElement));
    const texts = [...svg.querySelectorAll("text")].filter((t) =>
      /^(₸|\$)[\d.]+[TB]$|^2024$/.test(t.textContent!.trim()),
    );
    expect(texts.length).toBeGreaterThan(0);
    for (const t of texts) expect(anchor(t), t.textContent!).toBe("middle");
  });

  it("stateStyles prints the state it is given", () => {
    expect(stateStyles("r", ["a", "b"], "a", [])).toContain(
      'svg[id="r"][data-state] [data-states~="a"]{opacity:1!important;visibility:visible!important}',
    );
  });
});

describe("layouts", () => {
  it("layoutBarRows sets each label above its bar and no two rows overlap", () => {
    const layout = layoutBarRows(
      [
        {
          key: "a",
          value: 10,
          valueText: "10",
          labels: [{ text: "A label long enough to wrap onto a second line" }],
          heading: "Group",
        },
        {
          key: "b",
          value: 5,
          valueText: "5",
          labels: [{ text: "B" }, { text: "a second label line", key: "c" }],
        },
      ],
      { width: 200 },
    );
    const [a, b] = layout.rows;
    expect(a!.labels[0]!.lines.length).toBeGreaterThan(1);
    for (const line of a!.labels[0]!.lines) expect(textWidth(line, 14)).toBeLessThanOrEqual(200);
    // Each row's labels end before its bar starts; the next row starts below the bar.
    expect(a!.labels[0]!.y + a!.labels[0]!.lines.length * 18).toBeLessThanOrEqual(a!.barY);
    expect(b!.labels[0]!.y).toBeGreaterThanOrEqual(a!.barY + layout.bar);
    expect(b!.labels[1]!.y).toBeGreaterThanOrEqual(b!.labels[0]!.y + 18);
    expect(layout.headings[0]!.y).toBeLessThan(a!.labels[0]!.y);
    expect(layout.height).toBeGreaterThanOrEqual(b!.barY + layout.bar);
  });

  it("valuePlacement puts a value after a short bar and inside a bar that runs to the edge", () => {
    const layout = { width: 268, scaleWidth: 266 };
    expect(valuePlacement({ value: 1, valueText: "$1 million" }, 10, layout)).toBe("after");
    expect(valuePlacement({ value: 10, valueText: "$10 million" }, 10, layout)).toBe("inside");
    // Past the scale's end (a bar cut with a break) counts as the end.
    expect(valuePlacement({ value: 99, valueText: "99" }, 10, layout)).toBe("inside");
  });

  it("layoutShutdowns draws the exchangers on a scale fitted to them and everything on one that holds the largest count", () => {
    const data = chartData("shutdowns");
    const years = data.points.filter((p) => p.group === "exchangers");
    const others = data.points.filter((p) => p.group !== "exchangers");
    const layout = layoutShutdowns(data, { width: 268 });
    expect(layout.max).toEqual({
      zoomed: Math.max(...years.map((p) => p.value)),
      full: Math.max(...data.points.map((p) => p.value)),
    });
    // The years first under one heading, then the other categories under a second.
    expect(layout.rows.map((r) => r.key)).toEqual([...years, ...others].map((p) => p.key));
    const firstOther = layout.rows[years.length]!;
    expect(layout.headings.map((h) => h.y < firstOther.labels[0]!.y)).toEqual([true, true]);
    expect(layout.headings[1]!.y).toBeGreaterThan(layout.rows[years.length - 1]!.barY);
    for (const h of layout.headings) expect(h.lines.join(" ")).toBe(h.lines.join(" ").toUpperCase());
  });

  it("seizureRows puts USDT on the dollar scale at a dollar a coin and says so in the heading", () => {
    const data = chartData("seizures");
    const rows = seizureRows(data);
    const usdt = data.points.filter((p) => p.unit === "USDT");
    expect(usdt.length).toBeGreaterThan(0);
    for (const p of usdt) {
      const row = rows.find((r) => r.key === p.key)!;
      expect(row.value, p.key).toBe(p.value);
      expect(row.valueText, p.key).toBe(asRead(p));
    }
    const first = rows.find((r) => r.key === usdt[0]!.key)!;
    expect(first.heading).toMatch(/, in USDT at about a dollar each$/);
    expect(groupHeading([point("x", 1, { unit: "USD" })])).toBe("2025, in US dollars");
    expect(groupHeading([point("x", 1, { unit: "USDT", period: "undated" })])).toBe(
      "Undated report, in USDT at about a dollar each",
    );
    expect(() => seizureRows({ ...chartData("seizures"), points: [point("t", 1, { unit: "KZT" })] })).toThrow(
      /KZT/,
    );
  });

  it("cashout channels put each group's dollar amount on the bar and its counts in the label, largest first", () => {
    const data = chartData("cashout-networks");
    const group = (p: ChartPoint) => p.group ?? p.key;
    const amounts = data.points.filter((p) => p.unit === "USD").sort((a, b) => b.value - a.value);
    expect(channels(data).map((c) => c.amount.key)).toEqual(amounts.map((p) => p.key));
    for (const amount of amounts) {
      const row = cashoutRows(data).find((r) => r.key === amount.key)!;
      const counts = data.points.filter((p) => p.unit === "count" && group(p) === group(amount));
      expect(row.valueText).toBe(asRead(amount));
      expect(row.labels.map((l) => l.key)).toEqual([undefined, ...counts.map((c) => c.key)]);
      // "81 underground networks uncovered": the count as read, then its label.
      for (const [i, c] of counts.entries())
        expect(row.labels[i + 1]!.text.toLowerCase()).toBe(`${asRead(c)} ${c.label}`.toLowerCase());
    }
  });

  it("the ATM chart brackets the rise from the earlier column's top to the later one's, in both currencies", () => {
    const data = chartData("atm-withdrawals");
    const layout = layoutAtm(data, { width: 480 });
    const svg = charts["atm-withdrawals"]!.fn(data, { document: newDocument(), width: 480 });
    const num = (el: Element | null, name: string) => Number(el!.getAttribute(name));
    for (const c of ["kzt", "usd"] as const) {
      const [earlier, later] = layout.columns[c].map((col) => {
        const p = data.points.find((q) => q.key === col.key)!;
        const rect = svg.querySelector(`rect[data-key="${col.key}"]`);
        return { p, col, top: num(rect, "y"), height: num(rect, "height") };
      });
      expect(earlier!.col.derived).toBe(earlier!.p.formula !== null);
      expect(later!.col.derived).toBe(later!.p.formula !== null);
      // On one scale from zero: the columns' heights are in the ratio of their values.
      expect(earlier!.height / later!.height).toBeCloseTo(earlier!.p.value / later!.p.value, 6);
      const bracket = svg.querySelector(`line[data-key="${layout.rise[c].key}"]`);
      expect([num(bracket, "y1"), num(bracket, "y2")].sort()).toEqual([later!.top, earlier!.top].sort());
    }
    // Each tenge figure carries its own hedge ("more than" less a rise is still "more than"), and
    // the dollar conversion of the same year beneath it.
    expect(layout.columns.kzt.map((c) => [c.lead, c.conversion])).toEqual(
      layout.columns.kzt.map((col, i) => {
        const p = data.points.find((q) => q.key === col.key)!;
        const usd = data.points.find((q) => q.key === layout.columns.usd[i]!.key)!;
        return [
          capitalised(hedge(p)),
          `(${asRead({ ...usd, qualifier: null }, { compact: layout.compact })})`,
        ];
      }),
    );
  });

  it("layoutAtm at the narrow width sets compact figures and wraps the currency note inside the width", () => {
    const data = chartData("atm-withdrawals");
    const layout = layoutAtm(data, { width: 268 });
    expect(layout.compact).toBe(true);
    const rise = data.points.find((p) => p.key === layout.rise.kzt.key)!;
    expect(layout.rise.kzt.text).toBe(`+${asRead({ ...rise, qualifier: null }, { compact: true })}`);
    for (const line of layout.notes.usd) expect(textWidth(line, 14)).toBeLessThanOrEqual(268);
    expect(layout.notes.usd.length).toBeGreaterThan(1);
  });

  it("layoutFigures sets every figure at one size, side by side where they fit and stacked where not", () => {
    const items = ["$6.8 billion", "192,000", "113"].map((value, i) => ({
      key: `k${i}`,
      label: "A label",
      lead: "",
      value,
    }));
    const wide = layoutFigures(items, { width: 480 });
    expect(new Set(wide.figures.map((f) => f.valueY)).size).toBe(1);
    const narrow = layoutFigures(items, { width: 180 });
    expect(new Set(narrow.figures.map((f) => f.valueY)).size).toBeGreaterThan(1);
    for (const f of narrow.figures)
      expect(f.x + textWidth(f.value, FIGURE_SIZE, { bold: true })).toBeLessThanOrEqual(180);
  });

  it("layoutRules and layoutAifcMarket stack their parts without overlap", () => {
    const rules = layoutRules(chartData("rules"), { width: 268 });
    expect(rules.figures.headings[0]!.rule).toBeGreaterThanOrEqual(rules.bars.height);
    const data = chartData("aifc-market");
    const market = layoutAifcMarket(data, { width: 268 });
    expect(market.bars.headings[0]!.rule).toBeGreaterThanOrEqual(market.figures.height);
    expect(market.bars.rows.map((r) => r.key)).toEqual(
      data.points.filter((p) => p.group === "platforms").map((p) => p.key),
    );
  });

  it("the AIFC investment bar splits the total into the portfolio and the rest, each in proportion to its value", () => {
    const data = chartData("aifc-investment");
    const value = (key: string) => data.points.find((p) => p.key === key)!.value;
    const svg = charts["aifc-investment"]!.fn(data, { document: newDocument(), width: 600 });
    const rect = (key: string) => svg.querySelector(`rect[data-key="${key}"]`)!;
    const [portfolio, other] = ["portfolio", "other"].map((k) => ({
      x: share(rect(k).getAttribute("x")),
      w: share(rect(k).getAttribute("width")),
    }));
    // Shares of the width, each part less the 2 px gap after it.
    expect(portfolio!.x).toBe(0);
    expect(portfolio!.w).toBeCloseTo(value("portfolio") / value("total") - 2 / 600, 4);
    expect(other!.x).toBeCloseTo(value("portfolio") / value("total"), 4);
    expect(other!.w).toBeCloseTo(value("other") / value("total") - 2 / 600, 4);
  });

  it("timelineEvents orders the dated events oldest first and dates a year at its first of January", () => {
    const data = chartData("timeline");
    // A year's first of January; a month's first day; a day as given.
    const time = (p: ChartPoint) =>
      p.unit === "year" ? Date.UTC(p.value, 0, 1) : Date.parse(p.iso!.length === 7 ? `${p.iso}-01` : p.iso!);
    const oldestFirst = [...data.points].sort((a, b) => time(a) - time(b));
    const events = timelineEvents(data);
    expect(events.map((e) => e.when)).toEqual(oldestFirst.map((p) => asRead(p)));
    expect(events.map((e) => +e.date)).toEqual(oldestFirst.map(time));
  });

  it("the timeline sets its events in date order on one time scale, each label clear of the next event", () => {
    const data = chartData("timeline");
    const { events } = layoutTimeline(data, { width: 268 });
    const svg = charts["timeline"]!.fn(data, { document: newDocument(), width: 268 });
    // Each event's dot, at the y of its date; the ring around the one in focus has the same centre.
    const dotY = (key: string) => Number(svg.querySelector(`circle[data-key="${key}"]`)!.getAttribute("cy"));
    const ys = events.map((e) => dotY(e.key));
    const [a, b, c] = events.map((e) => +e.date);
    // One time scale: gaps in px are proportional to gaps in time.
    expect((ys[2]! - ys[1]!) / (ys[1]! - ys[0]!)).toBeCloseTo((c! - b!) / (b! - a!), 6);
    // Below each dot, its date (one line) and its label's lines, 18 px each, end before the next dot.
    for (let i = 0; i + 1 < events.length; i++)
      expect(ys[i]! + 12 + events[i]!.lines.length * 18).toBeLessThanOrEqual(ys[i + 1]! - 6);
  });

  it("wrapText keeps each line within the width and never splits a word", () => {
    const lines = wrapText("Cryptocurrency seized from shut platforms", 150, 14);
    expect(lines.join(" ")).toBe("Cryptocurrency seized from shut platforms");
    for (const l of lines) expect(textWidth(l, 14)).toBeLessThanOrEqual(150);
  });
});
