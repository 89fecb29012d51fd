/**
 * The licensed market: its trading volume, users and vetted assets, each a figure standing alone
 * with its date (no two share a unit), and the disputed count of licensed platforms, the two
 * sources' counts as bars on one scale.
 *
 *   aifcMarket(loadChart("aifc-market"), { document, width: 268, state: "register" })
 *
 * Points in the group "platforms" are the bars; every other point is a figure. States: "volume",
 * "users" (users, providers and the Green List) and "register" follow the story's steps; "all" is
 * the complete picture.
 */
import type { ChartDataset, ChartPoint } from "../pipeline/schema.ts";
import { periodName } from "../i18n/chart-copy.ts";
import type { Locale } from "../i18n/locales.ts";
import { drawBarRows, layoutBarRows, type BarRowsLayout } from "./bar-rows.ts";
import { drawFigures, layoutFigures, type FiguresLayout } from "./figures.ts";
import { createFrame, hedgedFigure, pointValue } from "./frame.ts";
import type { ChartOptions } from "./types.ts";

export const states = ["volume", "users", "register", "all"] as const;

/** The step state that puts each point in focus, by key. */
const STEP: Record<string, string> = {
  volume: "volume",
  users: "users",
  providers: "users",
  "green-list": "users",
  register: "register",
};

/** The chart's own words in each language: its heading and the description's opening. */
const COPY: Record<Locale, { heading: string; kind: string }> = {
  en: { heading: "Licensed crypto platforms, two counts", kind: "Key figures of the licensed market." },
  ru: {
    heading: "Лицензированные платформы: два подсчёта",
    kind: "Ключевые цифры лицензированного рынка.",
  },
  kk: {
    heading: "Лицензияланған платформалар: екі есеп",
    kind: "Лицензияланған нарықтың негізгі цифрлары.",
  },
};
const isPlatforms = (p: ChartPoint) => p.group === "platforms";

/** "2025"; "latest count"; "undated report"; in `locale`. */
const when = (p: ChartPoint, locale: Locale) => periodName(locale, p.period);

export interface AifcMarketLayout {
  width: number;
  height: number;
  figures: FiguresLayout;
  bars: BarRowsLayout;
}

export function layoutAifcMarket(
  data: ChartDataset,
  { width, locale = "en" }: { width: number; locale?: Locale },
): AifcMarketLayout {
  const figures = layoutFigures(
    data.points
      .filter((p) => !isPlatforms(p))
      .map((p) => ({ key: p.key, label: `${p.label}, ${when(p, locale)}`, ...hedgedFigure(p, locale) })),
    { width },
  );
  const bars = layoutBarRows(
    data.points.filter(isPlatforms).map((p, i) => ({
      key: p.key,
      value: p.value,
      valueText: pointValue(p, false, locale),
      compactText: pointValue(p, true, locale),
      labels: [{ text: `${p.label}, ${when(p, locale)}` }],
      ...(i === 0 ? { heading: COPY[locale].heading } : {}),
    })),
    { width, top: figures.height + 18 },
  );
  return { width, height: bars.height, figures, bars };
}

export function describeAifcMarket(data: ChartDataset, locale: Locale = "en"): string {
  return `${COPY[locale].kind} ${data.points.map((p) => `${p.label}, ${when(p, locale)}: ${pointValue(p, false, locale)}`).join("; ")}.`;
}

export function aifcMarket(
  data: ChartDataset,
  { document, width = 640, idPrefix = "aifc-market", state, locale = "en" }: ChartOptions,
): SVGSVGElement {
  const layout = layoutAifcMarket(data, { width, locale });
  const frame = createFrame(document, {
    width,
    height: layout.height,
    idPrefix,
    title: data.title,
    description: describeAifcMarket(data, locale),
    states,
    state,
    locale,
  });
  const focus = (key: string) => states.filter((s) => s === "all" || STEP[key] === s);
  drawFigures(frame, layout.figures, {
    focus,
    data,
  });
  drawBarRows(frame, layout.bars, {
    max: Math.max(...data.points.filter(isPlatforms).map((p) => p.value)),
    focus,
    data,
  });
  return frame.node();
}
