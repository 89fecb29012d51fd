import { describe, expect, it } from "vitest";
import { metricLabel, periodLabel, sourceLabel } from "../../src/components/methodology/labels.ts";
import { conflictAnchor, sourceAnchor } from "../../src/shared/anchors.ts";
import { formulaTokens } from "../../src/components/methodology/formula.ts";
import { EXCERPT_MAX, excerpt, segments } from "../../src/components/methodology/marks.ts";

const SENTENCE =
  "All bank card top-ups with an amount exceeding 500,000 tenge ($925) will require mandatory verification of the sender’s IIN.";
const AT = SENTENCE.indexOf("exceeding 500,000 tenge");
const MARK = { start: AT, end: AT + "exceeding 500,000 tenge".length };

describe("segments", () => {
  it("splits text into plain and marked runs", () => {
    expect(segments("seized $16.7 million today", [{ start: 7, end: 20 }])).toEqual([
      { text: "seized ", mark: false },
      { text: "$16.7 million", mark: true },
      { text: " today", mark: false },
    ]);
  });

  it("merges overlapping marks and clamps marks to the text", () => {
    expect(
      segments("abcdef", [
        { start: 3, end: 9 },
        { start: 1, end: 4 },
      ]),
    ).toEqual([
      { text: "a", mark: false },
      { text: "bcdef", mark: true },
    ]);
  });
});

describe("excerpt", () => {
  it(`returns a sentence of at most ${EXCERPT_MAX} characters whole`, () => {
    const short = "Card top-ups beyond 500,000 KZT ($913) will need an identity verification number (IIN)";
    expect(excerpt(short, [{ start: 13, end: 31 }])).toEqual({
      text: short,
      marks: [{ start: 13, end: 31 }],
      cutStart: false,
      cutEnd: false,
    });
  });

  it("cuts a long sentence at word boundaries around its mark, keeping the mark on the same words", () => {
    expect(SENTENCE.length).toBeGreaterThan(EXCERPT_MAX);
    const e = excerpt(SENTENCE, [MARK]);
    expect(e.text.length).toBeLessThanOrEqual(EXCERPT_MAX);
    expect(SENTENCE).toContain(e.text);
    expect(e.text.slice(e.marks[0]!.start, e.marks[0]!.end)).toBe("exceeding 500,000 tenge");
    expect(e.cutStart || e.cutEnd).toBe(true);
    const from = SENTENCE.indexOf(e.text);
    if (e.cutStart) expect(SENTENCE[from - 1]).toBe(" ");
    if (e.cutEnd) expect(SENTENCE[from + e.text.length]).toBe(" ");
  });
});

describe("anchors", () => {
  it("names conflicts with ':' replaced by '-' and sources by file stem", () => {
    expect(conflictAnchor("value:exchangers-shut:2025")).toBe("conflict-value-exchangers-shut-2025");
    expect(sourceAnchor("001_31deede589c63d02.txt")).toBe("source-001_31deede589c63d02");
  });

  it("names an article for readers by its outlet, else its headline, never its file", () => {
    expect(sourceLabel({ outlet: "HODL FM", title: "Kazakhstan’s Financial…" })).toBe("HODL FM");
    expect(sourceLabel({ outlet: null, title: "Kazakhstan Targets Unlicensed Crypto Platforms" })).toBe(
      "Kazakhstan Targets Unlicensed Crypto Platforms",
    );
  });

  it("puts metric ids and periods into words", () => {
    expect(metricLabel("card-topup-threshold-kzt")).toBe("Card top-up threshold (tenge)");
    expect(metricLabel("aifc-trading-volume")).toBe("AIFC trading volume");
    expect(periodLabel("last-three-years")).toBe("last three years");
    expect(periodLabel("undated")).toBe("not stated");
    expect(periodLabel("2025")).toBe("2025");
  });
});

describe("formulaTokens", () => {
  it("reads 'a - b' as a subtraction with a minus sign", () => {
    expect(formulaTokens("a - b")).toEqual([{ ref: "a" }, { op: "−" }, { ref: "b" }]);
  });

  it("keeps the parentheses the arithmetic needs, and only those", () => {
    expect(formulaTokens("(a - b) * 2")).toEqual([
      { paren: "(" },
      { ref: "a" },
      { op: "−" },
      { ref: "b" },
      { paren: ")" },
      { op: "×" },
      { num: 2 },
    ]);
    expect(formulaTokens("a - (b + c)").filter((t) => "paren" in t)).toHaveLength(2);
    expect(formulaTokens("(a * b) + c").filter((t) => "paren" in t)).toHaveLength(0);
  });
});
