/**
 * The closed lists of the data: the units a number is normalised to, the hedges it is given, the
 * columns of claims.csv and those a correction may change, the kinds of difference a decision
 * names, and triage's verdicts and kinds of number. A leaf module (zod only), so the schemas and
 * every pipeline module can read them without importing one another.
 *
 *   isUnit("KZT")      // true
 *   isQualifier("ca.") // false
 */
import { z } from "zod";

/** Units a number can be normalised to. Money is in whole currency units (not millions). */
export const UNITS = [
  "KZT",
  "USD",
  "USDT",
  "count",
  "percent",
  "minutes",
  "hours",
  "days",
  "weeks",
  "months",
  "years",
  "year",
  "date",
] as const;

/** How the text hedges a number: "over 3,500", "about $913", "less than 5%", "192,000+". */
export const QUALIFIERS = ["exact", "over", "at-least", "about", "under", "at-most"] as const;

export const unitSchema = z.enum(UNITS);
export const qualifierSchema = z.enum(QUALIFIERS);

/** Whether a string (a CSV cell, a subject) names one of the {@link UNITS}. */
export const isUnit = (s: string | undefined): s is z.output<typeof unitSchema> =>
  unitSchema.safeParse(s).success;
/** Whether a string names one of the {@link QUALIFIERS}. */
export const isQualifier = (s: string | undefined): s is z.output<typeof qualifierSchema> =>
  qualifierSchema.safeParse(s).success;

/** The columns of `data/claims.csv`, in order. */
export const CLAIM_COLUMNS = [
  "id",
  "metric",
  "period",
  "value",
  "unit",
  "qualifier",
  "source",
  "quote",
  "note",
  "formula",
] as const;

/** The columns of `data/claims.csv` a correction may change (not `id`: a new id is a new claim). */
export const CORRECTABLE_FIELDS = CLAIM_COLUMNS.filter(
  (c): c is Exclude<(typeof CLAIM_COLUMNS)[number], "id"> => c !== "id",
);

export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];

/**
 * What kind of difference a disagreement is, for readers:
 * amount (different figures), conversion-rate, category (the figures count different things),
 * date (different times, or one undated), rounding, qualifier (the same figure hedged differently),
 * scope (a rule or plan described as covering different things), statement (accounts that contradict).
 */
export const DIFFERENCES = [
  "amount",
  "conversion-rate",
  "category",
  "date",
  "rounding",
  "qualifier",
  "scope",
  "statement",
] as const;
export type Difference = (typeof DIFFERENCES)[number];

/** What triage makes of a number in a new article against the claims (src/pipeline/triage.ts). */
export const VERDICTS = ["confirms", "disagrees", "new"] as const;
export type Verdict = (typeof VERDICTS)[number];

/** What a number is: an amount, the bracketed conversion of the amount before it, a year or a date. */
export const ITEM_KINDS = ["amount", "conversion", "year", "date"] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];
