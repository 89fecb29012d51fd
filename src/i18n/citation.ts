/**
 * The story's references rendered in a language: copy as plain text (for <title>, meta tags and
 * the chapter menu) and the citation popover's values. English is src/data/story-copy.ts, unchanged.
 * Quotes, headlines, editors' notes and the titles of declared disagreements stay as the data has
 * them, in English, and a popover marks them so.
 *
 *   plainTextIn("ru", "Закрыто {shut|платформа|платформы|платформ}", claims) // "Закрыто 130 платформ"
 *   citationIn("kk", "atm-withdrawals-2023-kzt", data).derivation             // "13,2 трлн теңгеден астам − 1 трлн теңге"
 */
import type { ClaimRecord, SourceRecord } from "../data/generated.ts";
import { conflictValues } from "../data/conflict-values.ts";
import { chapterMenu, citationFor, plainText, type Citation, type Story } from "../data/story-copy.ts";
import type { Conflict } from "../pipeline/types.ts";
import { splitLocaleProse } from "./copy.ts";
import { countedNoun, formatClaimIn, listIn } from "./format.ts";
import type { Locale } from "./locales.ts";
import { ui } from "./ui.ts";

const NBSP = "\u00a0";

/**
 * The text `{claim-id|forms}` renders after the value: a space (no-break in plain text; on the page
 * the citation button already ends a line cleanly) and the counted noun.
 */
export function nounAfter(
  locale: Locale,
  claim: ClaimRecord,
  forms: readonly string[] | undefined,
  space = NBSP,
): string {
  if (!forms) return "";
  return space + countedNoun(locale, claim.value ?? 0, claim.qualifier ?? "exact", forms);
}

/** Copy with its references replaced by plain values, in `locale`. */
export function plainTextIn(locale: Locale, text: string, claims: ReadonlyMap<string, ClaimRecord>): string {
  if (locale === "en") return plainText(text, claims);
  return splitLocaleProse(text)
    .map((p) => {
      if ("text" in p) return p.text;
      if ("original" in p) return `“${p.original}”`;
      const c = claims.get(p.claim);
      if (!c) throw new Error(`copy names unknown claim {${p.claim}}`);
      if (p.field === "period") return c.period;
      if (p.field === "source") throw new Error(`translated copy cannot name {${p.claim}.source} yet`);
      return (formatClaimIn(locale, c, { case: p.case }) ?? "") + nounAfter(locale, c, p.forms);
    })
    .join("")
    .replace(/\s+([.,;:])/g, "$1");
}

/** The chapter menu in `locale`: each chapter and the ending by its heading. */
export function chapterMenuIn(
  locale: Locale,
  story: Story,
  claims: ReadonlyMap<string, ClaimRecord>,
): { id: string; label: string }[] {
  if (locale === "en") return chapterMenu(story, claims);
  return [...story.chapters, story.ending].map((c) => ({
    id: c.id,
    label: plainTextIn(locale, c.title, claims),
  }));
}

/** The distinct values a conflict's sources give, in `locale`: "420 000 тенге и 500 000 тенге". */
export function conflictValuesIn(locale: Locale, conflict: Conflict): string {
  if (locale === "en") return conflictValues(conflict);
  const seen: string[] = [];
  for (const i of [...conflict.items].sort((a, b) => (a.value ?? 0) - (b.value ?? 0))) {
    const text = formatClaimIn(locale, i);
    if (text !== null && !seen.includes(text)) seen.push(text);
  }
  return seen.length < 2 ? ui(locale).cite.differentAccounts : listIn(locale, seen);
}

/** A popover's disagreement: its summary, and whether that is a declared title kept in English. */
export type LocaleConflict = Citation["conflicts"][number] & { english: boolean };

/** Everything a citation popover shows about one claim, its values and arithmetic in `locale`. */
export function citationIn(
  locale: Locale,
  id: string,
  data: {
    claims: ReadonlyMap<string, ClaimRecord>;
    sources: ReadonlyMap<string, SourceRecord>;
    conflicts: ReadonlyMap<string, Conflict>;
  },
): Omit<Citation, "conflicts"> & { conflicts: LocaleConflict[] } {
  const c = citationFor(id, data);
  if (locale === "en") return { ...c, conflicts: c.conflicts.map((k) => ({ ...k, english: false })) };
  const claim = data.claims.get(id)!;
  const t = ui(locale).cite;
  return {
    ...c,
    text: formatClaimIn(locale, claim),
    derivation: claim.formula
      ? claim.formula
          .replace(/[a-z0-9]+(?:-[a-z0-9]+)+/g, (ref) => {
            const input = data.claims.get(ref);
            return (input && formatClaimIn(locale, input)) ?? ref;
          })
          .replace(/ - /g, ` ${t.less} `)
          .replace(/ \+ /g, ` ${t.plus} `)
      : null,
    conflicts: c.conflicts.map((k) => {
      const conflict = data.conflicts.get(k.id);
      // A declared disagreement is summed up by its title, which is English data for now.
      const titled = conflict?.kind === "declared" && Boolean(conflict.title);
      return {
        ...k,
        values: conflict && !titled ? conflictValuesIn(locale, conflict) : k.values,
        english: titled,
      };
    }),
  };
}
