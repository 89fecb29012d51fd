/** Summaries of a conflict's values for prose outside the story (the dataset README). */
import type { Conflict } from "../pipeline/types.ts";
import { formatValue } from "./format.ts";

/** "420,000 tenge and 500,000 tenge": the distinct values a conflict's quotes give, formatted. */
export function conflictValues(conflict: Conflict): string {
  const seen = new Map<number, string>();
  for (const i of [...conflict.items].sort((a, b) => a.value - b.value))
    if (!seen.has(i.value)) seen.set(i.value, formatValue(i.value, i.unit));
  return [...seen.values()].join(" and ");
}
