/**
 * Text helpers shared by the extractor and the claim verifier: sentence spans and line numbers.
 * Everything works on offsets into the normalised seed text so a quote can be traced back exactly.
 */

/** Common abbreviations whose trailing dot does not end a sentence. */
const ABBREVIATIONS = new Set([
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "st",
  "no",
  "vs",
  "etc",
  "inc",
  "ltd",
  "co",
  "corp",
  "u.s",
  "u.k",
  "e.g",
  "i.e",
]);

export interface Span {
  start: number;
  end: number;
}

/**
 * Whether the UTF-16 code unit `c` is white space as `\s` in a regular expression reads it (white
 * space and line terminators), for scanning text by hand. NaN, past the end of a string, is not.
 */
export function isSpace(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Every match of the global `pattern` in `text`, as `[...text.matchAll(pattern)]` gives them, without the
 * copy of the pattern matchAll (like split) constructs on each call: for patterns kept in a constant
 * and matched for every sentence of every article, the copy costs more than the matching.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`allMatches needs a global pattern, not ${pattern}`);
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    found.push(m);
    // An empty match moves on by a character (a code point with the u flag), as matchAll does.
    if (m[0] === "") {
      const next = text.codePointAt(pattern.lastIndex) ?? 0;
      pattern.lastIndex += pattern.unicode && next > 0xffff ? 2 : 1;
    }
  }
  return found;
}

/** `text.split(/\s+/)`, without the copy of the pattern split constructs on each call. */
export function splitAtSpaces(text: string): string[] {
  const parts: string[] = [];
  let from = 0;
  let i = 0;
  while (i < text.length) {
    if (isSpace(text.charCodeAt(i))) {
      parts.push(text.slice(from, i));
      do i++;
      while (i < text.length && isSpace(text.charCodeAt(i)));
      from = i;
    } else i++;
  }
  parts.push(text.slice(from));
  return parts;
}

const LETTER = /^\p{L}$/u;

/**
 * The word of letters and dots that ends at `end` (exclusive), looking back no further than `from`:
 * what `/([\p{L}.]+)\.$/u` captures in `text.slice(from, end + 1)` when `text[end]` is the dot, or ""
 * where it captures nothing. Read backwards by hand: that pattern is tried at every offset.
 */
function wordBefore(text: string, from: number, end: number): string {
  let i = end - 1;
  while (i >= from) {
    const c = text.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46) i--;
    else if (c < 128) break;
    else if (c >= 0xdc00 && c <= 0xdfff && i > from && isHighSurrogate(text.charCodeAt(i - 1))) {
      if (!LETTER.test(text.slice(i - 1, i + 1))) break;
      i -= 2;
    } else if (LETTER.test(text[i]!)) i--;
    else break;
  }
  return text.slice(i + 1, end);
}
const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;

let lastSplit: { text: string | null; spans: Span[] } = { text: null, spans: [] };

const SENTENCES = new Intl.Segmenter("en", { granularity: "sentence" });

/**
 * Whether a sentence the segmenter ended at `end` goes on: its last word is an abbreviation from
 * {@link ABBREVIATIONS} ("Dr.", "U.S.") or an initial ("J. Smith"), which Unicode's sentence rules
 * cannot tell from a full stop.
 */
function continues(text: string, start: number, end: number): boolean {
  let dot = end;
  while (dot > start && isSpace(text.charCodeAt(dot - 1))) dot--;
  dot--;
  if (dot < start || text[dot] !== "." || end === text.length) return false;
  const word = wordBefore(text, Math.max(start, dot - 12), dot);
  if (word && ABBREVIATIONS.has(word.toLowerCase())) return true;
  // A single capital letter and a dot is an initial ("J. Smith"), not a sentence end.
  return /(^|\s)\p{Lu}\.$/u.test(text.slice(Math.max(start, dot - 2), dot + 1));
}

/**
 * Splits text into sentence spans, by Unicode's sentence rules (Intl.Segmenter): a sentence ends
 * at a line break, or at a full stop, `!` or `?` that the rules read as an end, unless the full
 * stop closes an abbreviation or an initial.
 */
export function sentenceSpans(text: string): Span[] {
  // The extractor and triage read the same text one after the other: split it once.
  if (text === lastSplit.text) return lastSplit.spans;
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) spans.push({ start: s, end: e });
    start = end;
  };
  for (const { index, segment } of SENTENCES.segment(text)) {
    const end = index + segment.length;
    if (!segment.includes("\n") && continues(text, start, end)) continue;
    push(end);
  }
  push(text.length);
  lastSplit = { text, spans };
  return spans;
}

/** The sentence span containing `offset` (binary search over sorted spans). */
export function spanAt(spans: readonly Span[], offset: number): Span {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (spans[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return spans[lo] ?? { start: 0, end: 0 };
}

/** Start offsets of each line, for turning offsets into 1-based line numbers. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line number of `offset`, given {@link lineStarts}. */
export function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** Longest stretch of a paragraph that may be quoted whole; longer paragraphs are only excerpted. */
export const MAX_WHOLE_PARAGRAPH = 100;

/**
 * A quotable excerpt around a mention: its sentence, unless that sentence is a whole paragraph longer
 * than {@link MAX_WHOLE_PARAGRAPH}, in which case a window of words around the mention. The result is
 * always an exact substring of `text`, so it can still be found in the seed.
 */
export function quotableExcerpt(
  text: string,
  sentence: string,
  start: number,
  end: number,
  words = 8,
): string {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const lineEndAt = text.indexOf("\n", end);
  const paragraph = text.slice(lineStart, lineEndAt === -1 ? undefined : lineEndAt).trim();
  if (sentence.trim() !== paragraph || paragraph.length <= MAX_WHOLE_PARAGRAPH) return sentence;
  let from = start;
  for (let n = 0; n <= words && from > lineStart; n++) {
    const space = text.lastIndexOf(" ", from - 2);
    from = space < lineStart ? lineStart : space + 1;
  }
  let to = end;
  for (let n = 0; n < words && to < (lineEndAt === -1 ? text.length : lineEndAt); n++) {
    const space = text.indexOf(" ", to + 1);
    to =
      space === -1 || (lineEndAt !== -1 && space > lineEndAt)
        ? lineEndAt === -1
          ? text.length
          : lineEndAt
        : space;
  }
  const excerpt = text.slice(from, to).trim();
  return excerpt.length < paragraph.length ? excerpt : text.slice(start, end);
}
