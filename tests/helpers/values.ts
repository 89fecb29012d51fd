/**
 * How the site writes a figure, as the house rules state it, computed here without
 * src/shared/format.ts so that tests hold the site's text to the rules and not to itself:
 *
 * - from a million up, the magnitude in words with at most one decimal ("16.7 million", "6 billion",
 *   "13.2 trillion"); tight labels use letters ("16.7M", "13.2T");
 * - below a million, the whole number with thousands separators ("3,600", "500,000");
 * - dollars with "$" in front; tenge with "tenge" after, or "₸" in front in a tight label; USDT after;
 * - a percentage with "%"; a duration with its unit, singular for one ("6 months", "1 year");
 * - a year bare ("2021"); a date as "November 2023" or "15 January 2026";
 * - a hedge in words before the figure: "more than", "at least", "about", "less than", "up to".
 *
 *   asRead({ value: 13.2e12, unit: "KZT", qualifier: "over", iso: null }) // "more than 13.2 trillion tenge"
 *   valueCore({ value: 13.2e12, unit: "KZT", iso: null })                 // "13.2"
 */
interface Figure {
  value: number;
  unit: string | null;
  qualifier?: string | null;
  iso?: string | null;
}

const HEDGES: Record<string, string> = {
  over: "more than",
  "at-least": "at least",
  about: "about",
  under: "less than",
  "at-most": "up to",
};

const MAGNITUDES: Array<[number, string]> = [
  [1e12, "trillion"],
  [1e9, "billion"],
  [1e6, "million"],
];

const decimals = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

/** "16.7 million" / "16.7M"; "3,600". */
function magnitude(value: number, compact: boolean): string {
  const found = MAGNITUDES.find(([at]) => Math.abs(value) >= at);
  if (!found) return whole.format(value);
  const [at, word] = found;
  return compact
    ? `${decimals.format(value / at)}${word[0]!.toUpperCase()}`
    : `${decimals.format(value / at)} ${word}`;
}

/** "2023-11" → "November 2023"; "2026-01-15" → "15 January 2026". */
function isoDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, d ?? 1));
  return new Intl.DateTimeFormat("en-GB", {
    ...(d ? { day: "numeric" } : {}),
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(date);
}

/** A figure as a reader sees it, hedge first unless `qualifier` is left out. */
export function asRead(f: Figure, { compact = false }: { compact?: boolean } = {}): string {
  if (f.unit === "year") return String(f.value);
  if (f.unit === "date") return f.iso ? isoDate(f.iso) : String(f.value);
  const hedge = HEDGES[f.qualifier ?? "exact"];
  const figure = (() => {
    switch (f.unit) {
      case "USD":
        return `$${magnitude(f.value, compact)}`;
      case "KZT":
        return compact ? `₸${magnitude(f.value, true)}` : `${magnitude(f.value, false)} tenge`;
      case "USDT":
        return `${magnitude(f.value, compact)} USDT`;
      case "count":
        return magnitude(f.value, compact);
      case "percent":
        return `${decimals.format(f.value)}%`;
      default:
        return `${decimals.format(f.value)} ${f.value === 1 ? f.unit!.replace(/s$/, "") : f.unit}`;
    }
  })();
  return hedge ? `${hedge} ${figure}` : figure;
}

/**
 * The number a reader looks for, whatever the label's style: "13.2" in "₸13.2T", "more than 13.2
 * trillion tenge" and "(about $13.2B)"; "2023" in "November 2023".
 */
export function valueCore(f: Figure): string {
  if (f.unit === "date" && f.iso) return f.iso.slice(0, 4);
  if (f.unit === "year") return String(f.value);
  const found = MAGNITUDES.find(([at]) => Math.abs(f.value) >= at);
  return found ? decimals.format(f.value / found[0]) : whole.format(f.value);
}
