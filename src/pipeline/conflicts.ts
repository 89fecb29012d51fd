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
import { proseProblems } from "./prose-refs.ts";
import { quotableExcerpt } from "./text.ts";
import type { Claim, Conflict, ConflictItem, Mention, SeedText } from "./types.ts";
import { DIFFERENCES, type Difference } from "./vocabulary.ts";

export const DECISION_COLUMNS = ["conflict", "title", "claims", "difference", "chosen", "reason"] as const;

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
/** A declared disagreement's id: a slug, so it can never collide with a detected id (those hold ":"). */
const DECLARED_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Finds value, qualifier and conversion conflicts, reads `decisionsCsv` (data/decisions.csv) for the
 * editor's call on each, and adds the disagreements an editor declares there over named claims.
 */
export function detectConflicts(
  claims: readonly Claim[],
  mentions: readonly Mention[],
  seeds: ReadonlyMap<string, SeedText>,
  decisionsCsv: string,
  file = "data/decisions.csv",
): Conflict[] {
  const mentionById = new Map(mentions.map((m) => [m.id, m]));
  const conflicts: Conflict[] = [];
  const itemOf = (c: Claim): ConflictItem => ({
    source: c.source!,
    quote: c.quote!,
    value: c.value,
    unit: c.unit,
    qualifier: c.value === null ? null : c.qualifier,
    claim: c.id,
    mention: c.mention,
    rate: impliedRate(mentionById.get(c.mention ?? "")),
  });

  const groups = new Map<string, Claim[]>();
  for (const c of claims) {
    if (c.source === null || c.value === null) continue;
    const key = `${c.metric}:${c.period}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  for (const [key, group] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    const values = [...new Set(group.map((c) => c.value!))];
    const unit = group[0]!.unit;
    const what = `${group[0]!.metric} (${group[0]!.period})`;
    if (values.length >= 2) {
      conflicts.push({
        id: `value:${key}`,
        kind: "value",
        subject: key,
        title: null,
        summary: `${what}: the sources give ${values
          .sort((a, b) => a - b)
          .map((v) => `${v} ${unit}`)
          .join(" and ")}`,
        items: group.map(itemOf),
        decision: null,
      });
    }
    // Claims that give the same value with different hedges, whether or not others give another
    // value: a new figure from a new article must not make the editor's call on the hedges vanish.
    const hedged = values.flatMap((v) => {
      const same = group.filter((c) => c.value === v);
      return new Set(same.map((c) => c.qualifier)).size >= 2 ? same : [];
    });
    if (hedged.length) {
      const qualifiers = [...new Set(hedged.map((c) => c.qualifier))].sort();
      const hedgedValues = [...new Set(hedged.map((c) => c.value!))].sort((a, b) => a - b);
      conflicts.push({
        id: `qualifier:${key}`,
        kind: "qualifier",
        subject: key,
        title: null,
        summary: `${what}: the sources hedge ${hedgedValues.map((v) => `${v} ${unit}`).join(" and ")} differently (${qualifiers.join(", ")})`,
        items: hedged.map(itemOf),
        decision: null,
      });
    }
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
      title: null,
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
        qualifier: m.conversion!.qualifier,
        claim: claimFor(m),
        mention: m.id,
        rate: impliedRate(m),
      })),
      decision: null,
    });
  }

  const byId = new Map(conflicts.map((c) => [c.id, c]));
  const claimById = new Map(claims.map((c) => [c.id, c]));
  const claimIds = new Set(claimById.keys());
  for (const { line, fields } of parseCsv(decisionsCsv, file, DECISION_COLUMNS)) {
    const fail = (message: string): never => {
      throw new DataError(file, line, message);
    };
    const id = fields["conflict"]!.trim();
    const named = fields["claims"]!.trim().split(/\s+/).filter(Boolean);
    let conflict = byId.get(id);
    if (named.length > 0) {
      // A declared disagreement: the editor names the claims that disagree.
      if (conflict) fail(`"${id}" was detected by the build; leave its claims column empty`);
      if (!DECLARED_ID.test(id))
        fail(`a declared disagreement's id "${id}" must be lower-case words joined by hyphens`);
      if (named.length < 2) fail(`a disagreement needs at least two claims; "${id}" names one`);
      const cited = named.map((cid) => {
        const c = claimById.get(cid);
        if (!c) fail(`claim "${cid}" is not in data/claims.csv`);
        if (c!.source === null) fail(`claim "${cid}" is derived; name the quoted claims it comes from`);
        return c!;
      });
      if (new Set(named).size !== named.length) fail(`"${id}" names the same claim twice`);
      conflict = {
        id,
        kind: "declared",
        subject: id,
        title: null,
        summary: `${id}: ${cited.length} accounts (${named.join(", ")})`,
        items: cited.map(itemOf),
        decision: null,
      };
      byId.set(id, conflict);
      conflicts.push(conflict);
    } else if (!conflict) {
      fail(
        `no conflict "${id}" was detected; fix its id, or name the claims that disagree in the claims column`,
      );
    }
    const k = conflict!;
    if (k.decision) fail(`a second decision for "${k.id}"`);
    const title = fields["title"]!.trim();
    if (!title) fail(`title is empty: name the disagreement in words for readers`);
    const titleProblem = proseProblems(title, claimIds)[0];
    if (titleProblem) fail(`title ${titleProblem}`);
    const rawDifference = fields["difference"]!.trim();
    const difference =
      DIFFERENCES.find((d) => d === rawDifference) ??
      fail(`unknown difference "${rawDifference}"; use one of ${DIFFERENCES.join(", ")}`);
    const chosen = fields["chosen"]!.trim() || null;
    if (chosen !== null && !claimIds.has(chosen)) fail(`chosen claim "${chosen}" is not in data/claims.csv`);
    if (chosen !== null && !k.items.some((i) => i.claim === chosen))
      fail(`chosen claim "${chosen}" is not one of the claims in "${k.id}"`);
    const reason = fields["reason"]!.trim();
    if (!reason) fail("reason is empty: say why the story chose what it did");
    const problem = proseProblems(reason, claimIds, (cid) => claimById.get(cid)?.unit)[0];
    if (problem) fail(`reason ${problem}`);
    k.title = title;
    k.decision = { difference, chosen, reason };
  }
  return conflicts;
}

/** A row of `data/decisions.csv`, as an editor would write it. */
export interface DecisionRow {
  conflict: string;
  /** The heading readers see; a suggestion names the metric in words, for the editor to rewrite. */
  title: string;
  /** For a declared disagreement, the claim ids it covers; empty for a detected one. */
  claims: string;
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
  conflict: Pick<Conflict, "id" | "kind" | "items" | "subject">,
  difference?: Difference,
): DecisionRow {
  const claimed = conflict.items.filter((i) => i.claim !== null);
  const support = (value: number | null) =>
    conflict.items.filter((i) => i.value !== null && value !== null && sameValue(i.value, value)).length;
  const chosen = [...claimed].sort((a, b) => support(b.value) - support(a.value))[0]?.claim ?? "";
  const others = [...new Set(claimed.map((i) => i.claim!))].filter((id) => id !== chosen);
  const unclaimed = conflict.items.some((i) => i.claim === null);
  const kind: Difference =
    difference ??
    (conflict.kind === "conversion"
      ? "conversion-rate"
      : conflict.kind === "qualifier"
        ? "qualifier"
        : conflict.items.some((i) => i.unit === "date" || i.unit === "year")
          ? "date"
          : "amount");
  const what: Record<Difference, string> = {
    amount: "disagree",
    "conversion-rate": "convert the same amount at different rates",
    category: "count different things",
    date: "date it differently",
    rounding: "give the same figure rounded differently",
    qualifier: "hedge the same figure differently",
    scope: "describe it as covering different things",
    statement: "give accounts that contradict each other",
  };
  const named = [chosen, ...others].filter(Boolean).map((id) => `{${id}}`);
  if (unclaimed) named.push("a figure no claim quotes yet");
  const list = named.length > 1 ? `${named.slice(0, -1).join(", ")} and ${named.at(-1)}` : named[0];
  const reason =
    chosen === ""
      ? `The articles ${what[kind]}; the story uses none of these figures.`
      : `${list} ${what[kind]}; the story uses {${chosen}}, the figure most of the quotes give.`;
  // A heading in words for readers, from the metric (`exchangers-shut:2025` → "Exchangers shut"),
  // digits dropped since titles may not type numbers; the editor rewrites it.
  const words = (
    conflict.kind === "conversion"
      ? "The same amount converted at different rates"
      : conflict.subject.split(":")[0]!
  )
    .replace(/[-\d]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const title = words.charAt(0).toUpperCase() + words.slice(1);
  return { conflict: conflict.id, title, claims: "", difference: kind, chosen, reason };
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
      lines.push(
        `  ${i.value === null ? "statement" : `${i.value} ${i.unit}`}${i.qualifier && i.qualifier !== "exact" ? ` (${i.qualifier})` : ""}  ${i.claim ?? `(no claim: mention ${i.mention})`}  ${i.source}`,
      );
    lines.push(
      `  add to data/decisions.csv, with the reason in your own words: ${decisionCsvLine(suggestDecision(k))}`,
    );
  }
  return lines;
}
