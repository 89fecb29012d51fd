/**
 * The methodology page's own words, per language: src/content/methodology/<locale>.yaml, one schema
 * for all three. Copy types no number: `{name}` is a count the page fills from the data, formatted
 * in the page's language, and `{name|form|form…}` adds the noun it counts (English one|other,
 * Russian one|few|many, Kazakh one form, since a Kazakh noun stays singular after a number);
 * `[words](#anchor)` links within the page and `` `name` `` is a name from the data (a field of the
 * downloads, kept in English whatever the page's language).
 *
 *   fillCopy("ru", "Всего {claims|утверждение|утверждения|утверждений}.", { claims: 70 })
 *   // → [{ text: "Всего 70 утверждений." }]
 *   caveatIn("ru", "2 passages are printed twice.", copy.ru) // "2 фрагмента напечатаны дважды."
 */
import { z } from "zod";
import { englishWords } from "./copy.ts";
import { countedNoun, formatValueIn } from "./format.ts";
import type { Locale, TranslatedLocale } from "./locales.ts";

const text = z.string().trim().min(1);

/** The schema each src/content/methodology/<locale>.yaml must pass. */
export const methodologyCopySchema = z.strictObject({
  title: text,
  description: text,
  skipLink: text,
  siteName: text,
  chaptersNav: text,
  heading: text,
  lede: text,
  toc: text,
  sections: z.strictObject({
    how: text,
    claims: text,
    disagreements: text,
    sources: text,
    coverage: text,
    corrections: text,
  }),
  intro: z.strictObject({ claims: text, disagreements: text, sources: text, coverage: text }),
  steps: z.strictObject({
    articles: z.strictObject({ title: text, text }),
    numbers: z.strictObject({ title: text, text }),
    claims: z.strictObject({ title: text, text }),
    checking: z.strictObject({ title: text, text }),
    disagreements: z.strictObject({ title: text, text, awaiting: text }),
    charts: z.strictObject({ title: text, text }),
  }),
  facts: z.strictObject({
    version: text,
    versionText: text,
    dataDate: text,
    dataDateText: text,
    dataDateUnknown: text,
    data: text,
    dataNote: text,
  }),
  claimsTable: z.strictObject({
    count: text,
    caption: text,
    metric: text,
    figure: text,
    source: text,
    quote: text,
    statement: text,
    ourCalculation: text,
    formula: text,
    disagree: text,
    seeBelow: text,
    corrected: text,
    correctedWas: text,
    empty: text,
    filter: text,
    filterHint: text,
    showing: text,
    sorted: text,
    ascending: text,
    descending: text,
    sortBy: text,
  }),
  periods: z.record(z.string(), text),
  conflicts: z.strictObject({
    kinds: z.strictObject({ value: text, qualifier: text, conversion: text, declared: text }),
    differences: z.strictObject({
      amount: text,
      "conversion-rate": text,
      category: text,
      date: text,
      rounding: text,
      qualifier: text,
      scope: text,
      statement: text,
    }),
    choice: text,
    claimLink: text,
    unused: text,
    rate: text,
    difference: text,
    uses: text,
    usesEach: text,
    usesAccount: text,
    why: text,
    undecided: text,
    inCurrency: text,
    currencies: z.record(z.string(), text),
  }),
  sources: z.strictObject({
    author: text,
    outlet: text,
    date: text,
    supports: text,
    supportsCount: text,
    numbers: text,
    notStated: text,
    caveatsAbout: text,
    noCaveats: text,
  }),
  coverage: z.strictObject({ unused: text }),
  corrections: z.strictObject({ none: text, changed: text, empty: text }),
  quotes: z.strictObject({ translation: text }),
  caveats: z.strictObject({
    noHeadline: text,
    ai: text,
    brokenSentences: text,
    repeated: text,
    rewrite: text,
  }),
});

export type MethodologyCopy = z.infer<typeof methodologyCopySchema>;

/** A piece of copy filled in: plain text and in-page links. */
export type CopyPart = { text: string } | { text: string; href: string } | { text: string; code: true };

const SLOT = /\{([a-zA-Z]+)((?:\|[^{}|]+)*)\}/g;
const LINK = /\[([^\]]+)\]\((#[a-z0-9-]+)\)/g;
const CODE = /`([^`]+)`/g;
const MARKUP = /\[([^\]]+)\]\((#[a-z0-9-]+)\)|`([^`]+)`/g;

/** A count as the page's language writes it: "1,100" in English, "1 100" in Russian and Kazakh. */
const countIn = (locale: Locale, n: number) => formatValueIn(locale, n, "count");

/**
 * `template` with its slots filled: a number in the language's style (with its counted noun when
 * forms are given), a string as it is; then its links. Throws on a slot the page does not fill.
 */
export function fillCopy(
  locale: Locale,
  template: string,
  values: Readonly<Record<string, number | string>> = {},
): CopyPart[] {
  const filled = template.replace(SLOT, (_, name: string, forms: string) => {
    const value = values[name];
    if (value === undefined)
      throw new Error(`the copy "${template}" names {${name}}, which this page does not fill`);
    if (typeof value === "string") return value;
    const nouns = forms ? forms.slice(1).split("|") : [];
    return nouns.length
      ? `${countIn(locale, value)} ${countedNoun(locale, value, "exact", nouns)}`
      : countIn(locale, value);
  });
  const parts: CopyPart[] = [];
  let last = 0;
  for (const m of filled.matchAll(MARKUP)) {
    if (m.index > last) parts.push({ text: filled.slice(last, m.index) });
    parts.push(m[3] !== undefined ? { text: m[3], code: true } : { text: m[1]!, href: m[2]! });
    last = m.index + m[0].length;
  }
  if (last < filled.length) parts.push({ text: filled.slice(last) });
  return parts;
}

/** `template` filled, as plain text (links as their words). */
export const fillText = (
  locale: Locale,
  template: string,
  values: Readonly<Record<string, number | string>> = {},
) =>
  fillCopy(locale, template, values)
    .map((p) => p.text)
    .join("");

/** Every string in the copy by its path ("steps.claims.text"). */
function copyStrings(copy: unknown, path = ""): [string, string][] {
  if (typeof copy === "string") return [[path, copy]];
  if (copy && typeof copy === "object")
    return Object.entries(copy).flatMap(([k, v]) => copyStrings(v, path ? `${path}.${k}` : k));
  return [];
}

const slotsOf = (s: string) => [...s.matchAll(SLOT)].map((m) => m[1]!).sort();
const linksOf = (s: string) => [...s.matchAll(LINK)].map((m) => m[2]!).sort();
const codesOf = (s: string) => [...s.matchAll(CODE)].map((m) => m[1]!).sort();

/**
 * What a translation of the methodology copy lacks or changes against the English: an entry
 * missing or added, a slot or link the English has not, digits typed, or English words left
 * outside the glossary's names. Empty when it matches.
 */
export function methodologyCopyProblems(
  locale: TranslatedLocale,
  english: MethodologyCopy,
  translated: MethodologyCopy,
  names: ReadonlySet<string>,
): string[] {
  const file = `src/content/methodology/${locale}.yaml`;
  const problems: string[] = [];
  const theirs = new Map(copyStrings(translated));
  const mine = new Map(copyStrings(english));
  for (const [path, en] of mine) {
    const t = theirs.get(path);
    if (t === undefined) {
      problems.push(`${file}: ${path} is missing (the English has "${en}")`);
      continue;
    }
    const [a, b] = [slotsOf(en).join(" "), slotsOf(t).join(" ")];
    if (a !== b) problems.push(`${file}: ${path} fills {${b}}; the English fills {${a}}`);
    if (linksOf(en).join(" ") !== linksOf(t).join(" "))
      problems.push(
        `${file}: ${path} links ${linksOf(t).join(" ") || "nowhere"}; the English links ${linksOf(en).join(" ")}`,
      );
    if (codesOf(en).join(" ") !== codesOf(t).join(" "))
      problems.push(
        `${file}: ${path} names ${codesOf(t).join(" ") || "no field"}; the English names ${codesOf(en).join(" ")}`,
      );
    const bare = t.replace(SLOT, " ").replace(LINK, "$1").replace(CODE, " ");
    if (/\d/.test(bare))
      problems.push(`${file}: ${path} types a digit; numbers come from the data as {slots}`);
    for (const w of englishWords(bare, names)) problems.push(`${file}: ${path} leaves the English "${w}"`);
  }
  for (const path of theirs.keys())
    if (!mine.has(path)) problems.push(`${file}: ${path} has no English counterpart`);
  return problems;
}

/**
 * A source's caveat, which the data step writes in English (src/pipeline/sources.ts), in `locale`.
 * Throws on a caveat it does not know, so a new kind fails the build until it is translated.
 */
export function caveatIn(locale: Locale, caveat: string, copy: MethodologyCopy): string {
  if (locale === "en") return caveat;
  const c = copy.caveats;
  if (caveat === "The text has no headline; its opening words stand in for one.") return c.noHeadline;
  if (caveat === "The article says it was generated by an AI agent.") return c.ai;
  let m =
    /^(\d+) sentences? in the body break off where a figure should stand; those figures survive only in its summary\.$/.exec(
      caveat,
    );
  if (m) return fillText(locale, c.brokenSentences, { count: Number(m[1]) });
  m = /^(\d+) passages? (?:is|are) printed twice\.$/.exec(caveat);
  if (m) return fillText(locale, c.repeated, { count: Number(m[1]) });
  m = /^It quotes a "(.+) report" and rewrites it; it is not the original reporting\.$/.exec(caveat);
  if (m) return fillText(locale, c.rewrite, { name: m[1]! });
  throw new Error(
    `no ${locale} words for the caveat "${caveat}"; add them to src/i18n/methodology-copy.ts and src/content/methodology/`,
  );
}
