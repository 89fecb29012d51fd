/**
 * How well triage's verdicts match what a reader decides, on hand-labelled articles
 * (tests/fixtures/triage): precision and recall per verdict, printed for each set and asserted
 * against floors. The labels were written by reading each article against the copy of the claims
 * beside them, never from triage's output.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { compileData } from "../../src/pipeline/compile.ts";
import type { TriageReport } from "../../src/pipeline/triage.ts";
import { VERDICTS } from "../../src/pipeline/vocabulary.ts";
import { labelledArticles, pinnedInputs, score, type LabelledArticle, type Scores } from "./triage-labels.ts";

const SETS = ["dev", "seen", "blind"] as const;

let articles: Record<(typeof SETS)[number], LabelledArticle[]>;
let reports: Map<string, TriageReport>;
let factOf: (claim: string) => string;

beforeAll(() => {
  articles = {
    dev: labelledArticles("dev"),
    seen: labelledArticles("seen"),
    blind: labelledArticles("blind"),
  };
  const all = SETS.flatMap((set) => articles[set]);
  const out = compileData({ ...pinnedInputs(), triage: all.map((a) => a.file) });
  reports = new Map(out.triage.map((r) => [r.source, r]));
  const claims = JSON.parse(out.files.get("claims.json")!).claims as Array<{
    id: string;
    metric: string;
    period: string;
  }>;
  const facts = new Map(claims.map((c) => [c.id, `${c.metric}:${c.period}`]));
  factOf = (id) => facts.get(id) ?? "?";
});

const percent = (x: number) => `${(100 * x).toFixed(0)}%`.padStart(4);
function print(name: string, s: Scores): void {
  const rows = VERDICTS.map((v) => {
    const x = s.verdicts[v];
    return `  ${v.padEnd(9)} precision ${percent(x.precision)} (${x.correct}/${x.predicted})  recall ${percent(x.recall)} (${x.correct}/${x.labelled})`;
  });
  console.log(
    [
      `triage on ${name}: claim of the labelled fact ${s.factCorrect}/${s.factTotal}`,
      ...rows,
      ...s.mistakes.map((m) => `  miss: ${m}`),
    ].join("\n"),
  );
}

describe("triage against hand-labelled articles", () => {
  it("finds every labelled number as an item, and labels cover every item", () => {
    for (const set of SETS) {
      const s = score(articles[set], reports, factOf);
      expect(s.missing, set).toEqual([]);
      expect(s.unlabelled, set).toEqual([]);
    }
  });

  it("reaches the floors of precision and recall per verdict over all articles, and names the labelled fact", () => {
    const s = score(
      SETS.flatMap((set) => articles[set]),
      reports,
      factOf,
    );
    for (const set of SETS) print(set, score(articles[set], reports, factOf));
    print("all sets", s);
    const floors = {
      confirms: { precision: 0.9, recall: 0.85 },
      disagrees: { precision: 0.7, recall: 0.8 },
      new: { precision: 0.9, recall: 0.9 },
    };
    for (const v of VERDICTS) {
      expect(s.verdicts[v].labelled, v).toBeGreaterThan(0);
      expect(s.verdicts[v].precision, `${v} precision`).toBeGreaterThanOrEqual(floors[v].precision);
      expect(s.verdicts[v].recall, `${v} recall`).toBeGreaterThanOrEqual(floors[v].recall);
    }
    expect(s.factCorrect / s.factTotal).toBeGreaterThanOrEqual(0.9);
  });

  it("keeps lower floors on the blind set, written after the matcher was tuned", () => {
    const s = score(articles.blind, reports, factOf);
    for (const v of VERDICTS) {
      expect(s.verdicts[v].precision, `${v} precision`).toBeGreaterThanOrEqual(0.5);
      expect(s.verdicts[v].recall, `${v} recall`).toBeGreaterThanOrEqual(0.75);
    }
  });

  it("calls every number of an article on another topic new, however equal the numbers are", () => {
    const unrelated = SETS.flatMap((set) => articles[set]).filter((a) => a.unrelated);
    expect(unrelated.length).toBeGreaterThanOrEqual(4);
    for (const a of unrelated)
      for (const item of reports.get(a.file.id)!.items)
        expect(`${item.verdict} ${item.mention.text}`, a.file.id).toBe(`new ${item.mention.text}`);
  });
});
