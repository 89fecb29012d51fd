import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/pipeline/claims.ts";
import { extractMentions } from "../../src/pipeline/extract.ts";
import { readSeed } from "../../src/pipeline/sources.ts";
import { FIXTURE_SEEDS, SEED_A, claimRow, claimsCsv, dataError, derivedRow } from "./helpers.ts";

const seeds = new Map(FIXTURE_SEEDS.map((f) => readSeed(f)).map((s) => [s.id, s]));
const mentions = new Map([...seeds.values()].map((s) => [s.id, extractMentions(s.text, s.id)]));
const verify = (...rows: string[]) => verifyClaims(claimsCsv(...rows), seeds, mentions);

const shut2024 = claimRow({
  id: "shut-2024-a",
  period: "2024",
  value: "36",
  quote: "when 36 platforms were closed",
});

describe("verifyClaims accepts rows its seeds bear out", () => {
  it("records where a quote stands in its seed and the number that carries the value", () => {
    const [claim] = verify(claimRow());
    const quote = "authorities shut down 130 crypto platforms";
    expect(claim).toMatchObject({
      id: "shut-2025-a",
      value: 130,
      unit: "count",
      source: "a.txt",
      quote,
      quoteStart: SEED_A.indexOf(quote),
      quoteEnd: SEED_A.indexOf(quote) + quote.length,
      asWritten: "130",
      mention: `a.txt:${SEED_A.indexOf("130")}`,
      line: 2,
    });
  });

  it("accepts a dollar value carried by the bracketed conversion of a tenge amount", () => {
    const [claim] = verify(
      claimRow({ id: "topup-usd", value: "925", unit: "USD", quote: "exceeding 500,000 tenge ($925)" }),
    );
    expect(claim!.asWritten).toBe("$925");
  });

  it("accepts a short paragraph quoted whole (at most 100 characters)", () => {
    const line = "This is up from the previous year, when 36 platforms were closed.";
    expect(SEED_A.split("\n")).toContain(line);
    expect(verify(claimRow({ value: "36", quote: line }))[0]!.quote).toBe(line);
  });

  it("recomputes a derived row: 130 shut in 2025 less 36 in 2024 is a rise of 94", () => {
    const claims = verify(claimRow(), shut2024, derivedRow("rise", "94", "shut-2025-a - shut-2024-a"));
    expect(claims[2]).toMatchObject({ id: "rise", value: 94, source: null, quote: null });
    expect(claims[2]!.inputs).toEqual(["shut-2024-a", "shut-2025-a"]);
  });
});

describe("verifyClaims rejects bad rows with one line naming data/claims.csv and the row's line", () => {
  it("rejects a quote that is not in its seed, naming the CSV line", () => {
    const e = dataError(() =>
      verify(claimRow(), claimRow({ id: "typo", quote: "authorities shut down 131 crypto platforms" })),
    );
    expect(e.message).toBe("data/claims.csv:3: quote not found in seeds/a.txt");
    expect(e.line).toBe(3);
  });

  it("rejects a quote that is in another seed but not in the one the row names", () => {
    const e = dataError(() => verify(claimRow({ value: "22", quote: "regulators closed 22 unlicensed" })));
    expect(e.message).toBe("data/claims.csv:2: quote not found in seeds/a.txt");
  });

  it("names the line where the bad row starts when an earlier note spans two lines", () => {
    // Header on line 1, the first row on lines 2–3, the bad row on line 4.
    const e = dataError(() =>
      verify(claimRow({ note: "Two lines\nof note." }), claimRow({ id: "bad", quote: "nowhere" })),
    );
    expect(e.message).toBe("data/claims.csv:4: quote not found in seeds/a.txt");
    expect(e.line).toBe(4);
  });

  it("rejects a value that no number in the quote carries, listing the numbers that are there", () => {
    const e = dataError(() => verify(claimRow({ value: "131" })));
    expect(e.line).toBe(2);
    expect(e.message).toMatch(
      /^data\/claims\.csv:2: no number in the quote carries 131 count; numbers found there: .*130 \(130 count\)/,
    );
  });

  it("rejects the right number in the wrong unit", () => {
    const e = dataError(() => verify(claimRow({ unit: "USD" })));
    expect(e.message).toMatch(/^data\/claims\.csv:2: no number in the quote carries 130 USD;/);
  });

  it("rejects a value that stands in the seed but outside the quote", () => {
    const e = dataError(() => verify(claimRow({ quote: "authorities shut down" })));
    expect(e.message).toBe(
      "data/claims.csv:2: no number in the quote carries 130 count; numbers found there: none",
    );
  });

  it("rejects a source that is not a seed file", () => {
    const e = dataError(() => verify(claimRow(), claimRow({ id: "other", source: "c.txt" })));
    expect(e.message).toBe('data/claims.csv:3: unknown source "c.txt": no such file in seeds/');
    expect(e.line).toBe(3);
  });

  it("rejects an unknown unit, listing the units it knows", () => {
    const e = dataError(() => verify(claimRow({ unit: "EUR" })));
    expect(e.message).toBe(
      'data/claims.csv:2: unknown unit "EUR"; use one of KZT, USD, USDT, count, percent, minutes, hours, days, weeks, months, years, year, date',
    );
  });

  it("rejects a duplicate id on its second line, naming the first", () => {
    const e = dataError(() => verify(claimRow(), shut2024, claimRow()));
    expect(e.message).toBe('data/claims.csv:4: duplicate id "shut-2025-a" (first on line 2)');
    expect(e.line).toBe(4);
  });

  it("rejects a value written the way the article writes it", () => {
    const e = dataError(() => verify(claimRow({ value: "$16.7M", unit: "USD" })));
    expect(e.message).toBe('data/claims.csv:2: value "$16.7M" is not a number (write 16700000, not $16.7M)');
  });

  it("rejects a malformed row (too many columns) on the line where it starts", () => {
    const e = dataError(() =>
      verify(claimRow({ note: "Two lines\nof note." }), `${claimRow({ id: "x" })},extra`),
    );
    expect(e.message).toBe("data/claims.csv:4: row has 11 fields; the header has 10");
  });

  it("rejects a derived row that names an unknown claim id", () => {
    const e = dataError(() => verify(claimRow(), derivedRow("rise", "94", "shut-2025-a - nope")));
    expect(e.message).toBe('data/claims.csv:3: formula names unknown claim id "nope"');
    expect(e.line).toBe(3);
  });

  it("rejects derived rows that form a cycle a → b → a, on the line of the first", () => {
    const e = dataError(() =>
      verify(claimRow(), derivedRow("loop-a", "130", "loop-b"), derivedRow("loop-b", "130", "loop-a")),
    );
    expect(e.message).toBe("data/claims.csv:3: derived rows form a cycle: loop-a → loop-b → loop-a");
    expect(e.line).toBe(3);
  });

  it("rejects a derived row that names itself (a → a)", () => {
    const e = dataError(() => verify(claimRow(), derivedRow("self", "130", "self")));
    expect(e.message).toBe("data/claims.csv:3: derived rows form a cycle: self → self");
  });

  it("rejects a derived value that does not match its formula, giving the computed value", () => {
    const e = dataError(() =>
      verify(claimRow(), shut2024, derivedRow("rise", "100", "shut-2025-a - shut-2024-a")),
    );
    expect(e.message).toBe(
      "data/claims.csv:4: derived value 100 does not match its formula shut-2025-a - shut-2024-a = 94",
    );
    expect(e.line).toBe(4);
  });

  it("rejects a derived row that adds amounts in different units", () => {
    const e = dataError(() =>
      verify(
        claimRow(),
        claimRow({ id: "seized", value: "16700000", unit: "USD", quote: "seized $16.7 million" }),
        derivedRow("mixed", "16700130", "seized + shut-2025-a", "USD"),
      ),
    );
    expect(e.message).toBe(
      "data/claims.csv:4: formula adds count (shut-2025-a) to USD; convert explicitly with * or /",
    );
  });

  it("rejects a row with both a formula and a quote", () => {
    const e = dataError(() => verify(claimRow(), claimRow({ id: "both", formula: "shut-2025-a" })));
    expect(e.message).toBe("data/claims.csv:3: a derived row has a formula and no source or quote");
  });

  it("rejects a note that types a digit instead of naming a {claim-id}", () => {
    const e = dataError(() => verify(claimRow({ note: "Up from 36 the year before." })));
    expect(e.message).toBe(
      'data/claims.csv:2: note types the number "36"; write {claim-id} so the value comes from the data',
    );
    expect(e.line).toBe(2);
  });

  it("accepts a note that names a claim as {claim-id}, and rejects one naming an unknown claim", () => {
    expect(verify(claimRow({ note: "Up from {shut-2024-a}." }), shut2024)[0]!.note).toBe(
      "Up from {shut-2024-a}.",
    );
    const e = dataError(() => verify(claimRow({ note: "Up from {shut-2023-a}." }), shut2024));
    expect(e.message).toBe("data/claims.csv:2: note names unknown claim {shut-2023-a}");
  });

  it("rejects a quote that reproduces a whole paragraph of more than 100 characters", () => {
    const paragraph = SEED_A.split("\n")[1]!;
    expect(paragraph.length).toBeGreaterThan(100);
    const e = dataError(() => verify(claimRow({ quote: paragraph })));
    expect(e.message).toBe(
      "data/claims.csv:2: quote reproduces a whole paragraph of seeds/a.txt; quote only the clause that carries the claim",
    );
  });
});
