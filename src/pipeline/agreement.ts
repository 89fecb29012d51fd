/**
 * Whether two statements of a number agree within the precision and the qualifiers both state.
 * Each statement becomes the range of values it allows: "13.2 trillion" is 13.15–13.25 trillion,
 * "over 13.2 trillion" 13.2–13.3 trillion, "about $17 million" $16.5–17.5 million, "130" 129.5–130.5.
 * Two statements agree when their ranges overlap.
 *
 *   statementsAgree({ value: 13.2e12, qualifier: "over", text: "over 13.2 trillion KZT" },
 *                   { value: 13.2e12, qualifier: "exact", text: "13.2 trillion tenge" })  // → true
 */
import type { Qualifier } from "./types.ts";

/** A number as a text states it: the normalised value, its qualifier and, where known, how it is written. */
export interface Statement {
  value: number;
  qualifier: Qualifier;
  /** As written ("$16.7 million", "over 3,500"), or null for a derived value. */
  text: string | null;
}

const pow10Floor = (x: number) => 10 ** Math.floor(Math.log10(x));
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/**
 * The step of the last digit a statement writes: 0.1 trillion for "13.2 trillion", a million for
 * "$17 million", 100 for "3,500", 1 for "130" or "six". `plain` is false when a scale word or letter
 * (million, bn, K) follows the digits, which marks the figure as rounded to that scale.
 */
export function writtenStep(s: Statement): { step: number; plain: boolean } {
  if (s.text === null || s.value === 0) return { step: Math.abs(s.value) * 0.01 || 1, plain: false };
  const digits = /(\d[\d,]*)(?:\.(\d+))?/.exec(s.text);
  if (!digits) {
    // A number in words: "six", or "one trillion", rounded to its scale word.
    const scale = /\b(thousand|million|billion|trillion)\b/i.exec(s.text)?.[1]?.toLowerCase();
    return scale ? { step: SCALES[scale]!, plain: false } : { step: 1, plain: true };
  }
  const whole = digits[1]!.replace(/,/g, "");
  const decimals = digits[2] ?? "";
  const written = Number(`${whole}${decimals ? `.${decimals}` : ""}`);
  const scale = written > 0 ? Math.round(Math.abs(s.value) / written) : 1;
  if (decimals) return { step: scale * 10 ** -decimals.length, plain: scale <= 1 };
  if (scale > 1) return { step: scale, plain: false };
  const zeros = /0*$/.exec(whole)![0].length;
  return { step: 10 ** Math.min(zeros, whole.length - 1), plain: true };
}

/**
 * The closed range of values a statement allows. `strict` reads "about" as exact: for a bracketed
 * conversion the hedge is on the exchange rate, and a different figure is a different conversion.
 */
export function statedRange(s: Statement, strict = false): [number, number] {
  const v = s.value;
  const { step, plain } = writtenStep(s);
  // "130" or "500,000" written out in full is exact to the unit, or to a twentieth at most: trailing
  // zeros of a plain integer do not make "500,000" mean anything from 450,000 to 550,000.
  // A scale word rounds to the scale ("$17 million"), but "one trillion" is not 1.4 trillion: a tenth
  // of the value at most.
  const exactStep = Math.min(step, Math.max(pow10Floor(Math.abs(v) * (plain ? 0.05 : 0.1)), 10 ** -6));
  switch (strict && s.qualifier === "about" ? "exact" : s.qualifier) {
    case "about": {
      const w = Math.max(exactStep / 2, Math.abs(v) * 0.02);
      return [v - w, v + w];
    }
    case "over":
    case "at-least":
      return [v, v + step];
    case "under":
    case "at-most":
      return [v - step, v];
    default:
      return [v - exactStep / 2, v + exactStep / 2];
  }
}

/**
 * Two statements of the same fact agree when the ranges they allow overlap. Ranges that only touch
 * do not: "130" and "131" are different counts, though 130.5 is the edge of both.
 */
export function statementsAgree(a: Statement, b: Statement, strict = false): boolean {
  return rangesOverlap(statedRange(a, strict), statedRange(b, strict));
}

/** Whether two ranges from {@link statedRange} overlap by more than float noise. */
export function rangesOverlap(
  [alo, ahi]: readonly [number, number],
  [blo, bhi]: readonly [number, number],
): boolean {
  const slack = 1e-12 * Math.max(1, Math.abs(alo), Math.abs(ahi), Math.abs(blo), Math.abs(bhi));
  return Math.max(alo, blo) < Math.min(ahi, bhi) - slack;
}
