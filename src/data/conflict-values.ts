/** Summaries of a conflict's values for prose: the story's popovers, the methodology, the dataset README. */
import type { Conflict } from "../pipeline/types.ts";
import { formatClaimValue } from "../shared/format.ts";

/**
 * "420,000 tenge and 500,000 tenge": the distinct values a conflict's quotes give, formatted with
 * their hedges ("about $16.7 million and $16.7 million"); "different accounts" when they are statements.
 */
export function conflictValues(conflict: Conflict): string {
  const seen: string[] = [];
  for (const i of [...conflict.items].sort((a, b) => (a.value ?? 0) - (b.value ?? 0))) {
    const text = formatClaimValue(i);
    if (text !== null && !seen.includes(text)) seen.push(text);
  }
  if (seen.length < 2) return "different accounts";
  return `${seen.slice(0, -1).join(", ")} and ${seen.at(-1)}`;
}
