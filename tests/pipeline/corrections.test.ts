import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/pipeline/types.ts";
import { CORRECTION_COLUMNS, parseCorrections } from "../../src/pipeline/corrections.ts";
import { DataError } from "../../src/pipeline/errors.ts";
import { claimRow, compile, dataError } from "./helpers.ts";

const claim = (over: Partial<Claim> = {}): Claim => ({
  id: "crypto-seized-2025-001",
  metric: "crypto-seized",
  period: "2025",
  value: 16_700_000,
  unit: "USD",
  qualifier: "about",
  iso: null,
  source: "001_a.txt",
  quote: "seizing around $16.7 million in digital assets.",
  note: "",
  formula: null,
  inputs: [],
  mention: "001_a.txt:10",
  asWritten: "around $16.7 million",
  quoteStart: 0,
  quoteEnd: 47,
  line: 2,
  ...over,
});

const CLAIMS = [
  claim(),
  claim({ id: "digital-tenge-launch-002", unit: "date", value: 19662, iso: "2023-11", qualifier: "exact" }),
];
const HEADER = CORRECTION_COLUMNS.join(",");
const csv = (...rows: string[]) => [HEADER, ...rows, ""].join("\n");

/** The one-line message parseCorrections throws for `text`. */
const errorOf = (text: string): string => {
  try {
    parseCorrections(text, CLAIMS);
  } catch (e) {
    expect(e).toBeInstanceOf(DataError);
    return (e as Error).message;
  }
  throw new Error("expected parseCorrections to throw");
};

describe("parseCorrections", () => {
  it("reads a file that holds only its header as no corrections", () => {
    expect(parseCorrections(`${HEADER}\n`, CLAIMS)).toEqual([]);
    expect(parseCorrections(HEADER, CLAIMS)).toEqual([]);
  });

  it("reads a row into a correction with its line, and quoted fields keep their commas and quotes", () => {
    const text = csv(
      '2026-02-03,crypto-seized-2025-001,qualifier,exact,about,"The article says ""around"", not exactly."',
    );
    expect(parseCorrections(text, CLAIMS)).toEqual([
      {
        date: "2026-02-03",
        claim: "crypto-seized-2025-001",
        field: "qualifier",
        before: "exact",
        after: "about",
        note: 'The article says "around", not exactly.',
        line: 2,
      },
    ]);
  });

  it("sorts corrections by date and keeps file order within a day", () => {
    const text = csv(
      "2026-03-01,crypto-seized-2025-001,qualifier,over,about,Second look at the hedge.",
      "2026-02-01,crypto-seized-2025-001,qualifier,exact,over,First look at the hedge.",
      "2026-02-01,crypto-seized-2025-001,period,2024,2025,The year is the article's.",
    );
    expect(parseCorrections(text, CLAIMS).map((c) => c.line)).toEqual([3, 4, 2]);
  });

  it("compares a corrected value as a number, and a date's value as its ISO month", () => {
    expect(
      parseCorrections(csv("2026-02-01,crypto-seized-2025-001,value,16000000,1.67e7,Misread."), CLAIMS),
    ).toHaveLength(1);
    expect(
      parseCorrections(csv("2026-02-01,digital-tenge-launch-002,value,2023-10,2023-11,Wrong month."), CLAIMS),
    ).toHaveLength(1);
  });

  it.each([
    [
      "2026-2-3,crypto-seized-2025-001,qualifier,exact,about,Hedge.",
      'data/corrections.csv:2: date "2026-2-3" is not a calendar date written YYYY-MM-DD',
    ],
    [
      "2026-02-30,crypto-seized-2025-001,qualifier,exact,about,Hedge.",
      'data/corrections.csv:2: date "2026-02-30" is not a calendar date written YYYY-MM-DD',
    ],
    [
      "2026-02-03,no-such-claim,qualifier,exact,about,Hedge.",
      'data/corrections.csv:2: claim "no-such-claim" is not an id in data/claims.csv',
    ],
    [
      "2026-02-03,crypto-seized-2025-001,id,a,b,Hedge.",
      'data/corrections.csv:2: field "id" is not one of metric, period, value, unit, qualifier, source, quote, note, formula',
    ],
    [
      "2026-02-03,crypto-seized-2025-001,qualifier,about,about,Hedge.",
      'data/corrections.csv:2: before and after are the same ("about"); nothing was corrected',
    ],
    [
      "2026-02-03,crypto-seized-2025-001,qualifier,exact,about,",
      "data/corrections.csv:2: note is empty; say why the claim changed",
    ],
  ])("rejects %j with a one-line error naming the file and line", (row, message) => {
    expect(errorOf(csv(row))).toBe(message);
  });

  it("rejects a note that types a number, and one that names an unknown claim", () => {
    expect(
      errorOf(csv("2026-02-03,crypto-seized-2025-001,qualifier,exact,about,It said 16.7 million.")),
    ).toBe(
      'data/corrections.csv:2: note types the number "16.7"; write {claim-id} so the value comes from the data',
    );
    expect(errorOf(csv("2026-02-03,crypto-seized-2025-001,qualifier,exact,about,See {nope}."))).toBe(
      "data/corrections.csv:2: note names unknown claim {nope}",
    );
  });

  it("rejects a correction whose latest 'after' is not what the claim now holds", () => {
    expect(errorOf(csv("2026-02-03,crypto-seized-2025-001,qualifier,about,over,Hedge."))).toBe(
      'data/corrections.csv:2: after "over" is not what data/claims.csv now holds in qualifier for crypto-seized-2025-001',
    );
    // An earlier correction may hold any value, as long as a later one brings the field up to date.
    const text = csv(
      "2026-03-01,crypto-seized-2025-001,qualifier,over,about,Second look.",
      "2026-02-01,crypto-seized-2025-001,qualifier,exact,over,First look.",
    );
    expect(parseCorrections(text, CLAIMS)).toHaveLength(2);
  });

  it("names the line of a row with the wrong number of fields, and a header that misses a column", () => {
    expect(errorOf(csv("x", "2026-02-03,crypto-seized-2025-001,qualifier"))).toBe(
      "data/corrections.csv:2: row has 1 fields; the header has 6",
    );
    expect(errorOf("date,claim,field,before,after\n")).toBe(
      "data/corrections.csv:1: header must name the columns date, claim, field, before, after, note; missing note",
    );
  });
});

describe("compileData(inputs) with data/corrections.csv", () => {
  const header = `${CORRECTION_COLUMNS.join(",")}\n`;

  it("writes the checked corrections to corrections.json", () => {
    const out = compile({
      claims: [claimRow({ note: "Was read as {shut-2025-a} exchangers." })],
      correctionsCsv: `${header}2026-02-03,shut-2025-a,note,,Was read as {shut-2025-a} exchangers.,A note was added.\n`,
    });
    const { corrections } = JSON.parse(out.files.get("corrections.json")!);
    expect(corrections).toEqual([
      {
        date: "2026-02-03",
        claim: "shut-2025-a",
        field: "note",
        before: "",
        after: "Was read as {shut-2025-a} exchangers.",
        note: "A note was added.",
        line: 2,
      },
    ]);
  });

  it("stops the data step with data/corrections.csv:line when a row is wrong", () => {
    const e = dataError(() =>
      compile({ correctionsCsv: `${header}2026-02-03,shut-2025-a,period,2024,2026,A year was misread.\n` }),
    );
    expect(e.message).toBe(
      'data/corrections.csv:2: after "2026" is not what data/claims.csv now holds in period for shut-2025-a',
    );
  });

  it("writes no corrections when the project has no corrections file", () => {
    expect(JSON.parse(compile().files.get("corrections.json")!).corrections).toEqual([]);
  });
});
