/**
 * Prose inside the data (claim notes, decision reasons, chart titles and notes) may not type a
 * number: it names a claim as `{claim-id}` and the site renders the claim's value in its place.
 * That keeps every number a reader sees traceable to a quote.
 */
export const PROSE_REF = /\{([a-z0-9]+(?:-[a-z0-9]+)*)\}/g;

/**
 * A value reference where the sentence needs a noun reads wrong: "matches the figure in {id}" renders
 * "…figure in 36". After "in", "see" or "per" only a year or a date reads right; anything else should
 * name the article or be reworded. `unitOf` gives a claim's unit (null for a statement).
 */
export function misreadReferences(
  text: string,
  unitOf: (id: string) => string | null | undefined,
  fix = (id: string) => `write {${id}.source} or reword`,
): string[] {
  const problems: string[] = [];
  for (const m of text.matchAll(/\b(in|see|per)\s+\{([a-z0-9]+(?:-[a-z0-9]+)*)\}/gi)) {
    const unit = unitOf(m[2]!);
    if (unit === undefined || unit === "year" || unit === "date") continue;
    problems.push(`reads "${m[1]} {${m[2]}}" as a number where the sentence needs a noun; ${fix(m[2]!)}`);
  }
  return problems;
}

/**
 * Problems with a piece of prose: typed digits, references to claims that do not exist, and (given
 * each claim's unit) a value where the sentence needs a noun.
 */
export function proseProblems(
  text: string,
  claimIds: ReadonlySet<string>,
  unitOf?: (id: string) => string | null | undefined,
): string[] {
  const problems: string[] = [];
  for (const m of text.matchAll(PROSE_REF))
    if (!claimIds.has(m[1]!)) problems.push(`names unknown claim {${m[1]}}`);
  if (unitOf) problems.push(...misreadReferences(text, unitOf, () => "reword it"));
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
