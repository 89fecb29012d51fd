/**
 * Disagreements between sources, found rather than hidden:
 * - value conflicts: quoted claims for the same metric and period whose values differ;
 * - conversion conflicts: the same amount converted to different figures in another currency,
 *   found over every extracted mention, so conversions no claim uses are caught too.
 * Each conflict carries every quote involved and, from `data/decisions.csv`, the editorial choice.
 */
import { sameValue } from "./claims.ts";
import { csvRow, parseCsv } from "./csv.ts";
import { DataError } from "./errors.ts";
import { proseProblems } from "./prose.ts";
import { quotableExcerpt } from "./text.ts";
import type { Claim, Conflict, ConflictItem, Mention, SeedText } from "./types.ts";

export const DECISION_COLUMNS = ["conflict", "difference", "chosen", "reason"] as const;
export const DIFFERENCES = ["amount", "conversion-rate", "category", "date", "rounding"] as const;
export type Difference = (typeof DIFFERENCES)[number];

/** Tenge per dollar implied by a KZT amount and its USD conversion, or null. */
export function impliedRate(m: Mention | undefined): number | null {
  if (!m?.conversion) return null;
  if (m.unit === "KZT" && m.conversion.unit === "USD")
    return Number((m.value / m.conversion.value).toFixed(1));
  if (m.unit === "USD" && m.conversion.unit === "KZT")
    return Number((m.conversion.value / m.value).toFixed(1));
  return null;
}

const formatKey = (value: number, unit: string) => `${value}-${unit}`;

/** Finds value and conversion conflicts; `decisions` is the text of decisions.csv. */
export function detectConflicts(
  claims: readonly Claim[],
  mentions: readonly Mention[],
  seeds: ReadonlyMap<string, SeedText>,
  decisionsCsv: string,
  file = "data/decisions.csv",
): Conflict[] {
  const mentionById = new Map(mentions.map((m) => [m.id, m]));
  const conflicts: Conflict[] = [];

  const groups = new Map<string, Claim[]>();
  for (const c of claims) {
    if (c.source === null) continue;
    const key = `${c.metric}:${c.period}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  for (const [key, group] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    const values = [...new Set(group.map((c) => c.value))];
    if (values.length < 2) continue;
    const unit = group[0]!.unit;
    conflicts.push({
      id: `value:${key}`,
      kind: "value",
      subject: key,
      summary: `${group[0]!.metric} (${group[0]!.period}): the sources give ${values
        .sort((a, b) => a - b)
        .map((v) => `${v} ${unit}`)
        .join(" and ")}`,
      items: group.map((c): ConflictItem => ({
        source: c.source!,
        quote: c.quote!,
        value: c.value,
        unit: c.unit,
        claim: c.id,
        mention: c.mention,
        rate: impliedRate(mentionById.get(c.mention ?? "")),
      })),
      decision: null,
    });
  }

  const conversions = new Map<string, Mention[]>();
  for (const m of mentions) {
    if (!m.conversion) continue;
    const key = `${formatKey(m.value, m.unit)}:${m.conversion.unit}`;
    conversions.set(key, [...(conversions.get(key) ?? []), m]);
  }
  for (const [key, group] of [...conversions].sort(([a], [b]) => a.localeCompare(b))) {
    const targets: number[] = [];
    for (const m of group)
      if (!targets.some((t) => sameValue(t, m.conversion!.value))) targets.push(m.conversion!.value);
    if (targets.length < 2) continue;
    const first = group[0]!;
    const claimFor = (m: Mention) =>
      claims.find((c) => c.mention === m.id && c.unit === m.conversion!.unit)?.id ?? null;
    conflicts.push({
      id: `conversion:${key.split(":")[0]}`,
      kind: "conversion",
      subject: `${first.value} ${first.unit} in ${first.conversion!.unit}`,
      summary: `${first.value} ${first.unit} is converted to ${targets
        .sort((a, b) => a - b)
        .map((t) => `${t} ${first.conversion!.unit}`)
        .join(" and ")}`,
      items: group.map((m): ConflictItem => ({
        source: m.source,
        // A claim's curated quote where there is one; otherwise the sentence, or an excerpt of it when
        // the sentence is a whole long paragraph (the site never republishes a paragraph whole).
        quote:
          claims.find((c) => c.mention === m.id)?.quote ??
          quotableExcerpt(seeds.get(m.source)?.text ?? m.sentence, m.sentence, m.start, m.end),
        value: m.conversion!.value,
        unit: m.conversion!.unit,
        claim: claimFor(m),
        mention: m.id,
        rate: impliedRate(m),
      })),
      decision: null,
    });
  }

  const byId = new Map(conflicts.map((c) => [c.id, c]));
  const claimIds = new Set(claims.map((c) => c.id));
  for (const { line, fields } of parseCsv(decisionsCsv, file, DECISION_COLUMNS)) {
    const conflict = byId.get(fields["conflict"]!.trim());
    if (!conflict)
      throw new DataError(
        file,
        line,
        `no conflict "${fields["conflict"]}" was detected; remove the row or fix its id`,
      );
    if (conflict.decision) throw new DataError(file, line, `a second decision for "${conflict.id}"`);
    const difference = fields["difference"]!.trim();
    if (!(DIFFERENCES as readonly string[]).includes(difference))
      throw new DataError(
        file,
        line,
        `unknown difference "${difference}"; use one of ${DIFFERENCES.join(", ")}`,
      );
    const chosen = fields["chosen"]!.trim() || null;
    if (chosen !== null && !claimIds.has(chosen))
      throw new DataError(file, line, `chosen claim "${chosen}" is not in data/claims.csv`);
    const reason = fields["reason"]!.trim();
    if (!reason) throw new DataError(file, line, "reason is empty: say why the story chose what it did");
    const problem = proseProblems(reason, claimIds)[0];
    if (problem) throw new DataError(file, line, `reason ${problem}`);
    conflict.decision = { difference, chosen, reason };
  }
  return conflicts;
}

/** A row of `data/decisions.csv`, as an editor would write it. */
export interface DecisionRow {
  conflict: string;
  difference: Difference;
  /** The claim the story uses; empty when it uses none. */
  chosen: string;
  reason: string;
}

/**
 * A decisions.csv row to start from for a conflict no editor has decided: the story keeps the value
 * most of the quotes give (the first claim on a tie), and the reason names every claim involved. It
 * passes the checks `detectConflicts` makes; the editor still rewrites the reason into the real call.
 * `difference` overrides the kind guessed from the conflict (a rounding looks like an amount).
 */
export function suggestDecision(
  conflict: Pick<Conflict, "id" | "kind" | "items">,
  difference?: Difference,
): DecisionRow {
  const claimed = conflict.items.filter((i) => i.claim !== null);
  const support = (value: number) => conflict.items.filter((i) => sameValue(i.value, value)).length;
  const chosen = [...claimed].sort((a, b) => support(b.value) - support(a.value))[0]?.claim ?? "";
  const others = [...new Set(claimed.map((i) => i.claim!))].filter((id) => id !== chosen);
  const unclaimed = conflict.items.some((i) => i.claim === null);
  const kind: Difference =
    difference ??
    (conflict.kind === "conversion"
      ? "conversion-rate"
      : conflict.items.some((i) => i.unit === "date" || i.unit === "year")
        ? "date"
        : "amount");
  const what: Record<Difference, string> = {
    amount: "disagree",
    "conversion-rate": "convert the same amount at different rates",
    category: "count different things",
    date: "date it differently",
    rounding: "give the same figure rounded differently",
  };
  const named = [chosen, ...others].filter(Boolean).map((id) => `{${id}}`);
  if (unclaimed) named.push("a figure no claim quotes yet");
  const list = named.length > 1 ? `${named.slice(0, -1).join(", ")} and ${named.at(-1)}` : named[0];
  const reason =
    chosen === ""
      ? `The articles ${what[kind]}; the story uses none of these figures.`
      : `${list} ${what[kind]}; the story uses {${chosen}}, the figure most of the quotes give.`;
  return { conflict: conflict.id, difference: kind, chosen, reason };
}

/** A {@link DecisionRow} as a line to paste into decisions.csv. */
export const decisionCsvLine = (row: DecisionRow): string => csvRow(DECISION_COLUMNS, { ...row });

/**
 * Every conflict no editor has decided, for the end of a run: its id and summary, each value with
 * its claim (or mention) and source, and the decisions.csv row that would settle it.
 */
export function describeUndecided(conflicts: readonly Conflict[]): string[] {
  const lines: string[] = [];
  for (const k of conflicts.filter((c) => c.decision === null)) {
    lines.push(`undecided conflict ${k.id}: ${k.summary}`);
    for (const i of k.items)
      lines.push(`  ${i.value} ${i.unit}  ${i.claim ?? `(no claim: mention ${i.mention})`}  ${i.source}`);
    lines.push(
      `  add to data/decisions.csv, with the reason in your own words: ${decisionCsvLine(suggestDecision(k))}`,
    );
  }
  return lines;
}
