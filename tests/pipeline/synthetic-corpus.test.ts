import { describe, expect, it } from "vitest";
import { extractMentions } from "../../src/pipeline/extract.ts";
import {
  ARTICLE_MAX_BYTES,
  ARTICLE_MAX_PARAGRAPHS,
  ARTICLE_MIN_BYTES,
  ARTICLE_MIN_PARAGRAPHS,
  plantArticle,
  syntheticArticle,
  syntheticCorpus,
  type PlantedMention,
} from "../../scripts/lib/synthetic-corpus.ts";
import type { Mention } from "../../src/pipeline/types.ts";

const ARTICLES = 300;
const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** The mention covering most of a planted number, or undefined when nothing overlaps it. */
function mentionFor(p: PlantedMention, mentions: readonly Mention[]): Mention | undefined {
  const overlap = (m: Mention) => Math.min(m.end, p.end) - Math.max(m.start, p.start);
  return mentions.filter((m) => overlap(m) > 0).sort((a, b) => overlap(b) - overlap(a))[0];
}

const near = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

/** Compares one planted number with what the extractor read; returns a sentence per difference. */
function differences(p: PlantedMention, m: Mention | undefined): string[] {
  if (!m) return ["not found"];
  const out: string[] = [];
  if (m.text !== p.text) out.push(`read as "${m.text}"`);
  if (!near(m.value, p.value)) out.push(`value ${m.value}, expected ${p.value}`);
  if (m.unit !== p.unit) out.push(`unit ${m.unit}, expected ${p.unit}`);
  if (m.qualifier !== p.qualifier) out.push(`qualifier ${m.qualifier}, expected ${p.qualifier}`);
  if (m.iso !== p.iso) out.push(`iso ${m.iso}, expected ${p.iso}`);
  if (m.unitFrom !== p.unitFrom) out.push(`unit from ${m.unitFrom}, expected ${p.unitFrom}`);
  const c = m.conversion;
  const pc = p.conversion;
  if (pc && !c) out.push(`conversion "${pc.text}" missing`);
  if (!pc && c) out.push(`unexpected conversion "${c.text}"`);
  if (pc && c && (!near(c.value, pc.value) || c.unit !== pc.unit || c.qualifier !== pc.qualifier)) {
    out.push(
      `conversion ${c.qualifier} ${c.value} ${c.unit}, expected ${pc.qualifier} ${pc.value} ${pc.unit}`,
    );
  }
  return out;
}

/** Every difference between plants and mentions over the first `ARTICLES` articles, one line each. */
function misreadings(keep: (p: PlantedMention) => boolean): { checked: number; failures: string[] } {
  let checked = 0;
  const failures: string[] = [];
  for (const i of range(ARTICLES)) {
    const { text, planted } = plantArticle(i);
    const mentions = extractMentions(text, `synthetic-${i}`);
    for (const p of planted.filter(keep)) {
      checked++;
      const diffs = differences(p, mentionFor(p, mentions));
      if (diffs.length) failures.push(`article ${i}, "${p.text}": ${diffs.join("; ")}`);
    }
  }
  return { checked, failures };
}

describe("synthetic corpus", () => {
  it("syntheticArticle(i, seed) gives identical text for the same article and seed", () => {
    for (const i of [0, 1, 17, 9_999]) expect(syntheticArticle(i, 7)).toBe(syntheticArticle(i, 7));
  });

  it("syntheticArticle(i) uses seed 1 by default", () => {
    expect(syntheticArticle(3)).toBe(syntheticArticle(3, 1));
  });

  it("syntheticArticle(i, seed) gives different text for a different seed or a different article", () => {
    for (const i of range(20)) expect(syntheticArticle(i, 1)).not.toBe(syntheticArticle(i, 2));
    expect(new Set(range(50).map((i) => syntheticArticle(i))).size).toBe(50);
  });

  it("syntheticCorpus(n, seed) yields articles 0 … n-1 lazily, the same as syntheticArticle(i, seed)", () => {
    expect([...syntheticCorpus(5, 3)]).toEqual(range(5).map((i) => syntheticArticle(i, 3)));
    // A corpus too large to hold still hands out its first article at once.
    expect(syntheticCorpus(1e12, 3).next().value).toBe(syntheticArticle(0, 3));
  });

  it("every article is 3–6 KB of UTF-8: a title line, then 6–15 paragraphs", () => {
    for (const text of syntheticCorpus(ARTICLES)) {
      const bytes = Buffer.byteLength(text, "utf8");
      expect(bytes).toBeGreaterThanOrEqual(ARTICLE_MIN_BYTES);
      expect(bytes).toBeLessThanOrEqual(ARTICLE_MAX_BYTES);
      const [title, ...paragraphs] = text.split("\n\n");
      expect(title).not.toContain("\n");
      expect(paragraphs.length).toBeGreaterThanOrEqual(ARTICLE_MIN_PARAGRAPHS);
      expect(paragraphs.length).toBeLessThanOrEqual(ARTICLE_MAX_PARAGRAPHS);
    }
  });

  it("plantArticle(i) records each planted number at its offsets in the text", () => {
    for (const i of range(50)) {
      const { text, planted } = plantArticle(i);
      expect(text).toBe(syntheticArticle(i));
      for (const p of planted) expect(text.slice(p.start, p.end)).toBe(p.text);
    }
  });

  it("the corpus writes every money form news copy uses", () => {
    const money = range(ARTICLES).flatMap((i) => plantArticle(i).planted.filter((p) => p.kind === "money"));
    const written = money.map((p) => p.text + (p.conversion ? ` (${p.conversion.text})` : ""));
    const forms = {
      "$16.7 million": /^\$\d+(\.\d+)? million$/,
      "$16.7M": /^\$\d+(\.\d+)?M$/,
      "$6.8B": /^\$\d+(\.\d+)?B$/,
      "$642,000": /^\$\d{1,3}(,\d{3})+$/,
      "24 billion KZT": /^\d+(\.\d+)? billion KZT$/,
      "24B KZT": /^\d+(\.\d+)?B KZT$/,
      "13.2 trillion KZT ($24.1 billion)": /^\d+(\.\d+)? trillion KZT \(\$\d+(\.\d)? (b|m)illion\)$/,
      "13.2T KZT (~$24.1B)": /^\d+(\.\d+)?T KZT \(\$\d+(\.\d)?[BM]\)$/,
      "500,000 tenge ($925)": /^\d{1,3}(,\d{3})+ tenge \(\$[\d,]+\)$/,
      "₸420,000 ($913)": /^₸\d{1,3}(,\d{3})+ \(\$[\d,]+\)$/,
      "$4.8 million in USDT": /^\$\d+(\.\d+)? million in USDT$/,
      "7.5 billion tenge": /^\d+(\.\d+)? billion tenge$/,
      "one trillion": /^[a-z]+ (b|tr)illion$/,
    };
    const missing = Object.entries(forms)
      .filter(([, re]) => !written.some((w) => re.test(w)))
      .map(([name]) => name);
    expect(missing).toEqual([]);
    expect(money.some((p) => p.conversion?.qualifier === "about")).toBe(true);
  });
});

describe("extractMentions on synthetic articles", () => {
  it("extractMentions(text) finds every planted money amount with its value, currency, qualifier and conversion", () => {
    const { checked, failures } = misreadings((p) => p.kind === "money");
    expect(checked).toBeGreaterThan(ARTICLES * 5);
    expect(failures.slice(0, 20)).toEqual([]);
  });

  it("extractMentions(text) reads planted counts, percentages, durations, dates and years exactly as written", () => {
    const { checked, failures } = misreadings((p) => p.kind !== "money" && !p.text.endsWith("+"));
    expect(checked).toBeGreaterThan(ARTICLES * 5);
    expect(failures.slice(0, 20)).toEqual([]);
  });

  it("extractMentions(text) reads '192,000+' as at least 192,000", () => {
    const { checked, failures } = misreadings((p) => p.text.endsWith("+"));
    expect(checked).toBeGreaterThan(0);
    expect(failures.slice(0, 5)).toEqual([]);
  });

  it("extractMentions(text) reports no number the generator did not write", () => {
    const spurious: string[] = [];
    for (const i of range(ARTICLES)) {
      const { text, planted } = plantArticle(i);
      for (const m of extractMentions(text, `synthetic-${i}`)) {
        if (!planted.some((p) => m.start < p.end && m.end > p.start))
          spurious.push(`article ${i}: "${m.text}"`);
      }
    }
    expect(spurious.slice(0, 20)).toEqual([]);
  });
});
