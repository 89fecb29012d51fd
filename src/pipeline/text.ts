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

let lastSplit: { text: string | null; spans: Span[] } = { text: null, spans: [] };

const SENTENCES = new Intl.Segmenter("en", { granularity: "sentence" });

/**
 * Whether a sentence the segmenter ended at `end` goes on: its last word is an abbreviation from
 * {@link ABBREVIATIONS} ("Dr.", "U.S.") or an initial ("J. Smith"), which Unicode's sentence rules
 * cannot tell from a full stop.
 */
function continues(text: string, start: number, end: number): boolean {
  const sentence = text.slice(start, end).trimEnd();
  if (!sentence.endsWith(".") || end === text.length) return false;
  const word = /([\p{L}.]+)\.$/u.exec(sentence.slice(-13));
  if (word && ABBREVIATIONS.has(word[1]!.toLowerCase())) return true;
  return /(^|\s)\p{Lu}\.$/u.test(sentence.slice(-3));
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
