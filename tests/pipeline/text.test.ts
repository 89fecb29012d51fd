import { describe, expect, it } from "vitest";
import {
  MAX_WHOLE_PARAGRAPH,
  allMatches,
  isSpace,
  quotableExcerpt,
  sentenceSpans,
  splitAtSpaces,
} from "../../src/pipeline/text.ts";

describe("quotableExcerpt", () => {
  const long =
    "All bank card top-ups with an amount exceeding 500,000 tenge ($925) will require mandatory verification of the sender's Individual Identification Number (IIN).";
  const text = `Heading\n${long}\nShort line with $5 in it.`;

  it("cuts a one-sentence paragraph longer than the limit to a window of words that is still in the text", () => {
    expect(long.length).toBeGreaterThan(MAX_WHOLE_PARAGRAPH);
    const start = text.indexOf("500,000");
    const end = start + "500,000 tenge".length;
    const excerpt = quotableExcerpt(text, long, start, end);
    expect(text.includes(excerpt)).toBe(true);
    expect(excerpt).toContain("500,000 tenge");
    expect(excerpt.length).toBeLessThan(long.length);
    // Eight words either side of the number at most.
    expect(excerpt).toBe(
      "All bank card top-ups with an amount exceeding 500,000 tenge ($925) will require mandatory verification of the sender's",
    );
  });

  it("keeps a sentence whole when it is only part of its paragraph, or a short paragraph", () => {
    const para =
      "First sentence here. The agency seized $16.7 million in crypto from the platforms it shut down this year.";
    const t = `${para}\n`;
    const start = t.indexOf("$16.7");
    expect(
      quotableExcerpt(
        t,
        "The agency seized $16.7 million in crypto from the platforms it shut down this year.",
        start,
        start + 13,
      ),
    ).toBe("The agency seized $16.7 million in crypto from the platforms it shut down this year.");
    const s = text.indexOf("$5");
    expect(quotableExcerpt(text, "Short line with $5 in it.", s, s + 2)).toBe("Short line with $5 in it.");
  });
});

describe("sentenceSpans", () => {
  it("does not end a sentence at a decimal point, an abbreviation or an initial", () => {
    const text = "Dr. Smith of the U.S. bank paid $16.7 million. J. Doe left. Next line\nNew paragraph.";
    const sentences = sentenceSpans(text).map((s) => text.slice(s.start, s.end));
    expect(sentences).toEqual([
      "Dr. Smith of the U.S. bank paid $16.7 million.",
      "J. Doe left.",
      "Next line",
      "New paragraph.",
    ]);
  });

  it("ends a sentence at a question or exclamation mark, keeps a closing quote with its sentence, and reads on after an abbreviated month", () => {
    const text =
      "Why now? Because it worked! He said: “It is over.” Then Mr. Smith met Mrs. Jones on Jan. 5. Done";
    const sentences = sentenceSpans(text).map((s) => text.slice(s.start, s.end));
    expect(sentences).toEqual([
      "Why now?",
      "Because it worked!",
      "He said: “It is over.”",
      "Then Mr. Smith met Mrs. Jones on Jan. 5.",
      "Done",
    ]);
  });

  it("gives spans that index the text, without the white space around each sentence", () => {
    const text = "  One.   Two.\n\n  Three.  ";
    expect(sentenceSpans(text)).toEqual([
      { start: 2, end: 6 },
      { start: 9, end: 13 },
      { start: 17, end: 23 },
    ]);
  });

  it("reads an abbreviation as the whole word before its dot, accented, Cyrillic or astral letters included", () => {
    const text = "Paid by co. Then by Ёco. Then by 𝐀co. Then by Ltd. Now.";
    expect(sentenceSpans(text).map((s) => text.slice(s.start, s.end))).toEqual([
      "Paid by co. Then by Ёco.",
      "Then by 𝐀co.",
      "Then by Ltd. Now.",
    ]);
  });
});

describe("allMatches and splitAtSpaces", () => {
  const texts = ["", "a", "  a b\t\tc\n", "x\u00a0y\u2003 z ", "𝐀a𝐀", "2025, 2026; and 7"];

  it("allMatches(pattern, text) gives what text.matchAll(pattern) gives, empty matches included", () => {
    for (const pattern of [/\d+/g, /\s*/g, /(?:)/gu, /(?<w>\p{L})/gu, /[,;]\s|\s[—–-]\s/g])
      for (const text of texts)
        expect(
          allMatches(pattern, text).map((m) => [m.index, ...m]),
          `${pattern} on ${JSON.stringify(text)}`,
        ).toEqual([...text.matchAll(pattern)].map((m) => [m.index, ...m]));
    expect(() => allMatches(/a/, "a")).toThrow(TypeError);
  });

  it("splitAtSpaces(text) splits as text.split(/\\s+/) does, empty ends included", () => {
    for (const text of texts) expect(splitAtSpaces(text), JSON.stringify(text)).toEqual(text.split(/\s+/));
  });
});

describe("isSpace", () => {
  it("agrees with \\s on every UTF-16 code unit, and is false past the end of a string", () => {
    for (let c = 0; c <= 0xffff; c++)
      expect(isSpace(c), c.toString(16)).toBe(/\s/.test(String.fromCharCode(c)));
    expect(isSpace("a".charCodeAt(1))).toBe(false);
  });
});
