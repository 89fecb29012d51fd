import { formatValue } from "../../lib/format.ts";
import type { Conflict, Unit } from "../../pipeline/types.ts";
import { UNITS } from "../../pipeline/types.ts";

const CURRENCY_WORDS: Partial<Record<Unit, string>> = { USD: "dollars", KZT: "tenge", USDT: "USDT" };

/**
 * A conflict's heading: "exchangers-shut, 2025" for a value conflict (metric and period, as the
 * claims table names them), "500,000 tenge in dollars" for a conversion conflict.
 */
export function conflictTitle(conflict: Conflict): string {
  if (conflict.kind === "value") return conflict.subject.replace(":", ", ");
  const m = /^(\S+) (\S+) in (\S+)$/.exec(conflict.subject);
  const isUnit = (u: string | undefined): u is Unit => (UNITS as readonly string[]).includes(u ?? "");
  if (!m || !isUnit(m[2]) || !isUnit(m[3])) return conflict.subject;
  return `${formatValue(Number(m[1]), m[2])} in ${CURRENCY_WORDS[m[3]] ?? m[3]}`;
}
