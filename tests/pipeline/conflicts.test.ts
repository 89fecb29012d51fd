import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/pipeline/claims.ts";
import {
  decisionCsvLine,
  describeUndecided,
  detectConflicts,
  suggestDecision,
} from "../../src/pipeline/conflicts.ts";
import { extractMentions } from "../../src/pipeline/extract.ts";
import { readSeed } from "../../src/pipeline/sources.ts";
import type { Conflict } from "../../src/pipeline/types.ts";
import {
  SEED_A,
  SEED_B,
  SEED_C,
  claimRow,
  claimsCsv,
  dataError,
  decisionsCsv,
  derivedRow,
  seedFile,
} from "./helpers.ts";

const texts: Record<string, string> = { "a.txt": SEED_A, "b.txt": SEED_B, "c.txt": SEED_C };

/** Verifies `rows` against the named seeds and detects conflicts among them and their mentions. */
function conflictsIn(seedIds: string[], rows: string[], decisions = decisionsCsv()): Conflict[] {
  const seeds = new Map(seedIds.map((id) => [id, readSeed(seedFile(id, texts[id]!))]));
  const mentions = new Map(seedIds.map((id) => [id, extractMentions(texts[id]!, id)]));
  const claims = verifyClaims(claimsCsv(...rows), seeds, mentions);
  return detectConflicts(claims, [...mentions.values()].flat(), seeds, decisions);
}

const SHUT_A = claimRow();
const SHUT_B = claimRow({
  id: "shut-2025-b",
  value: "22",
  source: "b.txt",
  quote: "regulators closed 22 unlicensed exchanges",
});
const SHUT_C = claimRow({ id: "shut-2025-c", source: "c.txt", quote: "130 crypto platforms were shut" });
const TOPUP_USD_A = claimRow({
  id: "topup-usd-a",
  metric: "topup-threshold-usd",
  period: "new-rule",
  value: "925",
  unit: "USD",
  quote: "exceeding 500,000 tenge ($925)",
});

describe("detectConflicts", () => {
  it("finds one value conflict when two seeds give different counts for one metric and period, with both quotes", () => {
    const values = conflictsIn(["a.txt", "b.txt"], [SHUT_A, SHUT_B]).filter((c) => c.kind === "value");
    expect(values).toHaveLength(1);
    expect(values[0]).toMatchObject({
      id: "value:exchangers-shut:2025",
      subject: "exchangers-shut:2025",
      summary: "exchangers-shut (2025): the sources give 22 count and 130 count",
      decision: null,
    });
    expect(
      values[0]!.items.map(({ source, quote, value, claim }) => ({ source, quote, value, claim })),
    ).toEqual([
      {
        source: "a.txt",
        quote: "authorities shut down 130 crypto platforms",
        value: 130,
        claim: "shut-2025-a",
      },
      {
        source: "b.txt",
        quote: "regulators closed 22 unlicensed exchanges",
        value: 22,
        claim: "shut-2025-b",
      },
    ]);
  });

  it("finds no value conflict when the seeds agree, nor between different periods or derived rows", () => {
    const shut2024 = claimRow({
      id: "shut-2024-a",
      period: "2024",
      value: "36",
      quote: "when 36 platforms were closed",
    });
    const derived = derivedRow("shut-2025-total", "166", "shut-2025-a + shut-2024-a");
    const conflicts = conflictsIn(["a.txt", "c.txt"], [SHUT_A, SHUT_C, shut2024, derived]);
    expect(conflicts.filter((c) => c.kind === "value")).toEqual([]);
  });

  it("finds a conversion conflict when one tenge amount is converted to two dollar figures, listing every quote with its implied rate", () => {
    const conversion = conflictsIn(["a.txt", "b.txt", "c.txt"], [TOPUP_USD_A]).filter(
      (c) => c.kind === "conversion",
    );
    expect(conversion).toHaveLength(1);
    const [k] = conversion;
    expect(k!.id).toBe("conversion:500000-KZT");
    expect(k!.subject).toBe("500000 KZT in USD");
    expect(k!.summary).toBe("500000 KZT is converted to 913 USD and 925 USD");
    // 500,000 / 925 = 540.54… and 500,000 / 913 = 547.64…, to one decimal.
    expect(
      k!.items.map(({ source, value, unit, rate, claim }) => ({ source, value, unit, rate, claim })),
    ).toEqual([
      { source: "a.txt", value: 925, unit: "USD", rate: 540.5, claim: "topup-usd-a" },
      { source: "b.txt", value: 913, unit: "USD", rate: 547.6, claim: null },
      { source: "c.txt", value: 925, unit: "USD", rate: 540.5, claim: null },
    ]);
    for (const item of k!.items) {
      expect(texts[item.source]).toContain(item.quote);
      expect(item.rate).toBeCloseTo(500_000 / item.value!, 1);
    }
    expect(k!.items.map((i) => i.quote)).toEqual([
      expect.stringContaining("500,000 tenge ($925)"),
      expect.stringContaining("500,000 KZT ($913)"),
      expect.stringContaining("500,000 tenge ($925)"),
    ]);
  });

  it("finds no conversion conflict when every seed converts an amount at the same rate", () => {
    expect(conflictsIn(["a.txt", "c.txt"], [SHUT_A]).filter((c) => c.kind === "conversion")).toEqual([]);
  });

  it("attaches each decision to the conflict it names", () => {
    const conflicts = conflictsIn(
      ["a.txt", "b.txt"],
      [SHUT_A, SHUT_B],
      decisionsCsv(
        "conversion:500000-KZT,A title,,conversion-rate,,Two exchange rates.",
        "value:exchangers-shut:2025,A title,,category,shut-2025-a,The AFM counts exchangers; {shut-2025-b} counts exchanges.",
      ),
    );
    const decisionOf = (id: string) => conflicts.find((c) => c.id === id)?.decision;
    expect(decisionOf("value:exchangers-shut:2025")).toEqual({
      difference: "category",
      chosen: "shut-2025-a",
      reason: "The AFM counts exchangers; {shut-2025-b} counts exchanges.",
    });
    expect(decisionOf("conversion:500000-KZT")).toEqual({
      difference: "conversion-rate",
      chosen: null,
      reason: "Two exchange rates.",
    });
  });
});

describe("detectConflicts rejects bad rows of decisions.csv with one line naming the file and row", () => {
  const rejected = (...rows: string[]) =>
    dataError(() => conflictsIn(["a.txt", "b.txt"], [SHUT_A, SHUT_B], decisionsCsv(...rows)));
  const good = "value:exchangers-shut:2025,A title,,category,shut-2025-a,Different things are counted.";

  it("rejects a decision for a conflict that was not detected", () => {
    const e = rejected(good, "value:exchangers-shut:2024,A title,,amount,,No such conflict.");
    expect(e.message).toBe(
      'data/decisions.csv:3: no conflict "value:exchangers-shut:2024" was detected; fix its id, or name the claims that disagree in the claims column',
    );
    expect(e.line).toBe(3);
  });

  it("rejects a decision that chooses an unknown claim", () => {
    const e = rejected(
      "value:exchangers-shut:2025,A title,,category,shut-2025-z,Different things are counted.",
    );
    expect(e.message).toBe('data/decisions.csv:2: chosen claim "shut-2025-z" is not in data/claims.csv');
    expect(e.line).toBe(2);
  });

  it("rejects a decision with an empty reason", () => {
    const e = rejected("value:exchangers-shut:2025,A title,,category,shut-2025-a,  ");
    expect(e.message).toBe("data/decisions.csv:2: reason is empty: say why the story chose what it did");
  });

  it("rejects a second decision for the same conflict", () => {
    const e = rejected(good, good);
    expect(e.message).toBe('data/decisions.csv:3: a second decision for "value:exchangers-shut:2025"');
  });

  it("rejects an unknown kind of difference", () => {
    const e = rejected(
      "value:exchangers-shut:2025,A title,,opinion,shut-2025-a,Different things are counted.",
    );
    expect(e.message).toBe(
      'data/decisions.csv:2: unknown difference "opinion"; use one of amount, conversion-rate, category, date, rounding, qualifier, scope, statement',
    );
  });

  it("rejects a reason that types a number instead of naming a {claim-id}", () => {
    const e = rejected("value:exchangers-shut:2025,A title,,category,shut-2025-a,The other article says 22.");
    expect(e.message).toBe(
      'data/decisions.csv:2: reason types the number "22."; write {claim-id} so the value comes from the data',
    );
  });
});

describe("statements, hedges and declared disagreements", () => {
  const STATEMENT_A = claimRow({
    id: "rule-a",
    metric: "card-rule",
    period: "new-rule",
    value: "",
    unit: "",
    qualifier: "",
    quote: "need the sender's IIN",
  });
  const STATEMENT_B = claimRow({
    id: "rule-b",
    metric: "card-rule",
    period: "new-rule",
    value: "",
    unit: "",
    qualifier: "",
    source: "b.txt",
    quote: "need an identity number",
  });
  const SHUT_C_ABOUT = claimRow({
    id: "shut-2025-c",
    source: "c.txt",
    qualifier: "about",
    quote: "130 crypto platforms were shut",
  });

  it("verifies a statement claim by its quote alone and never compares it as a value", () => {
    const conflicts = conflictsIn(["a.txt", "b.txt"], [STATEMENT_A, STATEMENT_B]);
    expect(conflicts.filter((c) => c.kind === "value" || c.kind === "qualifier")).toEqual([]);
  });

  it("rejects a statement whose quote is not in its seed", () => {
    const bad = claimRow({ id: "rule-x", value: "", unit: "", qualifier: "", quote: "no such words" });
    expect(dataError(() => conflictsIn(["a.txt"], [bad])).message).toBe(
      "data/claims.csv:2: quote not found in seeds/a.txt",
    );
  });

  it("rejects a row with a value but no unit, naming both ways to fix it", () => {
    const bad = claimRow({ unit: "" });
    expect(dataError(() => conflictsIn(["a.txt"], [bad])).message).toMatch(
      /^data\/claims\.csv:2: unit is empty; .*leave value empty too for a statement$/,
    );
  });

  it("finds a qualifier conflict when two seeds give the same value with different hedges", () => {
    const k = conflictsIn(["a.txt", "c.txt"], [SHUT_A, SHUT_C_ABOUT]).find((c) => c.kind === "qualifier");
    expect(k?.id).toBe("qualifier:exchangers-shut:2025");
    expect(k?.items.map((i) => [i.claim, i.value, i.qualifier])).toEqual([
      ["shut-2025-a", 130, "exact"],
      ["shut-2025-c", 130, "about"],
    ]);
  });

  it("builds a declared disagreement over statement claims with both quotes, its title and decision", () => {
    const k = conflictsIn(
      ["a.txt", "b.txt"],
      [STATEMENT_A, STATEMENT_B],
      decisionsCsv("card-rule-scope,What the rule covers,rule-a rule-b,scope,rule-a,One names the sender."),
    ).find((c) => c.id === "card-rule-scope");
    expect(k?.kind).toBe("declared");
    expect(k?.title).toBe("What the rule covers");
    expect(k?.items.map((i) => [i.source, i.quote, i.value])).toEqual([
      ["a.txt", "need the sender's IIN", null],
      ["b.txt", "need an identity number", null],
    ]);
    expect(k?.decision).toEqual({ difference: "scope", chosen: "rule-a", reason: "One names the sender." });
  });

  it("rejects a declared disagreement naming a claim that does not exist, or only one claim", () => {
    const run = (row: string) =>
      dataError(() => conflictsIn(["a.txt", "b.txt"], [STATEMENT_A, STATEMENT_B], decisionsCsv(row)));
    expect(run("scope-x,Scope,rule-a rule-z,scope,,Differ.").message).toBe(
      'data/decisions.csv:2: claim "rule-z" is not in data/claims.csv',
    );
    expect(run("scope-x,Scope,rule-a,scope,,Differ.").message).toBe(
      'data/decisions.csv:2: a disagreement needs at least two claims; "scope-x" names one',
    );
    expect(run("scope-x,Scope,rule-a rule-b,scope,shut-2025-a,Differ.").message).toBe(
      'data/decisions.csv:2: chosen claim "shut-2025-a" is not in data/claims.csv',
    );
  });

  it("rejects a note that puts a count where the sentence needs a noun ('the figure in {id}' reads 'in 130')", () => {
    const noted = claimRow({
      id: "shut-2025-c",
      source: "c.txt",
      quote: "130 crypto platforms were shut",
      note: "Matches the figure in {shut-2025-a}.",
    });
    expect(dataError(() => conflictsIn(["a.txt", "c.txt"], [SHUT_A, noted])).message).toBe(
      'data/claims.csv:3: note reads "in {shut-2025-a}" as a number where the sentence needs a noun; reword it',
    );
  });

  it("rejects a decision with no title, since readers see disagreements by their titles", () => {
    const e = dataError(() =>
      conflictsIn(
        ["a.txt", "b.txt"],
        [SHUT_A, SHUT_B],
        decisionsCsv("value:exchangers-shut:2025,,,amount,,Why."),
      ),
    );
    expect(e.message).toBe(
      "data/decisions.csv:2: title is empty: name the disagreement in words for readers",
    );
  });
});

describe("suggestDecision and describeUndecided: the decisions.csv row for a conflict no editor has decided", () => {
  const SHUT_C_EXTRA = claimRow({
    id: "shut-2025-c",
    source: "c.txt",
    quote: "130 crypto platforms were shut",
  });

  it("chooses the value most quotes give and names every claim, in a row detectConflicts accepts", () => {
    const [k] = conflictsIn(["a.txt", "b.txt", "c.txt"], [SHUT_B, SHUT_A, SHUT_C_EXTRA]);
    expect(k!.decision).toBeNull();
    const row = suggestDecision(k!);
    // Two quotes say 130 (a and c), one says 22 (b): the story keeps 130, from the first claim giving it.
    expect(row).toMatchObject({
      conflict: "value:exchangers-shut:2025",
      difference: "amount",
      chosen: "shut-2025-a",
    });
    for (const id of ["shut-2025-a", "shut-2025-b", "shut-2025-c"]) expect(row.reason).toContain(`{${id}}`);
    const decided = conflictsIn(
      ["a.txt", "b.txt", "c.txt"],
      [SHUT_B, SHUT_A, SHUT_C_EXTRA],
      decisionsCsv(decisionCsvLine(row)),
    );
    expect(decided.find((c) => c.id === row.conflict)!.decision).toEqual({
      difference: "amount",
      chosen: "shut-2025-a",
      reason: row.reason,
    });
  });

  it("gives a conversion between articles no claim cites a row choosing nothing, still accepted", () => {
    const k = conflictsIn(["a.txt", "b.txt"], [SHUT_A]).find((c) => c.kind === "conversion")!;
    const row = suggestDecision(k);
    expect(row).toMatchObject({
      conflict: "conversion:500000-KZT",
      difference: "conversion-rate",
      chosen: "",
    });
    const decided = conflictsIn(["a.txt", "b.txt"], [SHUT_A], decisionsCsv(decisionCsvLine(row)));
    expect(decided.find((c) => c.id === "conversion:500000-KZT")!.decision?.chosen).toBeNull();
  });

  it("lists each undecided conflict with its id, every value with its claim or mention and source, and the row", () => {
    const conflicts = conflictsIn(["a.txt", "b.txt"], [SHUT_A, SHUT_B]);
    const lines = describeUndecided(conflicts);
    expect(lines.filter((l) => l.startsWith("undecided conflict "))).toEqual([
      "undecided conflict value:exchangers-shut:2025: exchangers-shut (2025): the sources give 22 count and 130 count",
      "undecided conflict conversion:500000-KZT: 500000 KZT is converted to 913 USD and 925 USD",
    ]);
    expect(lines).toContain("  130 count  shut-2025-a  a.txt");
    expect(lines).toContain("  22 count  shut-2025-b  b.txt");
    expect(lines.some((l) => /^ {2}925 USD {2}\(no claim: mention a\.txt:\d+\) {2}a\.txt$/.test(l))).toBe(
      true,
    );
    const rows = lines
      .filter((l) => l.includes("add to data/decisions.csv"))
      .map((l) => l.split(": ").slice(1).join(": "));
    expect(rows.map((r) => r.split(",")[0])).toEqual(["value:exchangers-shut:2025", "conversion:500000-KZT"]);
    // Pasting every row decides every conflict.
    const decided = conflictsIn(["a.txt", "b.txt"], [SHUT_A, SHUT_B], decisionsCsv(...rows));
    expect(describeUndecided(decided)).toEqual([]);
  });
});
