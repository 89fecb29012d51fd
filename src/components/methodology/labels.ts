/**
 * Ids in words for readers of the methodology page: an article by its outlet or headline, a metric
 * id and a period as phrases.
 *
 *   metricLabel("card-topup-threshold-kzt") // "Card top-up threshold (tenge)"
 */

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
