/**
 * Where the number sits in a quote, and how much of a sentence to show. Pure string work so it can
 * be unit-tested; `Quote.astro` renders the result.
 *
 *   segments("seized $16.7 million", [{ start: 7, end: 20 }])
 *   // → [{ text: "seized ", mark: false }, { text: "$16.7 million", mark: true }]
 */
import type { ClaimRecord, MentionRecord } from "../../data/generated.ts";

/** A highlighted range, as offsets into the text it belongs to (end exclusive). */
export interface Mark {
  start: number;
  end: number;
}

export interface Segment {
  text: string;
  mark: boolean;
}

/** An excerpt of a sentence: the text shown, its marks, and whether words were cut at either end. */
export interface Excerpt {
  text: string;
  marks: Mark[];
  cutStart: boolean;
  cutEnd: boolean;
}

/**
 * Sentences longer than this are cut to a window around their number. Seed paragraphs are often
 * one sentence long, and the site must never publish a paragraph whole; a quote curated into a
 * claim is shown as curated.
 */
export const EXCERPT_MAX = 100;

/** Splits `text` into plain and marked runs; marks are clamped, sorted and merged when they overlap. */
export function segments(text: string, marks: readonly Mark[]): Segment[] {
  const sorted = marks
    .map((m) => ({ start: Math.max(0, m.start), end: Math.min(text.length, m.end) }))
    .filter((m) => m.end > m.start)
    .sort((a, b) => a.start - b.start);
  const merged: Mark[] = [];
  for (const m of sorted) {
    const last = merged.at(-1);
    if (last && m.start <= last.end) last.end = Math.max(last.end, m.end);
    else merged.push({ ...m });
  }
  const out: Segment[] = [];
  let at = 0;
  for (const m of merged) {
    if (m.start > at) out.push({ text: text.slice(at, m.start), mark: false });
    out.push({ text: text.slice(m.start, m.end), mark: true });
    at = m.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: false });
  return out;
}

/**
 * The claim's own number inside its quote: the value as written. When the claim is the bracketed
 * conversion of a mention ("500,000 tenge ($925)" for the dollar claim), that is the conversion.
 * With `both`, an amount and its conversion are both marked, to show a conversion side by side.
 */
export function claimMarks(claim: ClaimRecord, mention: MentionRecord | undefined, both = false): Mark[] {
  if (claim.quote === null || claim.quoteStart === null || !mention) return [];
  const at = claim.quoteStart;
  const c = mention.conversion;
  const spans = both && c ? [mention, c] : [c && claim.asWritten === c.text ? c : mention];
  const marks = spans.map((s) => ({ start: s.start - at, end: s.end - at }));
  const quote = claim.quote;
  return marks.every((m) => m.start >= 0 && m.end <= quote.length) ? marks : [];
}

/**
 * A mention's number inside its sentence (and its bracketed conversion when asked). The extractor
 * gives seed offsets, not sentence offsets; a mention's text occurs once in its sentence in every
 * seed so far, and when it does not, the first occurrence is marked.
 */
export function mentionMarks(mention: MentionRecord, withConversion = false): Mark[] {
  const at = mention.sentence.indexOf(mention.text);
  if (at === -1) return [];
  const marks = [{ start: at, end: at + mention.text.length }];
  const c = mention.conversion;
  if (withConversion && c)
    marks.push({ start: at + c.start - mention.start, end: at + c.end - mention.start });
  return marks;
}

/**
 * Cuts `text` to at most `max` characters around its marks, at word boundaries, growing the window
 * one word at a time on either side. Text already short enough comes back whole.
 */
export function excerpt(text: string, marks: readonly Mark[], max = EXCERPT_MAX): Excerpt {
  if (text.length <= max || marks.length === 0)
    return { text, marks: [...marks], cutStart: false, cutEnd: false };
  let lo = Math.min(...marks.map((m) => m.start));
  let hi = Math.max(...marks.map((m) => m.end));
  for (let grew = true; grew;) {
    grew = false;
    if (lo > 0) {
      const next = text.lastIndexOf(" ", lo - 2) + 1;
      if (hi - next <= max) [lo, grew] = [next, true];
    }
    if (hi < text.length) {
      const space = text.indexOf(" ", hi + 1);
      const next = space === -1 ? text.length : space;
      if (next - lo <= max) [hi, grew] = [next, true];
    }
  }
  const shown = text.slice(lo, hi).trimEnd();
  return {
    text: shown,
    marks: marks.map((m) => ({ start: m.start - lo, end: m.end - lo })),
    cutStart: lo > 0,
    cutEnd: lo + shown.length < text.length,
  };
}
