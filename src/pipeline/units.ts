/**
 * The closed lists of the data: the units a number is normalised to and the hedges it is given.
 * A leaf module (zod only), so every pipeline module can check a CSV cell against them without
 * importing the dataset schemas.
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
