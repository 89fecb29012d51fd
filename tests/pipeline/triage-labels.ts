/**
 * The hand-labelled triage fixtures (tests/fixtures/triage/<set>/*.txt with a .labels file beside
 * each) and the sums that score triage against them. A label line reads
 *
 *   confirms exchangers-shut:2025 | said it closed [130] crypto exchangers
 *
 * verdict, the fact (metric:period, or - for none) and a stretch of the article, unique in it, with
 * the number in brackets. The labels were written by reading each article against data/claims.csv.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { TriageItem, TriageReport } from "../../src/pipeline/triage.ts";
import { VERDICTS, type Verdict } from "../../src/pipeline/vocabulary.ts";
import type { DataInputs } from "../../src/pipeline/compile.ts";
import type { SeedFile } from "../../src/pipeline/sources.ts";
import { NO_CHARTS, ROOT, seedFile } from "./helpers.ts";

export interface Label {
  verdict: Verdict;
  /** `metric:period`, or null for `new`. */
  fact: string | null;
  /** Offset of the labelled number in the article, and the line it was written on. */
  at: number;
  line: string;
}

export interface LabelledArticle {
  file: SeedFile;
  text: string;
  labels: Label[];
  /** On another topic: every number must come out `new`. */
  unrelated: boolean;
}

const DIR = join(ROOT, "tests/fixtures/triage");

/** Reads one set (`dev` or `holdout`); throws on a label whose stretch is not found once in its article. */
export function labelledArticles(set: string): LabelledArticle[] {
  const dir = join(DIR, set);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((name) => {
      const text = readFileSync(join(dir, name), "utf8");
      const labelText = readFileSync(join(dir, name.replace(/\.txt$/, ".labels")), "utf8");
      const labels = labelText
        .split("\n")
        .filter((l) => l.trim() && !l.startsWith("#"))
        .map((line): Label => {
          const m = /^(\S+) (\S+) \| (.*)$/.exec(line);
          if (!m || !(VERDICTS as readonly string[]).includes(m[1]!))
            throw new Error(`${name}: bad label "${line}"`);
          const marked = m[3]!;
          const open = marked.indexOf("[");
          const stretch = marked.replace("[", "").replace("]", "");
          const found = text.indexOf(stretch);
          if (open === -1 || found === -1 || text.indexOf(stretch, found + 1) !== -1)
            throw new Error(`${name}: "${stretch}" is not in the article exactly once`);
          return { verdict: m[1] as Verdict, fact: m[2] === "-" ? null : m[2]!, at: found + open, line };
        });
      return { file: seedFile(name, text), text, labels, unrelated: labelText.startsWith("# unrelated") };
    });
}

/**
 * The inputs the labels were written against: the copy of claims.csv and decisions.csv beside the
 * fixtures, and the seeds those claims quote. `extra` seeds are added (articles to triage as saved seeds).
 */
export function pinnedInputs(extra: SeedFile[] = []): DataInputs {
  const claimsCsv = readFileSync(join(DIR, "claims.csv"), "utf8");
  const quoted = new Set(claimsCsv.match(/\b\d{3}_[0-9a-f]{16}\.txt\b/g));
  return {
    seeds: [
      ...[...quoted].sort().map((id) => ({ id, bytes: readFileSync(join(ROOT, "seeds", id)) })),
      ...extra,
    ],
    claimsCsv,
    decisionsCsv: readFileSync(join(DIR, "decisions.csv"), "utf8"),
    chartsJson: NO_CHARTS,
    dataDate: null,
  };
}

/** The item whose number covers the labelled offset. */
export const itemAt = (report: TriageReport, at: number): TriageItem | undefined =>
  report.items.find((i) => i.mention.start <= at && at < i.mention.end);

export interface Scores {
  /** Per verdict: labelled, predicted, both (true positives), precision and recall. */
  verdicts: Record<
    Verdict,
    { labelled: number; predicted: number; correct: number; precision: number; recall: number }
  >;
  /** Of items labelled confirms or disagrees and given that verdict, how many named a claim of the labelled fact. */
  factCorrect: number;
  factTotal: number;
  /** Labelled numbers the extractor found no item for, and items with no label. */
  missing: string[];
  unlabelled: string[];
  mistakes: string[];
}

/** Precision and recall of triage's verdicts against the labels. */
export function score(
  articles: readonly LabelledArticle[],
  reports: ReadonlyMap<string, TriageReport>,
  factOf: (claimId: string) => string,
): Scores {
  const verdicts = Object.fromEntries(
    VERDICTS.map((v) => [v, { labelled: 0, predicted: 0, correct: 0, precision: 0, recall: 0 }]),
  ) as Scores["verdicts"];
  const s: Scores = { verdicts, factCorrect: 0, factTotal: 0, missing: [], unlabelled: [], mistakes: [] };
  for (const article of articles) {
    const report = reports.get(article.file.id)!;
    const seen = new Set<TriageItem>();
    for (const label of article.labels) {
      verdicts[label.verdict].labelled++;
      const item = itemAt(report, label.at);
      if (!item) {
        s.missing.push(`${article.file.id}: ${label.line}`);
        continue;
      }
      seen.add(item);
      verdicts[item.verdict].predicted++;
      if (item.verdict === label.verdict) verdicts[label.verdict].correct++;
      else
        s.mistakes.push(
          `${article.file.id}: labelled "${label.line}", got ${item.verdict} ${item.claim ?? ""} (${item.reason})`,
        );
      if (label.fact && item.verdict === label.verdict && item.claim) {
        s.factTotal++;
        if (factOf(item.claim) === label.fact) s.factCorrect++;
        else
          s.mistakes.push(
            `${article.file.id}: labelled "${label.line}", matched ${item.claim} (${factOf(item.claim)})`,
          );
      }
    }
    for (const item of report.items)
      if (!seen.has(item))
        s.unlabelled.push(`${article.file.id}: ${item.mention.text} (line ${item.mention.line})`);
  }
  for (const v of VERDICTS) {
    const x = verdicts[v];
    x.precision = x.predicted ? x.correct / x.predicted : 1;
    x.recall = x.labelled ? x.correct / x.labelled : 1;
  }
  return s;
}
