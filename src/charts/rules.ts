/**
 * The new rules in figures: the card threshold above which the sender's identity is checked, beside
 * the different threshold one article gives, on one tenge scale; and how long banks must keep ATM
 * camera video, a figure that stands alone.
 *
 *   rules(loadChart("rules"), { document, width: 268, state: "any-card" })
 *
 * Points in the group "threshold" are bars in tenge; any other point is a figure of its own.
 * States: "topup", "any-card" and "video" put one point in focus; "all" is the complete picture.
 */
import type { ChartDataset, ChartPoint } from "../pipeline/schema.ts";
import type { Locale } from "../i18n/locales.ts";
import { drawBarRows, layoutBarRows, type BarRowsLayout } from "./bar-rows.ts";
import { drawFigures, layoutFigures, type FiguresLayout } from "./figures.ts";
import { createFrame, hedgedFigure, pointValue } from "./frame.ts";
import type { ChartOptions } from "./types.ts";

export const states = ["topup", "any-card", "video", "all"] as const;

/** The state that puts each point in focus, by key. */
const STEP: Record<string, string> = {
  "topup-threshold-kzt": "topup",
  "any-card": "any-card",
  "video-retention": "video",
};

/** The chart's own words in each language: its headings and the description's opening. */
const COPY: Record<Locale, { threshold: string; figures: string; kind: string }> = {
  en: {
    threshold: "Identity checks on cards, in tenge",
    figures: "ATM camera video",
    kind: "Key figures of the new rules.",
  },
  ru: {
    threshold: "Проверка личности по картам, в тенге",
    figures: "Видео с камер банкоматов",
    kind: "Ключевые цифры новых правил.",
  },
  kk: {
    threshold: "Карталар бойынша тұлғаны тексеру, теңгемен",
    figures: "Банкомат камераларының бейнежазбасы",
    kind: "Жаңа ережелердің негізгі цифрлары.",
  },
};

const isThreshold = (p: ChartPoint) => p.group === "threshold";

export interface RulesLayout {
  width: number;
  height: number;
  bars: BarRowsLayout;
  figures: FiguresLayout;
}

export function layoutRules(
  data: ChartDataset,
  { width, locale = "en" }: { width: number; locale?: Locale },
): RulesLayout {
  const thresholds = data.points.filter(isThreshold);
  const bars = layoutBarRows(
    thresholds.map((p, i) => ({
      key: p.key,
      value: p.value,
      valueText: pointValue(p, false, locale),
      compactText: pointValue(p, true, locale),
      labels: [{ text: p.label }],
      ...(i === 0 ? { heading: COPY[locale].threshold } : {}),
    })),
    { width },
  );
  const figures = layoutFigures(
    data.points
      .filter((p) => !isThreshold(p))
      .map((p) => ({ key: p.key, label: p.label, ...hedgedFigure(p, locale) })),
    { width, top: bars.height + (width >= 480 ? 36 : 20), heading: COPY[locale].figures },
  );
  return { width, height: figures.height, bars, figures };
}

export function describeRules(data: ChartDataset, locale: Locale = "en"): string {
  return `${COPY[locale].kind} ${data.points.map((p) => `${p.label}: ${pointValue(p, false, locale)}`).join("; ")}.`;
}

export function rules(
  data: ChartDataset,
  { document, width = 640, idPrefix = "rules", state, locale = "en" }: ChartOptions,
): SVGSVGElement {
  const layout = layoutRules(data, { width, locale });
  const frame = createFrame(document, {
    width,
    height: layout.height,
    idPrefix,
    title: data.title,
    description: describeRules(data, locale),
    states,
    state,
    locale,
  });
  const focus = (key: string) => states.filter((s) => s === "all" || STEP[key] === s);
  drawBarRows(frame, layout.bars, {
    max: Math.max(...data.points.filter(isThreshold).map((p) => p.value)),
    focus,
    data,
  });
  drawFigures(frame, layout.figures, {
    focus,
    data,
  });
  return frame.node();
}
