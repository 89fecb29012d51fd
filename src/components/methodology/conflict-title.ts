import { formatValue } from "../../shared/format.ts";
import { isUnit } from "../../pipeline/vocabulary.ts";
import type { Conflict, Unit } from "../../pipeline/types.ts";
import { metricLabel, periodLabel } from "./labels.ts";

const CURRENCY_WORDS: Partial<Record<Unit, string>> = { USD: "dollars", KZT: "tenge", USDT: "USDT" };

/**
 * A disagreement's heading in words: the editor's title from data/decisions.csv, else one made from
 * what it is about ("Exchangers shut, 2025"; "500,000 tenge in dollars").
 */
export function conflictTitle(conflict: Conflict): string {
  if (conflict.title) return conflict.title;
  if (conflict.kind === "value" || conflict.kind === "qualifier") {
    const [metric = "", period = ""] = conflict.subject.split(":");
    return `${metricLabel(metric)}, ${periodLabel(period)}`;
  }
  const m = /^(\S+) (\S+) in (\S+)$/.exec(conflict.subject);
  if (!m || !isUnit(m[2]) || !isUnit(m[3])) return conflict.subject;
  return `${formatValue(Number(m[1]), m[2])} in ${CURRENCY_WORDS[m[3]] ?? m[3]}`;
}
