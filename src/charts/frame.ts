/**
 * What every chart's SVG shares: the accessible root (`role="img"`, `<title>`, `<desc>`), ids from a
 * prefix and a counter, a fluid drawing whose text never scales, and the state machinery.
 *
 * Fluid: a chart draws in px at its design width (the narrowest container it is shown in); `node()`
 * then turns every horizontal position into a percentage of the width and keeps vertical ones in
 * px, with no viewBox. In a wider container bars lengthen and labels move apart, while text stays at
 * its set size: the chart's type scale is the same at every width. Labels laid out to fit at the
 * design width therefore fit, without overlapping, at every width above it.
 *
 * States: the root carries `data-state="<current>"`. An element that shows in some states only
 * carries `data-states="a b"`; a mark that is emphasised in some states and dimmed in the others
 * carries `data-focus="a b"` and a `data-role` naming its colours. A small stylesheet inside the SVG
 * applies both from the root's attribute, so client code switches state by setting one attribute,
 * with no re-render; in print it applies the chart's print state, the complete picture. The
 * initial state is also written into attributes and inline styles, so it is right where the
 * stylesheet is dropped (downloads, resvg).
 *
 *   const frame = createFrame(document, { width, height, idPrefix, title, description, states, state });
 *   appendPlot(frame, [Plot.rect(rows, { x1: 0, x2: "value", y1: "top", y2: "bottom",
 *     render: each(rows, (bar) => frame.focusIn(frame.showIn(bar, ["2025"]), ["2025"], "bar")) })]);
 *   return frame.node();
 */
import * as Plot from "@observablehq/plot";
import { select, type Selection } from "d3-selection";
import type { ChartDataset, ChartPoint } from "../pipeline/schema.ts";
import { formatValueIn } from "../i18n/format.ts";
import type { Locale } from "../i18n/locales.ts";
import { cssColor, fonts, fontSizes } from "../styles/tokens.ts";
import type { Qualifier } from "../pipeline/types.ts";

const SVG_NS = "http://www.w3.org/2000/svg";

// Any element type: d3's generics are invariant enough that a looser alias keeps call sites clean.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Sel = Selection<any, unknown, null, undefined>;

/**
 * The drawings every chart is made in: a narrow one for phones and narrow embeds, a wide one for
 * everything from a tablet column up. `width` is the design width (the narrowest container the
 * drawing is shown in), `max` the widest it grows to.
 */
export const DRAWINGS = [
  { width: 268, max: 479 },
  { width: 480, max: 720 },
] as const;

/** The widest a drawing designed at `width` grows. */
export const maxWidthFor = (width: number) =>
  DRAWINGS.find((d) => width <= d.width)?.max ?? Math.max(width, DRAWINGS.at(-1)!.max);

export interface FrameOptions {
  /** Design width in px: the layout fits from here up to the drawing's maximum. */
  width: number;
  height: number;
  idPrefix: string;
  title: string;
  description: string;
  states: readonly string[];
  /** The state to draw; unknown or missing means the first of `states`. */
  state?: string | undefined;
  /** The state printed, with every value labelled; the last of `states` unless given. */
  print?: string | undefined;
  /** The language of the chart's words and figures; English unless given. */
  locale?: Locale | undefined;
}

/** How a mark looks emphasised and dimmed: one CSS property, two values. */
export interface Role {
  prop: "fill" | "stroke" | "opacity";
  focus: string;
  dim: string;
}

/** The roles marks take: bars and lines in the accent when emphasised, text in full strength. */
export const ROLES = {
  bar: { prop: "fill", focus: cssColor("accent"), dim: cssColor("neutralSoft") },
  value: { prop: "fill", focus: cssColor("text"), dim: cssColor("muted") },
  accent: { prop: "fill", focus: cssColor("accent"), dim: cssColor("muted") },
  line: { prop: "stroke", focus: cssColor("accent"), dim: cssColor("neutralSoft") },
  /** Text set inside a bar: the page's colour on the accent, the text's on the soft neutral. */
  inside: { prop: "fill", focus: cssColor("bg"), dim: cssColor("text") },
  fade: { prop: "opacity", focus: "1", dim: "0.4" },
} as const satisfies Record<string, Role>;
export type RoleName = keyof typeof ROLES;

export interface Frame {
  svg: Selection<SVGSVGElement, unknown, null, undefined>;
  /** The state drawn initially. */
  state: string;
  /** The language the chart is written in. */
  locale: Locale;
  /** The design width. */
  width: number;
  height: number;
  /** A fresh id: the prefix and a counter. */
  uid: () => string;
  /** Marks `sel` as visible only in `states`. */
  showIn: (sel: Sel, states: readonly string[]) => Sel;
  /** Marks `sel` as emphasised in `states` and dimmed in every other state, coloured by `role`. */
  focusIn: (sel: Sel, states: readonly string[], role: RoleName) => Sel;
  /** The finished SVG, made fluid. */
  node: () => SVGSVGElement;
}

/** `state` when the chart has it, else the chart's first (default) state. */
export function maybeState(states: readonly string[], state: string | undefined): string {
  return state !== undefined && states.includes(state) ? state : states[0]!;
}

export function createFrame(document: Document, options: FrameOptions): Frame {
  const { width, height, idPrefix, title, description, states } = options;
  const state = maybeState(states, options.state);
  const print = maybeState(states, options.print ?? states.at(-1));
  let counter = 0;
  const uid = () => `${idPrefix}-${counter++}`;
  const svg = select(document.createElementNS(SVG_NS, "svg") as SVGSVGElement);
  const rootId = uid();
  const titleId = uid();
  const descId = uid();
  svg
    .attr("xmlns", SVG_NS)
    .attr("id", rootId)
    .attr("class", "chart")
    .attr("role", "img")
    .attr("aria-labelledby", `${titleId} ${descId}`)
    .attr("width", "100%")
    .attr("height", height)
    .attr("data-width", width)
    .attr("data-state", state)
    .attr(
      "style",
      css({
        display: "block",
        "max-width": `${maxWidthFor(width)}px`,
        overflow: "visible",
        "font-family": fonts.sans,
        "font-size": `${fontSizes.sm}px`,
        fill: cssColor("text"),
      }),
    );
  svg.append("title").attr("id", titleId).text(title);
  svg.append("desc").attr("id", descId).text(description);
  const style = states.length > 1 ? svg.append("style") : null;
  const roles = new Set<RoleName>();
  const showIn = (sel: Sel, visible: readonly string[]) => {
    sel.attr("data-states", visible.join(" "));
    if (!visible.includes(state)) sel.attr("visibility", "hidden");
    return sel;
  };
  const focusIn = (sel: Sel, focused: readonly string[], role: RoleName) => {
    roles.add(role);
    const r: Role = ROLES[role];
    const value = focused.includes(state) ? r.focus : r.dim;
    sel
      .attr("data-focus", focused.join(" "))
      .attr("data-role", role)
      .attr("style", (_, i, nodes) => {
        const before = (nodes[i] as Element).getAttribute("style");
        return `${before ? `${before};` : ""}${r.prop}:${value}`;
      });
    return sel;
  };
  const node = () => {
    style?.text(stateStyles(rootId, states, print, [...roles]));
    const root = svg.node()!;
    makeFluid(root, width);
    return root;
  };
  return { svg, state, locale: options.locale ?? "en", width, height, uid, showIn, focusIn, node };
}

/**
 * The stylesheet that switches states from the root's `data-state`, and prints the print state.
 * Compact, since every drawing carries its own: an element shown in some states is hidden unless
 * the current state is one of them; a mark with a role takes its dimmed colour (`--d`) unless the
 * current state puts it in focus, which sets `--c` to its focus colour (`--f`).
 */
export function stateStyles(
  rootId: string,
  states: readonly string[],
  print: string,
  roles: readonly RoleName[],
): string {
  const r = `svg[id="${rootId}"]`;
  const shown = (s: string, important = "") =>
    `${r}[data-state${important ? "" : `="${s}"`}] [data-states~="${s}"]{opacity:1${important};visibility:visible${important}}`;
  const focused = (s: string, important = "") =>
    `${r}[data-state${important ? "" : `="${s}"`}] [data-focus~="${s}"]{--c:var(--f)${important}}`;
  return [
    `${r} [data-states],${r} [data-focus]{transition:opacity .45s ease,visibility .45s,fill .45s ease,stroke .45s ease}`,
    `${r} [data-states]{opacity:0;visibility:hidden}`,
    ...roles.map((name) => {
      const role: Role = ROLES[name];
      return `${r} [data-role="${name}"]{--f:${role.focus};--d:${role.dim};${role.prop}:var(--c,var(--d))!important}`;
    }),
    ...states.flatMap((s) => [shown(s), focused(s)]),
    // Print shows the print state whatever state the page is in.
    `@media print{${r} [data-states]{opacity:0!important;visibility:hidden!important}${shown(print, "!important")}` +
      `${r} [data-focus]{--c:var(--d)!important}${focused(print, "!important")}}`,
    `@media (prefers-reduced-motion:reduce){${r} [data-states],${r} [data-focus]{transition:none}}`,
  ].join("");
}

const round = (n: number) => Math.round(n * 1000) / 1000;
const TRANSLATE = /^translate\(\s*(-?[\d.e-]+)[\s,]+(-?[\d.e-]+)\s*\)$/;

/**
 * Turns the horizontal positions of a drawing made at `width` into percentages of the width:
 * `x`/`width` of rects, `x1`/`x2` of lines, `cx` of circles, `x` of text (folding in Plot's
 * per-text `translate`). Group translations stay in px: they are offsets (Plot's dx), not places.
 * Definitions (patterns, markers) and anything inside an element marked `data-fixed` (drawn to
 * keep its px offsets at every width) are left alone. A path would stretch unevenly, so any other
 * path is refused.
 */
export function makeFluid(root: Element, width: number): void {
  const pct = (px: number) => `${round((px / width) * 100)}%`;
  const num = (el: Element, name: string) => Number(el.getAttribute(name) ?? 0);
  for (const el of root.querySelectorAll("*")) {
    if (el.closest("defs, pattern, marker, clipPath, mask, title, desc, style, [data-fixed]")) continue;
    const tag = el.tagName.toLowerCase();
    const transform = el.getAttribute("transform");
    if (tag === "g") {
      if (transform && !TRANSLATE.test(transform))
        throw new Error(`makeFluid: a group may only be translated, not "${transform}"`);
      continue;
    }
    if (tag === "rect") {
      el.setAttribute("x", pct(num(el, "x")));
      el.setAttribute("width", pct(num(el, "width")));
    } else if (tag === "line") {
      el.setAttribute("x1", pct(num(el, "x1")));
      el.setAttribute("x2", pct(num(el, "x2")));
    } else if (tag === "circle" || tag === "ellipse") {
      el.setAttribute("cx", pct(num(el, "cx")));
    } else if (tag === "text") {
      fluidText(el, pct);
      continue;
    } else if (tag === "tspan") {
      continue; // done with its text
    } else {
      throw new Error(`makeFluid: cannot stretch a <${tag}> evenly; draw it from rects, lines and text`);
    }
    if (transform) throw new Error(`makeFluid: a <${tag}> may not carry its own transform`);
  }
}

function fluidText(el: Element, pct: (px: number) => string): void {
  const m = TRANSLATE.exec(el.getAttribute("transform") ?? "");
  if (el.hasAttribute("transform") && !m)
    throw new Error(`makeFluid: a text may only be translated, not "${el.getAttribute("transform")}"`);
  const [tx, ty] = m ? [Number(m[1]), Number(m[2])] : [0, 0];
  el.removeAttribute("transform");
  const x = Number(el.getAttribute("x") ?? 0);
  el.setAttribute("x", pct(tx + x));
  const y = el.getAttribute("y");
  if (y === null || /^-?[\d.]+$/.test(y)) el.setAttribute("y", String(round(ty + Number(y ?? 0))));
  else {
    // Plot sets a line's anchor in ems ("0.32em"): keep that as a shift from the translated y.
    if (el.hasAttribute("dy")) throw new Error("makeFluid: a text with both an em y and a dy");
    el.setAttribute("y", String(round(ty)));
    el.setAttribute("dy", y);
  }
  for (const tspan of el.querySelectorAll("tspan")) {
    if (tspan.hasAttribute("x")) tspan.setAttribute("x", pct(tx + Number(tspan.getAttribute("x"))));
    const ty2 = tspan.getAttribute("y");
    if (ty2 !== null) {
      if (/^-?[\d.]+$/.test(ty2)) tspan.setAttribute("y", String(round(ty + Number(ty2))));
      else {
        // The first line's em offset from Plot: relative to the text's own y, so a dy.
        if (tspan.hasAttribute("dy")) throw new Error("makeFluid: a tspan with both an em y and a dy");
        tspan.removeAttribute("y");
        tspan.setAttribute("dy", ty2);
      }
    }
  }
}

/** `{fill: "red", "font-weight": 700}` → `"fill:red;font-weight:700"`, for `style` attributes. */
export function css(props: Record<string, string | number | undefined>): string {
  return Object.entries(props)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}:${v}`)
    .join(";");
}

/**
 * Observable Plot marks drawn into the frame, on the frame's width and height with no margins and
 * no axes (labels are direct): x is a scale (linear unless told); y is in px (`identity`) unless
 * told, where the chart's layout function has placed every row already. Plot's own root and
 * stylesheet are dropped; its marks move into a group of the frame, where `node()` makes them
 * fluid with the rest.
 *
 *   appendPlot(frame, [Plot.rect(rows, { x1: 0, x2: "value", y1: "top", y2: "bottom", render: each(…) })],
 *     { x: { domain: [0, max], range: [0, scaleWidth] } });
 */
export function appendPlot(
  frame: Frame,
  marks: Plot.Markish[],
  { x = {}, y = { type: "identity" } }: { x?: Plot.ScaleOptions; y?: Plot.ScaleOptions } = {},
): SVGGElement {
  const plot = Plot.plot({
    document: frame.svg.node()!.ownerDocument,
    width: frame.width,
    height: frame.height,
    margin: 0,
    x: { axis: null, ...x },
    y: { axis: null, ...y },
    marks,
  });
  // Plot wraps its SVG in a <figure> only for a title, caption or legend, which the frame draws itself.
  if (plot.namespaceURI !== SVG_NS)
    throw new Error(`appendPlot: Plot drew a <${plot.localName}>, not a bare SVG`);
  const g = frame.svg.append("g").attr("class", "plot").node()!;
  // Plot leaves off a mark's text-anchor when it is the root's default ("middle"): keep the root's.
  const anchor = plot.getAttribute("text-anchor");
  if (anchor) g.setAttribute("text-anchor", anchor);
  for (const child of [...plot.children]) if (child.localName !== "style") g.appendChild(child);
  // Plot names each mark's group ("rect", "text"): noise inside an image, and not allowed on a bare <g>.
  for (const mark of g.querySelectorAll("g[aria-label]")) mark.removeAttribute("aria-label");
  return g;
}

/**
 * A Plot `render` option that hands each drawn element to `decorate` with its datum, so marks can
 * carry their point's key, name and states. Plot draws one element per datum, in index order.
 */
export function each<T>(data: readonly T[], decorate: (el: Sel, d: T) => void): Plot.RenderFunction {
  return (index, scales, values, dimensions, context, next) => {
    const g = next!(index, scales, values, dimensions, context)!;
    [...g.children].forEach((el, i) => decorate(select(el), data[index[i]!]!));
    return g;
  };
}

/**
 * A point's value as a reader sees it in `locale`, with its qualifier ("more than 13.2 trillion
 * tenge", "более 13,2 трлн тенге", "13,2 трлн теңгеден астам"): src/i18n/format.ts.
 */
export function pointValue(
  p: Pick<ChartPoint, "value" | "unit" | "qualifier" | "iso">,
  compact = false,
  locale: Locale = "en",
) {
  return formatValueIn(locale, p.value, p.unit, { qualifier: p.qualifier, iso: p.iso, compact });
}

/** A point's accessible name: its label and value in `locale` ("2025: 130"). */
export const pointLabel = (p: ChartPoint, locale: Locale) => `${p.label}: ${pointValue(p, false, locale)}`;

/** The point keyed `key`; throws naming the chart, so a renamed key in data/charts.json fails loudly. */
export function pointByKey(data: ChartDataset, key: string): ChartPoint {
  const p = data.points.find((q) => q.key === key);
  if (!p) throw new Error(`chart "${data.id}" has no point keyed "${key}"`);
  return p;
}

/**
 * Marks a selection as the drawing of a data point: its key and accessible name (`pointLabel` in
 * the chart's language) for tests and client code.
 */
export function applyPoint(sel: Sel, p: ChartPoint, label: string): Sel {
  return sel.attr("data-key", p.key).attr("role", "graphics-symbol").attr("aria-label", label);
}

/**
 * A diagonal hatch for derived values: thin neutral stripes on the soft neutral, so a derived column
 * reads as lighter than a reported one in both themes. Returns its `url(#id)`.
 */
export function appendHatch(frame: Frame): string {
  const id = frame.uid();
  const pattern = frame.svg
    .append("defs")
    .append("pattern")
    .attr("id", id)
    .attr("patternUnits", "userSpaceOnUse")
    .attr("width", 6)
    .attr("height", 6)
    .attr("patternTransform", "rotate(45)");
  pattern
    .append("rect")
    .attr("width", 6)
    .attr("height", 6)
    .attr("style", css({ fill: cssColor("neutralSoft") }));
  pattern
    .append("rect")
    .attr("width", 2)
    .attr("height", 6)
    .attr("style", css({ fill: cssColor("neutral") }));
  return `url(#${id})`;
}

/** Hedges set as a short line above a figure; Kazakh sets only those that come before the number. */
const QUALIFIER_LEAD: Record<Locale, Partial<Record<Qualifier, string>>> = {
  en: { over: "More than", "at-least": "At least", about: "About", under: "Less than", "at-most": "Up to" },
  ru: { over: "Более", "at-least": "Не менее", about: "Около", under: "Менее", "at-most": "До" },
  kk: { "at-least": "Кемінде", about: "Шамамен" },
};

/**
 * A point's figure split into its hedge, set small above it ("More than", "Более"), and the figure
 * itself; "" and the whole hedged figure where the language puts the hedge after the number
 * ("13,2 трлн теңгеден астам"). Russian hedges govern the genitive, so a hedged duration takes it
 * ("Не менее" / "6 месяцев").
 */
export function hedgedFigure(
  p: Pick<ChartPoint, "value" | "unit" | "qualifier" | "iso">,
  locale: Locale = "en",
  compact = false,
): { lead: string; value: string } {
  const lead = QUALIFIER_LEAD[locale][p.qualifier];
  if (p.qualifier !== "exact" && lead === undefined)
    return { lead: "", value: pointValue(p, compact, locale) };
  const value = formatValueIn(locale, p.value, p.unit, {
    qualifier: "exact",
    iso: p.iso,
    compact,
    ...(locale === "ru" && lead ? { case: "gen" as const } : {}),
  });
  return { lead: lead ?? "", value };
}
