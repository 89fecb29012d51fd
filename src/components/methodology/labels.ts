/**
 * Ids in words for readers of the methodology page: an article by its outlet or headline, a metric
 * id and a period as phrases. English is made from the ids; Russian and Kazakh come from the
 * editors' translations (data/translations/<locale>.csv) and the page's copy.
 *
 *   metricLabel("card-topup-threshold-kzt") // "Card top-up threshold (tenge)"
 *   metricLabelIn("ru", "card-topup-threshold-kzt", tr) // "Порог пополнения карты (тенге)"
 */
import { translatedText, type DataTranslations } from "../../i18n/data-translations.ts";
import type { Locale } from "../../i18n/locales.ts";
import type { MethodologyCopy } from "../../i18n/methodology-copy.ts";

/** An article as readers know it: its outlet where the text names one, else its headline. */
export const sourceLabel = (s: { outlet: string | null; title: string }): string => s.outlet ?? s.title;

const WORDS: Record<string, string> = {
  aifc: "AIFC",
  afsa: "AFSA",
  atm: "ATM",
  usdt: "USDT",
  iin: "IIN",
  topup: "top-up",
  cashout: "cash-out",
  kzt: "(tenge)",
  usd: "(dollars)",
};

/** A metric id in words for readers: `card-topup-threshold-kzt` → "Card top-up threshold (tenge)". */
export function metricLabel(metric: string): string {
  const text = metric
    .split("-")
    .map((w) => WORDS[w] ?? w)
    .join(" ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const PERIODS: Record<string, string> = {
  undated: "not stated",
  latest: "latest reported",
  "new-rule": "new rule",
  event: "date of the event",
};

/** A claim's period in words: years stay, `last-three-years` → "last three years". */
export const periodLabel = (period: string): string => PERIODS[period] ?? period.replaceAll("-", " ");

/** A metric in `locale`: English from its id, else the editors' `metric:<id>` row. */
export function metricLabelIn(locale: Locale, metric: string, tr: DataTranslations): string {
  return translatedText(locale, tr, `metric:${metric}`) ?? metricLabel(metric);
}

/** A period in `locale`: a year as it is, else the copy's word for it. */
export function periodLabelIn(locale: Locale, period: string, copy: MethodologyCopy): string {
  if (locale === "en") return periodLabel(period);
  if (/^\d{4}$/.test(period)) return period;
  const label = copy.periods[period];
  if (!label) throw new Error(`src/content/methodology/${locale}.yaml: periods has no "${period}"`);
  return label;
}
