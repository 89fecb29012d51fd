/** Prose from the data with its `{claim-id}` references replaced by the claims' formatted values. */
import { splitProse } from "../pipeline/prose.ts";
import type { Conflict } from "../pipeline/types.ts";
import type { ClaimRecord } from "./data.ts";
import { formatValue } from "./format.ts";

export function proseText(text: string, claims: ReadonlyMap<string, ClaimRecord>): string {
  return splitProse(text)
    .map((part) => {
      if ("text" in part) return part.text;
      const c = claims.get(part.claim);
      if (!c) throw new Error(`prose names unknown claim {${part.claim}}`);
      return formatValue(c.value, c.unit, { qualifier: c.qualifier, iso: c.iso });
    })
    .join("");
}

/** "420,000 tenge and 500,000 tenge": the distinct values a conflict's quotes give, formatted. */
export function conflictValues(conflict: Conflict): string {
  const seen = new Map<number, string>();
  for (const i of [...conflict.items].sort((a, b) => a.value - b.value))
    if (!seen.has(i.value)) seen.set(i.value, formatValue(i.value, i.unit));
  return [...seen.values()].join(" and ");
}
