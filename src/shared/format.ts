/**
 * How numbers read on the site: news style, from the normalised value and unit of a claim.
 *
 *   formatValue(16.7e6, "USD")                       // "$16.7 million"
 *   formatValue(13.2e12, "KZT", { qualifier: "over" }) // "more than 13.2 trillion tenge"
 */
import type { Qualifier, Unit } from "../pipeline/types.ts";

export interface FormatOptions {
  qualifier?: Qualifier;
  /** "$16.7M" instead of "$16.7 million", for axis ticks and tight labels. */
  compact?: boolean;
}

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: "",
  over: "more than ",
  "at-least": "at least ",
  about: "about ",
  under: "less than ",
  "at-most": "up to ",
};

const SCALES = [
  { at: 1e12, word: "trillion", letter: "T" },
  { at: 1e9, word: "billion", letter: "B" },
  { at: 1e6, word: "million", letter: "M" },
] as const;

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** 1234567 → "1,234,567"; keeps up to `digits` decimals, dropping trailing zeros. */
export function formatNumber(x: number, digits = 1): string {
  // Trailing zeros are dropped only after a decimal point: 130 stays "130".
  const fixed = x
    .toFixed(digits)
    .replace(/(\.\d*?)0+$/, "$1")
    .replace(/\.$/, "");
  const [int, frac] = fixed.split(".");
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return frac ? `${grouped}.${frac}` : grouped;
}

/** A magnitude in words ("16.7 million") or letters ("16.7M") from a million up. */
export function formatMagnitude(x: number, compact = false): string {
  const scale = SCALES.find((s) => Math.abs(x) >= s.at);
  if (!scale) return formatNumber(x, 0);
  const n = formatNumber(x / scale.at, 1);
  return compact ? `${n}${scale.letter}` : `${n} ${scale.word}`;
}

/** An ISO date `YYYY-MM` or `YYYY-MM-DD` as "November 2023" or "15 January 2026". */
export function formatIsoDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  const month = MONTHS[Number(m) - 1]!;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** A claim's value as a reader sees it. */
export function formatValue(
  value: number,
  unit: Unit,
  options: FormatOptions & { iso?: string | null } = {},
): string {
  const q = QUALIFIER_WORDS[options.qualifier ?? "exact"];
  const compact = options.compact ?? false;
  switch (unit) {
    case "USD":
      return `${q}$${formatMagnitude(value, compact)}`;
    case "KZT":
      return compact ? `${q}₸${formatMagnitude(value, true)}` : `${q}${formatMagnitude(value)} tenge`;
    case "USDT":
      return `${q}${formatMagnitude(value, compact)} USDT`;
    case "percent":
      return `${q}${formatNumber(value)}%`;
    case "count":
      return `${q}${formatMagnitude(value, compact)}`;
    case "year":
      return String(value);
    case "date":
      return options.iso ? formatIsoDate(options.iso) : String(value);
    default: {
      const n = formatNumber(value);
      const word = value === 1 ? unit.replace(/s$/, "") : unit;
      return `${q}${n} ${word}`;
    }
  }
}

/** A claim's (or a conflict item's) value as a reader sees it; null for a statement, which has none. */
export function formatClaimValue(c: {
  value: number | null;
  unit: Unit | null;
  qualifier?: Qualifier | null;
  iso?: string | null;
}): string | null {
  if (c.value === null || c.unit === null) return null;
  return formatValue(c.value, c.unit, { qualifier: c.qualifier ?? "exact", iso: c.iso ?? null });
}
