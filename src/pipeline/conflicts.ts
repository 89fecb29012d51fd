/**
 * Disagreements between sources, found rather than hidden:
 * - value conflicts: quoted claims for the same metric and period whose values differ;
 * - conversion conflicts: the same amount converted to different figures in another currency,
 *   found over every extracted mention, so conversions no claim uses are caught too.
 * Each conflict carries every quote involved and, from `data/decisions.csv`, the editorial choice.
 */
import { sameValue } from "./claims.ts";
import { parseCsv } from "./csv.ts";
import { DataError } from "./errors.ts";
import { proseProblems } from "./prose.ts";
import { quotableExcerpt } from "./text.ts";
import type { Claim, Conflict, ConflictItem, Mention, SeedText } from "./types.ts";

export const DECISION_COLUMNS = ["conflict", "title", "claims", "difference", "chosen", "reason"] as const;
/**
 * What kind of difference a disagreement is, for readers:
 * amount (different figures), conversion-rate, category (the figures count different things),
 * date (different times, or one undated), rounding, qualifier (the same figure hedged differently),
 * scope (a rule or plan described as covering different things), statement (accounts that contradict).
 */
export const DIFFERENCES = [
  "amount",
  "conversion-rate",
  "category",
  "date",
  "rounding",
  "qualifier",
  "scope",
  "statement",
] as const;
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
      continue;
    }
    const qualifiers = [...new Set(group.map((c) => c.qualifier))].sort();
    if (qualifiers.length >= 2)
      conflicts.push({
        id: `qualifier:${key}`,
        kind: "qualifier",
        subject: key,
        title: null,
        summary: `${what}: the sources hedge ${values[0]} ${unit} differently (${qualifiers.join(", ")})`,
        items: group.map(itemOf),
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
    const difference = fields["difference"]!.trim();
    if (!(DIFFERENCES as readonly string[]).includes(difference))
      fail(`unknown difference "${difference}"; use one of ${DIFFERENCES.join(", ")}`);
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
