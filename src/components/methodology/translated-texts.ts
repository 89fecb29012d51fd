/**
 * Everything the methodology page shows from the data in English, by the key its editors'
 * translation has in data/translations/<locale>.csv: disagreement titles and reasons, claim notes,
 * correction notes, metric names, quotes and the excerpts of sentences no claim quotes. A Russian or
 * Kazakh page without one of them fails the build (src/i18n/data-translations.ts).
 *
 *   methodologyEnglishTexts(data).get("title:card-rule-scope") // "What the new card rule covers"
 */
import type { ClaimRecord, Correction, MentionRecord } from "../../data/generated.ts";
import type { Conflict } from "../../pipeline/types.ts";
import { metricLabel } from "./labels.ts";
import { excerpt, mentionMarks } from "./marks.ts";

/** A mention's sentence as the page shows it: cut to an excerpt around its number, with ellipses. */
export function shownExcerpt(m: MentionRecord, withConversion = false): string {
  const e = excerpt(m.sentence, mentionMarks(m, withConversion));
  return `${e.cutStart ? "…" : ""}${e.text}${e.cutEnd ? "…" : ""}`;
}

export function methodologyEnglishTexts(data: {
  claims: readonly ClaimRecord[];
  conflicts: readonly Conflict[];
  corrections: readonly Correction[];
  mentions: readonly MentionRecord[];
}): Map<string, string> {
  const out = new Map<string, string>();
  const claims = new Map(data.claims.map((c) => [c.id, c]));
  const mentions = new Map(data.mentions.map((m) => [m.id, m]));
  for (const c of data.claims) {
    out.set(`metric:${c.metric}`, metricLabel(c.metric));
    if (c.quote !== null) out.set(`quote:${c.id}`, c.quote);
    if (c.note) out.set(`note:${c.id}`, c.note);
  }
  for (const k of data.conflicts) {
    if (k.title) out.set(`title:${k.id}`, k.title);
    if (k.decision) out.set(`reason:${k.id}`, k.decision.reason);
    // Titles made from a metric need its name; an item without a claim shows its sentence.
    if (k.kind === "value" || k.kind === "qualifier")
      out.set(`metric:${k.subject.split(":")[0]}`, metricLabel(k.subject.split(":")[0]!));
    for (const item of k.items) {
      const claim = item.claim ? claims.get(item.claim) : undefined;
      const mention = item.mention ? mentions.get(item.mention) : undefined;
      if (!claim?.quote && mention)
        out.set(`excerpt:${mention.id}`, shownExcerpt(mention, k.kind === "conversion"));
    }
  }
  for (const c of data.corrections) out.set(`correction:${c.line}`, c.note);
  for (const m of data.mentions) if (m.usedBy.length === 0) out.set(`excerpt:${m.id}`, shownExcerpt(m));
  return out;
}
