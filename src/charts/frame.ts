/**
 * What every chart's SVG shares: the accessible root (`role="img"`, `<title>`, `<desc>`), ids from a
 * prefix and a counter, a viewBox that scales, and the state machinery.
 *
 * States: the root carries `data-state="<current>"`; every element that differs between states
 * carries `data-states="a b"` (the states it is visible in). A small stylesheet inside the SVG shows
 * and hides them from the root's attribute, so client code switches state by setting one attribute,
 * with no re-render. Elements hidden in the initial state also get `visibility="hidden"`, so the
 * first state is right even where the stylesheet is dropped.
 *
 *   const frame = createFrame(document, { width, height, idPrefix, title, description, states, state });
 *   const bar = frame.svg.append("rect");
 *   frame.showIn(bar, ["2025"]);
 *   return frame.node();
 */
import { select, type Selection } from "d3";
import type { ChartDataset, ChartPoint } from "../pipeline/schema.ts";
import { formatValue } from "../lib/format.ts";
import { cssColor, fonts, fontSizes, type ColorName } from "../styles/tokens.ts";
import type { Qualifier, Unit } from "../pipeline/types.ts";

const SVG_NS = "http://www.w3.org/2000/svg";

// Any element type: d3's generics are invariant enough that a looser alias keeps call sites clean.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Sel = Selection<any, unknown, null, undefined>;

export interface FrameOptions {
  width: number;
  height: number;
  idPrefix: string;
  title: string;
  description: string;
  states: readonly string[];
  /** The state to draw; unknown or missing means the first of `states`. */
  state?: string | undefined;
}

export interface Frame {
  svg: Selection<SVGSVGElement, unknown, null, undefined>;
  /** The state drawn initially. */
  state: string;
  /** A fresh id: the prefix and a counter. */
  uid: () => string;
  /** Marks `sel` as visible only in `states`. */
  showIn: (sel: Sel, states: readonly string[]) => Sel;
  node: () => SVGSVGElement;
}

/** `state` when the chart has it, else the chart's first (default) state. */
export function maybeState(states: readonly string[], state: string | undefined): string {
  return state !== undefined && states.includes(state) ? state : states[0]!;
}

export function createFrame(document: Document, options: FrameOptions): Frame {
  const { width, height, idPrefix, title, description, states } = options;
  const state = maybeState(states, options.state);
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
    .attr("viewBox", `0 0 ${width} ${height}`)
    .attr("width", "100%")
    .attr("data-state", state)
    .attr(
      "style",
      css({
        "max-width": `${width}px`,
        height: "auto",
        overflow: "visible",
        "font-family": fonts.sans,
        "font-size": `${fontSizes.sm}px`,
        fill: cssColor("text"),
      }),
    );
  svg.append("title").attr("id", titleId).text(title);
  svg.append("desc").attr("id", descId).text(description);
  if (states.length > 1) svg.append("style").text(stateStyles(rootId, states));
  const showIn = (sel: Sel, visible: readonly string[]) => {
    sel.attr("data-states", visible.join(" "));
    if (!visible.includes(state)) sel.attr("visibility", "hidden");
    return sel;
  };
  return { svg, state, uid, showIn, node: () => svg.node()! };
}

/** The stylesheet that switches states from the root's `data-state`. */
function stateStyles(rootId: string, states: readonly string[]): string {
  const root = `svg[id="${rootId}"]`;
  const rules = [`${root} [data-states]{transition:opacity .45s ease,visibility .45s}`];
  for (const s of states) {
    rules.push(
      `${root}[data-state="${s}"] [data-states]:not([data-states~="${s}"]){opacity:0;visibility:hidden}`,
      `${root}[data-state="${s}"] [data-states~="${s}"]{visibility:visible}`,
    );
  }
  rules.push(`@media (prefers-reduced-motion:reduce){${root} [data-states]{transition:none}}`);
  return rules.join("");
}

/** `{fill: "red", "font-weight": 700}` → `"fill:red;font-weight:700"`, for `style` attributes. */
export function css(props: Record<string, string | number | undefined>): string {
  return Object.entries(props)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}:${v}`)
    .join(";");
}

export interface TextOptions {
  x: number;
  y: number;
  size?: number;
  bold?: boolean;
  color?: ColorName;
  anchor?: "start" | "middle" | "end";
}

/** Appends a `<text>` whose `y` is the baseline. One line per entry of `lines`. */
export function appendText(parent: Sel, lines: string | readonly string[], o: TextOptions): Sel {
  const size = o.size ?? fontSizes.sm;
  const list = typeof lines === "string" ? [lines] : lines;
  const text = parent
    .append("text")
    .attr("x", o.x)
    .attr("y", o.y)
    .attr(
      "style",
      css({
        "font-size": `${size}px`,
        "font-weight": o.bold ? 700 : undefined,
        fill: cssColor(o.color ?? "text"),
        "text-anchor": o.anchor && o.anchor !== "start" ? o.anchor : undefined,
      }),
    );
  if (list.length === 1) return text.text(list[0]!);
  list.forEach((line, i) =>
    text
      .append("tspan")
      .attr("x", o.x)
      .attr("dy", i === 0 ? 0 : lineHeight(size))
      .text(line),
  );
  return text;
}

/** Line height for wrapped labels. */
export const lineHeight = (size: number) => Math.round(size * 1.25);

/** A point's value as a reader sees it, with its qualifier ("more than 13.2 trillion tenge"). */
export function pointValue(p: Pick<ChartPoint, "value" | "unit" | "qualifier" | "iso">, compact = false) {
  return formatValue(p.value, p.unit as Unit, { qualifier: p.qualifier as Qualifier, iso: p.iso, compact });
}

/** The point keyed `key`; throws naming the chart, so a renamed key in data/charts.json fails loudly. */
export function pointByKey(data: ChartDataset, key: string): ChartPoint {
  const p = data.points.find((q) => q.key === key);
  if (!p) throw new Error(`chart "${data.id}" has no point keyed "${key}"`);
  return p;
}

/** Marks a selection as the drawing of a data point: its key and value for tests and client code. */
export function applyPoint(sel: Sel, p: ChartPoint, label = `${p.label}: ${pointValue(p)}`): Sel {
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

const QUALIFIER_LEAD: Record<Qualifier, string> = {
  exact: "",
  over: "More than",
  "at-least": "At least",
  about: "About",
  under: "Less than",
  "at-most": "Up to",
};

/** The hedge of a point as a short line to set above its figure ("More than"), or "" when exact. */
export function qualifierLead(p: Pick<ChartPoint, "qualifier">): string {
  return QUALIFIER_LEAD[p.qualifier as Qualifier] ?? "";
}
