/**
 * Prose inside the data (claim notes, decision reasons, chart titles and notes) may not type a
 * number: it names a claim as `{claim-id}` and the site renders the claim's value in its place.
 * That keeps every number a reader sees traceable to a quote.
 */
export const PROSE_REF = /\{([a-z0-9]+(?:-[a-z0-9]+)*)\}/g;

/** Problems with a piece of prose: typed digits, or references to claims that do not exist. */
export function proseProblems(text: string, claimIds: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  for (const m of text.matchAll(PROSE_REF))
    if (!claimIds.has(m[1]!)) problems.push(`names unknown claim {${m[1]}}`);
  const bare = text.replace(PROSE_REF, "");
  const digits = /[^\s]*\d[^\s]*/.exec(bare);
  if (digits)
    problems.push(`types the number "${digits[0]}"; write {claim-id} so the value comes from the data`);
  return problems;
}

/** Splits prose into text and claim references, for rendering. */
export function splitProse(text: string): Array<{ text: string } | { claim: string }> {
  const parts: Array<{ text: string } | { claim: string }> = [];
  let last = 0;
  for (const m of text.matchAll(PROSE_REF)) {
    if (m.index > last) parts.push({ text: text.slice(last, m.index) });
    parts.push({ claim: m[1]! });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
