/**
 * The story's copy in Russian and Kazakh: src/content/story/<locale>/*.yaml, one file for each
 * English file, with the same ids, chart states and claim references, checked by the English
 * schema (src/data/story-copy.ts) with these prose checks in place of the English ones.
 *
 * A translation writes numbers as the English does, `{claim-id}` and `{claim-id.period}`, and may
 * also ask for what its grammar needs:
 *
 *   {claim-id|платформу|платформы|платформ}   the value and a counted noun in the form its number
 *                                               takes (Russian: one|few|many, and a fourth, the
 *                                               genitive singular, for a hedged 1, 21…)
 *   {claim-id:loc}                             a date or a duration in a case (ru nom, gen, dat, loc;
 *                                               kk nom, dat, loc, abl): "в {id:loc}" → "в ноябре 2023 года"
 *   "taken down last year" («закрыты в прошлом году»)
 *                                               a source's words stay in English, in straight
 *                                               quotes, followed by the editors' translation
 *
 * Any other Latin-script word must be a name the glossary keeps in Latin letters (HODL FM, USDT).
 */
import type { ClaimRecord } from "../data/generated.ts";
import { storyProseProblems, type RefField, type StoryEntry, type StoryContext } from "../data/story-copy.ts";
import { CASES, countedNoun, formatClaimIn, type GrammaticalCase } from "./format.ts";
import { termsIn, usesTerm, type GlossaryTerm } from "./glossary.ts";
import type { TranslatedLocale } from "./locales.ts";

/** `{id}`, `{id.period}`, `{id.source}`, `{id:case}` or `{id|form|form…}`. */
export const LOCALE_REF =
  /\{([a-z0-9]+(?:-[a-z0-9]+)*)(?:\.(period|source))?(?::([a-z]+))?(?:\|([^{}|]+(?:\|[^{}|]+)*))?\}/g;
/** A source's own words in straight quotes, and the editors' translation after it in brackets. */
const ORIGINAL = /"([^"]+)"(\s*\(«[^»]+»\))?/g;

export type LocalePart =
  | { text: string }
  | { original: string }
  | { claim: string; field: RefField; case?: GrammaticalCase; forms?: string[] };

/** Splits translated copy into text, English originals and claim references, for rendering. */
export function splitLocaleProse(text: string): LocalePart[] {
  const parts: LocalePart[] = [];
  const pushText = (t: string) => {
    let last = 0;
    for (const m of t.matchAll(ORIGINAL)) {
      if (m.index > last) parts.push({ text: t.slice(last, m.index) });
      parts.push({ original: m[1]! });
      last = m.index + m[0].length - (m[2]?.length ?? 0);
    }
    if (last < t.length) parts.push({ text: t.slice(last) });
  };
  let last = 0;
  for (const m of text.matchAll(LOCALE_REF)) {
    if (m.index > last) pushText(text.slice(last, m.index));
    parts.push({
      claim: m[1]!,
      field: (m[2] as RefField | undefined) ?? "value",
      ...(m[3] ? { case: m[3] as GrammaticalCase } : {}),
      ...(m[4] ? { forms: m[4].split("|") } : {}),
    });
    last = m.index + m[0].length;
  }
  if (last < text.length) pushText(text.slice(last));
  return parts;
}

/** What the checks of a translation need besides the claims: the Latin-script names it may keep. */
export interface TranslationContext {
  claims: ReadonlyMap<
    string,
    Pick<ClaimRecord, "id" | "period" | "source" | "unit" | "value" | "qualifier" | "iso">
  >;
  /** Latin-script words the glossary keeps in this language (glossary.ts `latinNames`). */
  names: ReadonlySet<string>;
}

const TIME_UNITS = new Set(["minutes", "hours", "days", "weeks", "months", "years"]);

/**
 * Problems with one piece of translated copy: the English checks (typed digits, unknown claims, a
 * `.period` that is not a year), plus cases and counted nouns the language cannot use here, quotes
 * without a translation, and English left outside quotes and names.
 */
export function localeProseProblems(
  locale: TranslatedLocale,
  text: string,
  ctx: TranslationContext,
): string[] {
  const problems: string[] = [];
  const plain = text.replace(
    LOCALE_REF,
    (_, id: string, field?: string) => `{${id}${field ? `.${field}` : ""}}`,
  );
  // The English checks, less its "in {id}" rule, which reads English prepositions.
  problems.push(...storyProseProblems(plain, ctx.claims).filter((p) => !p.startsWith("reads ")));
  for (const part of splitLocaleProse(text)) {
    if (!("claim" in part)) continue;
    const claim = ctx.claims.get(part.claim);
    if (!claim) continue; // reported above
    const ref = `{${part.claim}${part.case ? `:${part.case}` : ""}${part.forms ? "|…" : ""}}`;
    if (part.field === "source")
      problems.push(
        `asks for {${part.claim}.source}, which translations cannot inflect yet; name the outlet in words`,
      );
    if (part.case !== undefined) {
      if (!(CASES[locale] as readonly string[]).includes(part.case))
        problems.push(
          `${ref}: ${locale} copy may ask for the cases ${CASES[locale].join(", ")}, not "${part.case}"`,
        );
      // Kazakh writes a case ending on any figure ("130-ға жетті"); Russian digits take none, so
      // only its dates and durations, whose words inflect, have cases.
      else if (
        claim.value === null ||
        (locale === "ru" && claim.unit !== "date" && !TIME_UNITS.has(claim.unit ?? ""))
      )
        problems.push(
          `${ref}: ${locale === "ru" ? "only a date or a duration takes a case" : "a statement has no value to inflect"}; this claim's unit is ${claim.unit ?? "none"}`,
        );
    }
    if (part.forms !== undefined) {
      if (locale === "kk")
        problems.push(`${ref}: a Kazakh noun stays singular after a number; write it after the reference`);
      else if (claim.unit !== "count")
        problems.push(`${ref}: counted nouns go with counts; this claim's unit is ${claim.unit ?? "none"}`);
      else
        try {
          countedNoun(locale, claim.value ?? 0, claim.qualifier ?? "exact", part.forms);
        } catch (e) {
          problems.push(`${ref}: ${(e as Error).message}`);
        }
    }
    if (part.field === "value" && claim.value !== null && claim.unit !== null)
      try {
        formatClaimIn(locale, claim, { case: part.case });
      } catch (e) {
        problems.push(`${ref}: ${(e as Error).message}`);
      }
  }
  const bare = text.replace(LOCALE_REF, " ");
  for (const m of bare.matchAll(ORIGINAL)) {
    if (/\p{Script=Cyrillic}/u.test(m[1]!))
      problems.push(`quotes "${m[1]}" in straight quotes, which hold a source's English words; use «…»`);
    else if (!m[2]) problems.push(`quotes "${m[1]}" without the editors' translation; follow it with («…»)`);
  }
  const outside = bare.replace(ORIGINAL, " ");
  if (outside.includes('"'))
    problems.push("has an unpaired \" (a source's words go in a pair of straight quotes)");
  for (const word of englishWords(outside, ctx.names))
    problems.push(
      `leaves the English "${word}" outside a quote; translate it, or keep a name through data/glossary.csv`,
    );
  return problems;
}

/**
 * The Latin-script words in `text` that are not among `names` (the glossary's names kept in Latin
 * letters): what a Russian or Kazakh text, or a built page's text, has left in English.
 */
export function englishWords(text: string, names: ReadonlySet<string>): string[] {
  return [...text.matchAll(/\p{Script=Latin}+(?:['’-]\p{Script=Latin}+)*/gu)]
    .map((m) => m[0])
    .filter((w) => !names.has(w));
}

/** Fields that are structure, not copy: they must match the English exactly. */
const STRUCTURE = /(^|\.)(kind|id|state|chart|rest|type)$/;

/** Every string in an entry by its path ("steps.2.text", "switch.legend"), and whether it is copy. */
function entryStrings(entry: StoryEntry): { path: string; value: string; copy: boolean }[] {
  const out: { path: string; value: string; copy: boolean }[] = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value === "string") out.push({ path, value, copy: !STRUCTURE.test(path) });
    else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}.${i}`));
    else if (value && typeof value === "object")
      for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k);
  };
  walk(entry, "");
  return out;
}

/** Every piece of copy in an entry, by its path: "steps.2.text", "switch.legend". */
export const entryTexts = (entry: StoryEntry): [path: string, text: string][] =>
  entryStrings(entry).flatMap((s) => (s.copy ? [[s.path, s.value] as [string, string]] : []));

/** An entry's structure by path: ids, kinds, charts and states as they are, each piece of copy as "(copy)". */
const entryShape = (entry: StoryEntry) =>
  new Map(entryStrings(entry).map((s) => [s.path, s.copy ? "(copy)" : s.value]));

/** The claims a piece of copy cites, as "id" or "id.period", whatever its grammar adds. */
export function citedRefs(text: string): string[] {
  return [...new Set([...text.matchAll(LOCALE_REF)].map((m) => (m[2] ? `${m[1]}.${m[2]}` : m[1]!)))].sort();
}

type Entries = ReadonlyArray<{ id: string; data: StoryEntry }>;

/**
 * What a translation lacks or changes against the English story: a missing or extra file, and in
 * each file any id, kind, chart or state that differs, a piece of copy missing or added, or a piece
 * that cites other claims than the English. Empty when the translation matches.
 */
export function translationProblems(
  locale: TranslatedLocale,
  english: Entries,
  translated: Entries,
): string[] {
  const problems: string[] = [];
  const file = (id: string) => `src/content/story/${locale}/${id}.yaml`;
  const theirs = new Map(translated.map((e) => [e.id, e.data]));
  for (const { id } of translated)
    if (!english.some((e) => e.id === id))
      problems.push(`${file(id)}: no English file src/content/story/${id}.yaml`);
  for (const { id, data } of english) {
    const other = theirs.get(id);
    if (!other) {
      problems.push(`${file(id)} is missing: translate src/content/story/${id}.yaml`);
      continue;
    }
    const [a, b] = [entryShape(data), entryShape(other)];
    for (const [path, value] of a) {
      if (!b.has(path)) problems.push(`${file(id)}: ${path} is missing`);
      else if (b.get(path) !== value)
        problems.push(`${file(id)}: ${path} is "${b.get(path)}", the English "${value}"`);
    }
    for (const path of b.keys())
      if (!a.has(path)) problems.push(`${file(id)}: ${path} has no English counterpart`);
    const theirTexts = new Map(entryTexts(other));
    for (const [path, text] of entryTexts(data)) {
      const mine = theirTexts.get(path);
      if (mine === undefined) continue;
      const [want, got] = [citedRefs(text), citedRefs(mine)];
      const lost = want.filter((r) => !got.includes(r));
      const added = got.filter((r) => !want.includes(r));
      if (lost.length || added.length)
        problems.push(
          `${file(id)}: ${path} cites ${got.map((r) => `{${r}}`).join(" ") || "nothing"}; the English cites ${want.map((r) => `{${r}}`).join(" ") || "nothing"}`,
        );
    }
  }
  return problems;
}

/** Copy's words without its references (whose ids hold words like "aifc"), keeping counted nouns. */
export const wordsOf = (text: string) =>
  text.replace(LOCALE_REF, (...m: (string | undefined)[]) => ` ${(m[4] ?? "").replaceAll("|", " ")} `);

/**
 * Glossary terms an English piece of copy uses that its translation does not: "AFM" must come out
 * as АФМ, "exchangers" as криптообменники, never as биржи.
 */
export function glossaryProblems(
  locale: TranslatedLocale,
  english: Entries,
  translated: Entries,
  glossary: readonly GlossaryTerm[],
): string[] {
  const problems: string[] = [];
  const theirs = new Map(translated.map((e) => [e.id, new Map(entryTexts(e.data))]));
  for (const { id, data } of english)
    for (const [path, text] of entryTexts(data)) {
      const mine = theirs.get(id)?.get(path);
      if (mine === undefined) continue;
      for (const termId of termsIn(wordsOf(text), glossary)) {
        const term = glossary.find((t) => t.id === termId)!;
        if (!usesTerm(wordsOf(mine), term, locale))
          problems.push(
            `src/content/story/${locale}/${id}.yaml: ${path} does not use the glossary's "${term[locale]}" for "${term.en}" (data/glossary.csv:${term.line})`,
          );
      }
    }
  return problems;
}

/** The schema context for a translation: the English context with this language's prose checks. */
export function translationContext(
  locale: TranslatedLocale,
  base: StoryContext,
  ctx: TranslationContext,
): StoryContext {
  return { ...base, proseProblems: (text) => localeProseProblems(locale, text, ctx) };
}
