/**
 * Triage, piece by piece: agreement within stated precision, the year a number speaks of, the words
 * around it, and verdicts on small articles read against claims built for each case; then the rows
 * it suggests, pasted for every test article, and its output file.
 */
import { describe, expect, it } from "vitest";
import { statementsAgree, type Statement } from "../../src/pipeline/agreement.ts";
import { verifyClaims } from "../../src/pipeline/claims.ts";
import { compileData } from "../../src/pipeline/compile.ts";
import { detectConflicts } from "../../src/pipeline/conflicts.ts";
import { extractMentions } from "../../src/pipeline/extract.ts";
import { conceptsOf, stem, tokenize } from "../../src/pipeline/meaning.ts";
import { mentionYears } from "../../src/pipeline/periods.ts";
import { claimsFileSchema, triageFileSchema } from "../../src/pipeline/schema.ts";
import { readSeed } from "../../src/pipeline/sources.ts";
import {
  countedNoun,
  indexClaims,
  shortestQuote,
  sourceTag,
  triageArticle,
  type TriageReport,
} from "../../src/pipeline/triage.ts";
import { sentenceSpans, spanAt } from "../../src/pipeline/text.ts";
import type { Claim } from "../../src/pipeline/types.ts";
import { SEED_A, SEED_B, claimRow, claimsCsv, compile, decisionsCsv, seedFile } from "./helpers.ts";
import { labelledArticles, pinnedInputs } from "./triage-labels.ts";

const said = (value: number, qualifier: Statement["qualifier"], text: string): Statement => ({
  value,
  qualifier,
  text,
});

describe("statementsAgree: two statements agree when the ranges their precision and qualifiers allow overlap", () => {
  it.each([
    [
      "over 13.2 trillion",
      said(13.2e12, "over", "over 13.2 trillion KZT"),
      said(13.2e12, "exact", "13.2 trillion tenge"),
      true,
    ],
    ["130 and 130", said(130, "exact", "130"), said(130, "exact", "130"), true],
    ["130 and 131", said(130, "exact", "130"), said(131, "exact", "131"), false],
    [
      "$17 million rounds $16.7 million",
      said(17e6, "exact", "$17 million"),
      said(16.7e6, "exact", "$16.7 million"),
      true,
    ],
    [
      "$16.5 million and $16.7 million",
      said(16.5e6, "exact", "$16.5 million"),
      said(16.7e6, "exact", "$16.7 million"),
      false,
    ],
    [
      "over $43 million and $51 million",
      said(43e6, "over", "over $43 million"),
      said(51e6, "exact", "$51 million"),
      false,
    ],
    ["500,000 and 420,000", said(5e5, "exact", "500,000"), said(4.2e5, "exact", "420,000"), false],
    ["less than 5% and 4.5%", said(5, "under", "less than 5%"), said(4.5, "exact", "4.5%"), true],
    [
      "one trillion and 1.2 trillion",
      said(1e12, "exact", "one trillion"),
      said(1.2e12, "exact", "1.2 trillion"),
      false,
    ],
    ["six and 6 months", said(6, "exact", "six months"), said(6, "at-least", "at least six months"), true],
  ])("%s: %s", (_, a, b, agree) => {
    expect(statementsAgree(a, b)).toBe(agree);
    expect(statementsAgree(b, a)).toBe(agree);
  });

  it("reads 'about' as exact for a conversion: $913 and $925 are two exchange rates", () => {
    const about913 = said(913, "about", "$913");
    const at925 = said(925, "exact", "$925");
    expect(statementsAgree(about913, at925)).toBe(true);
    expect(statementsAgree(about913, at925, true)).toBe(false);
  });
});

describe("mentionYears: the year a number speaks of", () => {
  const yearsOf = (text: string, date: string | null) => {
    const mentions = extractMentions(text, "t.txt");
    const years = mentionYears(text, mentions, date);
    return Object.fromEntries(
      mentions.filter((m) => years.has(m.id)).map((m) => [m.text, years.get(m.id)!.year]),
    );
  };

  it("resolves 'last year' and 'the year before' against the article's date", () => {
    const text = "Regulators closed 130 exchangers last year, up from 36 platforms the year before.\n";
    expect(yearsOf(text, "2026-01-08")).toEqual({ "130": 2025, "36": 2024 });
  });

  it("leaves 'last year' unresolved in an article that states no date", () => {
    expect(yearsOf("Regulators closed 130 exchangers last year.\n", null)).toEqual({ "130": null });
  });

  it("takes the year of the clause or sentence, and never the base of a comparison", () => {
    const text = "In 2024, over 13.2 trillion tenge was withdrawn, one trillion tenge more than in 2023.\n";
    expect(yearsOf(text, null)).toEqual({ "over 13.2 trillion tenge": 2024, "one trillion tenge": 2024 });
  });

  it("carries the year of a sentence to the next one in the same paragraph, not to the next paragraph", () => {
    const text =
      "In 2025, 130 exchangers were shut. They also seized $16.7 million.\nBanks keep videos for six months.\n";
    expect(yearsOf(text, null)).toEqual({ "130": 2025, "$16.7 million": 2025, "six months": null });
  });
});

describe("the words around a number", () => {
  it("stem and fold synonyms: shutting down, closed and liquidated are one act", () => {
    expect(conceptsOf("shutting down 130 unlicensed exchanges")).toEqual(["close", "unlicens", "exchange"]);
    expect(conceptsOf("closed exchangers")).toEqual(conceptsOf("liquidated platforms"));
    expect(stem("banned")).toBe(stem("ban"));
    expect(stem("seized")).toBe(stem("seizing"));
  });

  it("tokenize gives each concept its offset, reads phrases across spaces, hyphens and line breaks, and keeps accented and Cyrillic words", () => {
    const text =
      "They took down 12 rings, shut\ndown a café in Алматы and rose to $5 million at cash-machines.";
    expect(tokenize(text).map((t) => [t.concept, t.start])).toEqual([
      ["close", 5], // "took down", at its first word
      ["network", 18],
      ["close", 25], // "shut\ndown"
      ["café", 37],
      ["алматы", 45],
      ["rise", 56],
      ["total", 61], // "to" before a figure
      ["atm", 78], // "cash-machines"
    ]);
  });

  it("countedNoun stops at a participle: '22 cited by' counts nothing named", () => {
    expect(countedNoun("cited")).toBeNull();
    expect(countedNoun("platforms closed last year")).toBe("platforms");
    expect(countedNoun(null)).toBeNull();
  });

  it("sourceTag names a seed by its number, or by a slug of its name", () => {
    expect(sourceTag("005_abcdef.txt")).toBe("005");
    expect(sourceTag("Reuters Jan 2026.txt")).toBe("reuters-jan-2026");
  });

  it("shortestQuote keeps the clause of the number, widened to six words, as a substring of the text", () => {
    const text =
      "Headline\nIn 2025, authorities shut down 130 crypto platforms, and they seized $16.7 million in cryptocurrencies, officials said.\n";
    const at = text.indexOf("$16.7 million");
    const quote = shortestQuote(text, spanAt(sentenceSpans(text), at), { start: at, end: at + 13 });
    expect(quote).toBe("they seized $16.7 million in cryptocurrencies");
    expect(text).toContain(quote);
  });
});

/** Triage of `article` against claims quoted from seeds a and b (tests/pipeline/helpers.ts). */
function triage(
  article: string,
  rows: string[],
  date: string | null = null,
  edit?: (claims: Claim[]) => Claim[],
): TriageReport {
  const seeds = new Map(
    ["a.txt", "b.txt"].map((id) => [id, readSeed(seedFile(id, id === "a.txt" ? SEED_A : SEED_B))]),
  );
  const mentions = new Map([...seeds.values()].map((s) => [s.id, extractMentions(s.text, s.id)]));
  let claims = verifyClaims(claimsCsv(...rows), seeds, mentions);
  const conflicts = detectConflicts(claims, [...mentions.values()].flat(), seeds, decisionsCsv());
  if (edit) claims = edit(claims);
  const index = indexClaims({ claims, mentions: [...mentions.values()].flat(), conflicts });
  const seed = { id: "new.txt", text: article };
  return triageArticle(index, seed, extractMentions(article, seed.id), date);
}

const SHUT_2025 = claimRow();
const SHUT_2024 = claimRow({
  id: "shut-2024-a",
  period: "2024",
  value: "36",
  quote: "when 36 platforms were closed",
});
const TOPUP_KZT = claimRow({
  id: "topup-kzt-a",
  metric: "topup-threshold-kzt",
  period: "new-rule",
  value: "500000",
  unit: "KZT",
  quote: "Top-ups exceeding 500,000 tenge ($925) need the sender's IIN.",
});
const TOPUP_USD = claimRow({
  id: "topup-usd-a",
  metric: "topup-threshold-usd",
  period: "new-rule",
  value: "925",
  unit: "USD",
  quote: "Top-ups exceeding 500,000 tenge ($925) need the sender's IIN.",
});
const verdicts = (r: TriageReport) => r.items.map((i) => [i.mention.text, i.verdict, i.claim]);

describe("triageArticle: verdicts by meaning, not by value", () => {
  it("reads '36 platforms closed' as the claim's fact and '36 months' as new", () => {
    const r = triage(
      "Exchangers shut\nRegulators closed 36 crypto platforms in 2024. Exchanges get 36 months to comply.\n",
      [SHUT_2025, SHUT_2024],
    );
    expect(verdicts(r)).toEqual([
      ["36", "confirms", "shut-2024-a"],
      ["2024", "new", null],
      ["36 months", "new", null],
    ]);
  });

  it("reads a tenge amount and its bracketed dollars as one fact: the amount confirms, another rate disagrees", () => {
    const r = triage("Checks\nCard top-ups above 500,000 tenge ($960) now need the sender's IIN.\n", [
      SHUT_2025,
      TOPUP_KZT,
      TOPUP_USD,
    ]);
    expect(verdicts(r)).toEqual([
      ["above 500,000 tenge", "confirms", "topup-kzt-a"],
      ["$960", "disagrees", "topup-usd-a"],
    ]);
    expect(r.items[1]!.kind).toBe("conversion");
  });

  it("does not match a year to an amount equal to it", () => {
    const r = triage("Exchangers shut\nIn 2025, regulators shut down 130 crypto platforms.\n", [SHUT_2025]);
    expect(verdicts(r)).toEqual([
      ["2025", "new", null],
      ["130", "confirms", "shut-2025-a"],
    ]);
    expect(r.items[0]).toMatchObject({ kind: "year", suggestion: null });
  });

  it("reads '36 platforms shut last year' in an article dated 2026 as a 2025 count that disagrees, and as 2024 when undated", () => {
    const text = "Closures\nJan 8, 2026\nRegulators shut down 36 crypto platforms last year.\n";
    const dated = triage(text, [SHUT_2025, SHUT_2024], "2026-01-08").items.find(
      (i) => i.mention.text === "36",
    )!;
    expect([dated.verdict, dated.claim, dated.period]).toEqual(["disagrees", "shut-2025-a", "2025"]);
    const undated = triage(text, [SHUT_2025, SHUT_2024], null).items.find((i) => i.mention.text === "36")!;
    expect([undated.verdict, undated.claim, undated.period]).toEqual(["confirms", "shut-2024-a", null]);
  });

  it("calls a figure that shares a value with a claim but not its words new", () => {
    const r = triage("Football\nThe club has won 130 league matches and sold 36 season tickets.\n", [
      SHUT_2025,
      SHUT_2024,
    ]);
    expect(r.items.every((i) => i.verdict === "new")).toBe(true);
  });

  it("ignores claims without a number (statements) and never names one", () => {
    const r = triage(
      "Exchangers shut\nIn 2025, regulators shut down 130 crypto platforms.\n",
      [SHUT_2025],
      null,
      (claims) => claims.map((c) => ({ ...c, value: Number.NaN })),
    );
    expect(r.items.map((i) => i.verdict)).toEqual(["new", "new"]);
  });

  it("names the matched claim with its quote and number, and shows the article's sentence", () => {
    const r = triage("Exchangers shut\nIn 2025, regulators shut down 150 crypto platforms.\n", [SHUT_2025]);
    expect(r.items[1]).toMatchObject({
      verdict: "disagrees",
      claim: "shut-2025-a",
      claimQuote: "authorities shut down 130 crypto platforms",
      claimNumber: "130",
      mention: { text: "150", sentence: "In 2025, regulators shut down 150 crypto platforms.", line: 2 },
    });
  });
});

describe("rows triage suggests", () => {
  it("for every test article, pasted together (claims and decisions), all verify and leave no conflict undecided", () => {
    for (const set of ["dev", "seen", "blind"])
      for (const article of labelledArticles(set)) {
        const base = pinnedInputs([article.file]);
        const report = compileData(base).triage.find((r) => r.source === article.file.id)!;
        const rows = report.items.flatMap((i) => (i.suggestion ? [i.suggestion.claimCsv] : []));
        const decisions = report.items.flatMap((i) => i.suggestion?.decisions ?? []);
        expect(rows.length, article.file.id).toBeGreaterThan(0);
        let decisionLines = base.decisionsCsv.trimEnd().split("\n");
        for (const d of decisions) {
          if (d.replaces) decisionLines = decisionLines.filter((l) => !l.startsWith(`${d.conflict},`));
          decisionLines.push(d.csv);
        }
        const pasted = compileData({
          ...base,
          claimsCsv: `${base.claimsCsv.trimEnd()}\n${rows.join("\n")}\n`,
          decisionsCsv: `${decisionLines.join("\n")}\n`,
        });
        const { claims } = claimsFileSchema.parse(JSON.parse(pasted.files.get("claims.json")!));
        // Each pasted row is carried by the very number triage read.
        for (const item of report.items.filter((i) => i.suggestion)) {
          const claim = claims.find((c) => c.id === item.suggestion!.claim.id)!;
          expect(claim.source, article.file.id).toBe(article.file.id);
          expect(claim.asWritten, article.file.id).toBe(item.mention.text);
        }
        expect(
          pasted.conflicts.filter((k) => !k.decision).map((k) => k.id),
          article.file.id,
        ).toEqual([]);
      }
  });

  it("confirm and new rows carry a claims.csv row; a disagreement carries the decisions.csv row for its conflict", () => {
    const r = triage("Exchangers shut\nIn 2025, regulators shut down 150 crypto platforms.\n", [SHUT_2025]);
    const item = r.items[1]!;
    expect(item.suggestion!.claim).toMatchObject({
      metric: "exchangers-shut",
      period: "2025",
      value: "150",
      unit: "count",
      source: "new.txt",
    });
    expect(item.suggestion!.decisions.map((d) => [d.conflict, d.difference, d.chosen, d.replaces])).toEqual([
      ["value:exchangers-shut:2025", "amount", "shut-2025-a", false],
    ]);
    expect(item.suggestion!.decisions[0]!.reason).toContain(`{${item.suggestion!.claim.id}}`);
  });
});

describe("triage in the data step", () => {
  it("writes triage/<seed>.json for a seed no claim cites, valid against its schema, and none for cited seeds", () => {
    const { files, triage: reports } = compile({
      seeds: [
        seedFile("a.txt", SEED_A),
        seedFile("b.txt", SEED_B),
        seedFile("c.txt", "Closures\nRegulators shut down 150 crypto platforms in 2025.\n"),
      ],
    });
    expect([...files.keys()].filter((f) => f.startsWith("triage/")).sort()).toEqual([
      "triage/b.txt.json",
      "triage/c.txt.json",
    ]);
    const c = triageFileSchema.parse(JSON.parse(files.get("triage/c.txt.json")!));
    expect(c.items.map((i) => [i.mention.text, i.verdict, i.claim])).toEqual([
      ["150", "disagrees", "shut-2025-a"],
      ["2025", "new", null],
    ]);
    expect(c.counts).toEqual({ confirms: 0, disagrees: 1, new: 1 });
    expect(reports.map((r) => r.source)).toEqual(["b.txt", "c.txt"]);
  });

  it("changes no published file and not the dataset version when asked to triage more articles", () => {
    const plain = compile();
    const asked = compile({
      triage: [seedFile("x.txt", "Closures\nRegulators shut down 150 crypto platforms.\n")],
    });
    expect(asked.coverage.version).toBe(plain.coverage.version);
    for (const [name, text] of plain.files) expect(asked.files.get(name), name).toBe(text);
    expect(asked.files.has("triage/x.txt.json")).toBe(true);
  });

  it("gives byte-identical triage files on two runs", () => {
    const run = () => compileData(pinnedInputs(labelledArticles("dev").map((a) => a.file))).files;
    const first = run();
    const second = run();
    const triageFiles = [...first.keys()].filter((f) => f.startsWith("triage/"));
    expect(triageFiles.length).toBeGreaterThan(0);
    for (const name of triageFiles) expect(second.get(name), name).toBe(first.get(name));
  });
});
