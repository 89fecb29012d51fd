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

const plain = new Map<number, Intl.NumberFormat>();

/** 1234567 → "1,234,567"; keeps up to `digits` decimals, dropping trailing zeros (130 stays "130"). */
export function formatNumber(x: number, digits = 1): string {
  let format = plain.get(digits);
  if (!format)
    plain.set(digits, (format = new Intl.NumberFormat("en-US", { maximumFractionDigits: digits })));
  return format.format(x);
}

const MAGNITUDE = {
  words: new Intl.NumberFormat("en-US", {
    notation: "compact",
    compactDisplay: "long",
    maximumFractionDigits: 1,
  }),
  letters: new Intl.NumberFormat("en-US", {
    notation: "compact",
    compactDisplay: "short",
    maximumFractionDigits: 1,
  }),
};

/**
 * A magnitude in words ("16.7 million") or letters ("16.7M") from a million up; below a million the
 * whole number ("192,000"), as news style writes it.
 */
export function formatMagnitude(x: number, compact = false): string {
  if (Math.abs(x) < 1e6) return formatNumber(x, 0);
  return (compact ? MAGNITUDE.letters : MAGNITUDE.words).format(x);
}

const DATES = {
  day: new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }),
  month: new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" }),
};

/** An ISO date `YYYY-MM` or `YYYY-MM-DD` as "November 2023" or "15 January 2026". */
export function formatIsoDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return (d ? DATES.day : DATES.month).format(Date.UTC(y!, m! - 1, d ?? 1));
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
