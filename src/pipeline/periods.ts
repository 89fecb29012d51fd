/**
 * The year each number in an article speaks of, read from the text around it: a year or date in its
 * clause or sentence ("In 2025, …"), a relative date ("last year", "the year before") resolved against
 * the article's own dateline or the year the text last named, or the period of the sentence before in
 * the same paragraph. Years after "than", "up from", "since"… are what a number is compared with, not
 * its period.
 *
 *   mentionYears(text, extractMentions(text, id), "2026-01-08")
 *   // "it closed 130 exchangers last year, up from 36 the year before" → 130: 2025, 36: 2024
 */
import { clauseAround, clauseCuts } from "./meaning.ts";
import { allMatches, sentenceSpans, spanAt, type Span } from "./text.ts";
import type { Mention } from "./types.ts";

type Cuts = ReturnType<typeof clauseCuts>;

/** A stretch of text that names a year. */
interface Cue {
  start: number;
  end: number;
  year: number | null;
  /** The year is a comparison's base ("more than in 2023"), after the word at `marker`. */
  marker: number | null;
}

/** Where a number's year came from, for the reason an item gives. */
export interface Period {
  year: number | null;
  /** The words that gave it ("last year", "2025"), or null when none did. */
  cue: string | null;
}

const MARKERS =
  /\b(?:than|up from|down from|increase from|rise from|compared (?:with|to)|versus|vs\.?|against|since|on(?=\s+\d{4}\b))\s/gi;

/** Relative dates, with how each resolves: against the dateline, or the year last named. */
const RELATIVE: ReadonlyArray<
  readonly [RegExp, (dated: Date | null, anchor: number | null) => number | null]
> = [
  [
    /\b(?:the\s+)?(?:previous|prior|preceding)\s+year\b|\bthe\s+year\s+before\b|\ba\s+year\s+(?:earlier|before)\b/gi,
    (dated, anchor) => (anchor !== null ? anchor - 1 : dated ? dated.getUTCFullYear() - 1 : null),
  ],
  [/\blast\s+year\b|\ba\s+year\s+ago\b/gi, (dated) => (dated ? dated.getUTCFullYear() - 1 : null)],
  [/\bnext\s+year\b/gi, (dated) => (dated ? dated.getUTCFullYear() + 1 : null)],
  [/\b(?:this|the\s+current)\s+year\b/gi, (dated) => (dated ? dated.getUTCFullYear() : null)],
  [
    /\bthis\s+(?:month|week)\b|\b(?:last|past)\s+(?:week|few\s+days)\b/gi,
    (dated) => (dated ? new Date(dated.getTime() - 7 * 86_400_000).getUTCFullYear() : null),
  ],
  [
    /\blast\s+month\b/gi,
    (dated) =>
      dated ? new Date(Date.UTC(dated.getUTCFullYear(), dated.getUTCMonth() - 1, 1)).getUTCFullYear() : null,
  ],
];

/** Every relative date in one pass: each alternative in its own group, in the order of RELATIVE. */
const RELATIVE_RE = new RegExp(RELATIVE.map(([re]) => `(${re.source})`).join("|"), "gi");

/** `/year|month|week|days/gi` spelt out: twice as fast, and the same, since `i` only folds ASCII here. */
const KEYWORDS = /[yY][eE][aA][rR]|[mM][oO][nN][tT][hH]|[wW][eE][eE][kK]|[dD][aA][yY][sS]/g;

function findCues(text: string, mentions: readonly Mention[], dated: Date | null): Cue[] {
  const cues: Array<Cue & { resolve?: (anchor: number | null) => number | null }> = [];
  for (const m of mentions) {
    if (m.unit === "year") cues.push({ start: m.start, end: m.end, year: m.value, marker: null });
    if (m.unit === "date" && m.iso)
      cues.push({ start: m.start, end: m.end, year: Number(m.iso.slice(0, 4)), marker: null });
  }
  // Every relative date names a week, a month, days or a year, so the full pattern runs only around
  // those words.
  const seen = new Set<number>();
  for (const key of allMatches(KEYWORDS, text)) {
    const from = Math.max(0, key.index - 30);
    const window = text.slice(from, key.index + 20);
    for (const m of allMatches(RELATIVE_RE, window)) {
      const start = from + m.index;
      // A window can cut a word in two ("b|last year"): a match at its edge must start a word.
      if (seen.has(start) || (m.index === 0 && from > 0 && /[\p{L}\p{N}]/u.test(text[from - 1]!))) continue;
      seen.add(start);
      const resolve = RELATIVE[m.slice(1).findIndex((g) => g !== undefined)]![1];
      cues.push({
        start,
        end: start + m[0].length,
        year: null,
        marker: null,
        resolve: (a) => resolve(dated, a),
      });
    }
  }
  cues.sort((a, b) => a.start - b.start);
  // "The year before" counts back from the year the paragraph last named, explicitly or not.
  let anchor: number | null = null;
  let paragraph = -1;
  for (const c of cues) {
    const p = text.lastIndexOf("\n", c.start);
    if (p !== paragraph) {
      paragraph = p;
      anchor = null;
    }
    if (c.resolve) c.year = c.resolve(anchor);
    if (c.year !== null) anchor = c.year;
  }
  return cues.map(({ start, end, year, marker }) => ({ start, end, year, marker }));
}

/** Marks each cue that follows a comparison word in its clause. */
function markComparisons(text: string, sentence: Span, cues: Cue[], cuts: Cuts): void {
  const body = text.slice(sentence.start, sentence.end);
  for (const m of allMatches(MARKERS, body)) {
    const at = sentence.start + m.index;
    const clause = clauseAround(body, m.index, cuts);
    for (const c of cues)
      if (c.start > at && c.start < sentence.start + clause.end && (c.marker === null || c.marker < at))
        c.marker = at;
  }
}

/**
 * The year each mention speaks of, by mention id. `date` is the article's own date (YYYY-MM-DD) or
 * null; relative dates that need it stay unresolved without it.
 */
export function mentionYears(
  text: string,
  mentions: readonly Mention[],
  date: string | null,
  spans: readonly Span[] = sentenceSpans(text),
): Map<string, Period> {
  const dated = date ? new Date(`${date}T00:00:00Z`) : null;
  const cues = findCues(text, mentions, dated);
  const bySentence = new Map<number, Cue[]>();
  for (const c of cues) {
    const s = spanAt(spans, c.start);
    const known = bySentence.get(s.start);
    if (known) known.push(c);
    else bySentence.set(s.start, [c]);
  }
  // A sentence's clauses are found once, however many numbers and cues it holds.
  const cutsBySentence = new Map<number, Cuts>();
  const cutsOf = (s: Span) => {
    let cuts = cutsBySentence.get(s.start);
    if (!cuts) cutsBySentence.set(s.start, (cuts = clauseCuts(text.slice(s.start, s.end))));
    return cuts;
  };
  for (const s of spans)
    if (bySentence.has(s.start)) markComparisons(text, s, bySentence.get(s.start)!, cutsOf(s));

  let indexOfSpan: Map<Span, number> | null = null;
  const spanIndex = (s: Span) => (indexOfSpan ??= new Map(spans.map((x, i) => [x, i]))).get(s)!;
  const periodOfSentence = new Map<number, Period>();
  const sentencePeriod = (s: Span): Period => {
    const known = periodOfSentence.get(s.start);
    if (known) return known;
    const main = (bySentence.get(s.start) ?? []).find((c) => c.marker === null);
    let period: Period = main
      ? { year: main.year, cue: text.slice(main.start, main.end) }
      : { year: null, cue: null };
    if (!main) {
      // A sentence with no year of its own carries on the one before it in the same paragraph.
      const previous = spans[spanIndex(s) - 1];
      if (previous && !text.slice(previous.end, s.start).includes("\n")) period = sentencePeriod(previous);
    }
    periodOfSentence.set(s.start, period);
    return period;
  };

  const years = new Map<string, Period>();
  for (const m of mentions) {
    if (m.unit === "year" || m.unit === "date") continue;
    const s = spanAt(spans, m.start);
    const all = bySentence.get(s.start);
    // Most sentences name no year: their numbers take the sentence's period.
    if (!all) {
      years.set(m.id, sentencePeriod(s));
      continue;
    }
    const clause = clauseAround(text.slice(s.start, s.end), m.start - s.start, cutsOf(s));
    const inClause = (c: Cue) => c.start >= s.start + clause.start && c.start < s.start + clause.end;
    // In its own clause: a comparison's year applies only to numbers inside that comparison.
    const own = all.filter((c) => inClause(c) && (c.marker === null || c.marker < m.start));
    const elsewhere = all.filter((c) => !inClause(c));
    const pool = own.length
      ? own
      : elsewhere.some((c) => c.marker === null)
        ? elsewhere.filter((c) => c.marker === null)
        : elsewhere;
    // The nearest, the first of the pool at the same distance.
    let nearest: Cue | undefined;
    for (const c of pool) if (!nearest || distance(c, m) < distance(nearest, m)) nearest = c;
    years.set(
      m.id,
      nearest ? { year: nearest.year, cue: text.slice(nearest.start, nearest.end) } : sentencePeriod(s),
    );
  }
  return years;
}

const distance = (c: Cue, m: { start: number; end: number }) =>
  c.start >= m.end ? c.start - m.end : c.end <= m.start ? m.start - c.end : 0;
