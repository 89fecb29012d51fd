/**
 * Triage: every number in a new article read against the current claims. Each gets a verdict —
 * `confirms` (the same fact as a claim, with a value that agrees), `disagrees` (the same fact, another
 * value or conversion) or `new` (no claim states it) — the claim it matched, both sentences, and rows
 * an editor can paste: a claims.csv row, and decisions.csv rows where pasting would open a conflict.
 *
 * Facts are matched by meaning, not by value: the unit family (a tenge amount and its bracketed dollar
 * conversion are one fact), the year the number speaks of (src/pipeline/periods.ts), and the words
 * around it compared with the claim's quote and metric (src/pipeline/meaning.ts). Values only decide
 * between `confirms` and `disagrees` (src/pipeline/agreement.ts), or between facts the words cannot
 * tell apart. Years and dates are not amounts: they match only claims about dated events.
 *
 *   const index = indexClaims({ claims, mentions, conflicts });
 *   const report = triageArticle(index, seed, extractMentions(seed.text, seed.id), "2026-01-08");
 *   report.items[0]  // → { verdict: "confirms", claim: "exchangers-shut-2025-000", … }
 */
import { rangesOverlap, statedRange, statementsAgree, type Statement } from "./agreement.ts";
import { sameValue } from "./claims.ts";
import { decisionCsvLine, suggestDecision, type DecisionRow } from "./conflicts.ts";
import { csvRow } from "./csv.ts";
import { breaksIn, clauseAround, clauseCuts, conceptOf, tokenize, weighNear, type Token } from "./meaning.ts";
import { mentionYears, type Period } from "./periods.ts";
import { MAX_WHOLE_PARAGRAPH, isSpace, sentenceSpans, spanAt, splitAtSpaces, type Span } from "./text.ts";
import type { Claim, Conflict, Decision, Mention, Qualifier, SeedText, Unit } from "./types.ts";
import { CLAIM_COLUMNS, isQualifier, type ItemKind, type Verdict } from "./vocabulary.ts";

/** A number as the article writes it. */
export interface TriageMention {
  text: string;
  value: number;
  unit: Unit;
  qualifier: Qualifier;
  start: number;
  end: number;
  line: number;
  sentence: string;
}

/** A row of claims.csv, every field as text, ready to paste. */
export type ClaimRow = Record<(typeof CLAIM_COLUMNS)[number], string>;

/** A decisions.csv row; `replaces` when a row for that conflict exists and this one takes its place. */
export interface DecisionSuggestion extends DecisionRow {
  replaces: boolean;
  csv: string;
}

export interface Suggestion {
  claim: ClaimRow;
  claimCsv: string;
  /** Rows decisions.csv needs once the claim row is pasted (or, for a conversion, once the seed is saved). */
  decisions: DecisionSuggestion[];
}

export interface TriageItem {
  mention: TriageMention;
  kind: ItemKind;
  /** The year the number speaks of, as a claims.csv period, or null when the text does not say. */
  period: string | null;
  verdict: Verdict;
  /** The claim matched (for `new`, null). */
  claim: string | null;
  /** The matched claim's quote, or for a derived claim its formula. */
  claimQuote: string | null;
  /** The matched claim's number as its quote writes it ("over 13.2 trillion KZT"). */
  claimNumber: string | null;
  /** Why, in a sentence for the editor. */
  reason: string;
  /** What to paste; null for years and dates that only date other figures, and for numbers already quoted. */
  suggestion: Suggestion | null;
}

export interface TriageReport {
  source: string;
  /** The article's own date, which relative dates were resolved against, or null. */
  date: string | null;
  items: TriageItem[];
}

/**
 * Word-match thresholds, on the score of {@link judge} (shared concepts' weights × rarity, times the
 * share of the claim's core concepts the number's surroundings name). Calibrated on the articles of
 * tests/fixtures/triage/dev (see the README there for what the other sets are).
 */
const MIN_SCORE = 1.0;
const CONFIRM_SCORE = 1.5;
const DISAGREE_SCORE = 2.0;
const EVENT_SCORE = 2.0;
/** A fact is a candidate only when the number's surroundings name at least this share of its core. */
const MIN_COVERAGE = 0.5;
/** Weight of a metric name's concepts among the words of its claims. */
const NAME_WEIGHT = 0.6;
/** Weight of concepts named anywhere in the article, for what a sentence leaves to "its" and "the centre". */
const ARTICLE_WEIGHT = 0.1;
/** Facts whose word score is within this share of the best are told apart by value. */
const CONTENDERS = 0.6;

/** Units of time, each in days. */
const DAYS = {
  minutes: 1 / 1440,
  hours: 1 / 24,
  days: 1,
  weeks: 7,
  months: 30.4375,
  years: 365.25,
} satisfies Partial<Record<Unit, number>>;
const MONEY = new Set<Unit>(["KZT", "USD", "USDT"]);
type Duration = keyof typeof DAYS;
const isDuration = (unit: Unit): unit is Duration => Object.hasOwn(DAYS, unit);
/** What a unit measures: a currency, a count, a share, a year, a date, or (any unit of time) a duration. */
type Family = Exclude<Unit, Duration> | "duration";
const familyOf = (unit: Unit): Family => (isDuration(unit) ? "duration" : unit);
const lowerUnits = new Map<Unit, string>();
/**
 * A unit as the concepts around a number may name it ("usd"): always the same string, so the maps it keys
 * hash it once, not on every number.
 */
function lowerUnit(unit: Unit): string {
  let own = lowerUnits.get(unit);
  if (own === undefined) lowerUnits.set(unit, (own = unit.toLowerCase()));
  return own;
}
/** `value` in `from` expressed in `to` (same family): durations convert. */
const convertUnit = (value: number, from: Unit, to: Unit) =>
  isDuration(from) && isDuration(to) ? (value * DAYS[from]) / DAYS[to] : value;

/** A claim with a number: statements (a quote without a value) take no part in numeric matching. */
type NumericClaim = Claim & { value: number; unit: Unit };
const isNumeric = (c: Claim): c is NumericClaim =>
  typeof c.value === "number" && Number.isFinite(c.value) && typeof c.unit === "string";

/** One metric's claims and the concepts their quotes and name put around their numbers. */
interface MetricDoc {
  metric: string;
  /** Rank of the metric's name in the sorted docs, for sorting candidates without comparing strings. */
  order: number;
  family: Family;
  unit: Unit;
  weights: Map<string, number>;
  /** Concepts of what the metric counts (its name, the counted nouns of its quotes). */
  nouns: Set<string>;
  /** The concepts that name its fact: the metric's name, and per claim the words right by its number. */
  cores: Array<Set<string>>;
  /** Filled once rarities are known: each concept with its weight × rarity, and the cores as weighted lists. */
  terms: Array<readonly [string, number]>;
  weighted: Map<string, number>;
  coreTerms: Array<{ concepts: string[]; rarities: number[]; total: number }>;
  /**
   * Per claim, the words of the metric's name that its quote uses: an article must name all of one
   * claim's somewhere ("trading volume" on "major exchanges" is not the AIFC's trading volume).
   */
  required: string[][];
  claims: NumericClaim[];
}

export interface ClaimIndex {
  /** One per metric, sorted by metric. */
  docs: MetricDoc[];
  /** The same, by unit family. */
  byFamily: Map<Family, MetricDoc[]>;
  /** Metrics of dated events (years and dates). */
  events: MetricDoc[];
  /** Claims with a number, by id. */
  claims: Map<string, NumericClaim>;
  /** Claim ids by the mention that carries them. */
  byMention: Map<string, NumericClaim[]>;
  /** Metrics whose claims share a carrier with a claim of the key metric: a tenge total and its dollars. */
  siblings: Map<string, Set<string>>;
  /** Decisions on the conflicts found, by conflict id. */
  decisions: Map<string, Decision & { title: string }>;
  /** Claims an editor chose in some decision. */
  chosen: Set<string>;
  /** Quoted claims by `metric:period`: the groups detectConflicts compares. */
  groups: Map<string, NumericClaim[]>;
  /** Every claim id taken, so suggested ids stay unique. */
  ids: Set<string>;
  /** Targets of every bracketed conversion in the seeds, by `<value>-<unit>:<target unit>`, with the mention. */
  conversions: Map<string, Array<{ value: number; mention: string }>>;
}

export interface IndexInputs {
  claims: readonly Claim[];
  /** Every mention of every seed. */
  mentions: readonly Mention[];
  conflicts: readonly Conflict[];
}

const metricConcepts = (metric: string) =>
  tokenize(metric.replace(/-(?:kzt|usd|usdt)$/, "").replace(/-/g, " ")).map((t) => t.concept);
/** A claim's core: the words right beside its number in its quote (the metric's name is a core of its own). */
const coreOf = (weights: ReadonlyMap<string, number>) =>
  new Set([...weights].filter(([, w]) => w >= 0.8).map(([c]) => c));

/** Builds the matching index once per set of claims; triage of each article then only reads it. */
export function indexClaims(inputs: IndexInputs): ClaimIndex {
  const mentionById = new Map(inputs.mentions.map((m) => [m.id, m]));
  const numeric = inputs.claims.filter(isNumeric);
  const claims = new Map(numeric.map((c) => [c.id, c]));
  const byMention = new Map<string, NumericClaim[]>();
  for (const c of numeric) if (c.mention) byMention.set(c.mention, [...(byMention.get(c.mention) ?? []), c]);

  const docs = new Map<string, MetricDoc>();
  const docOf = (c: NumericClaim) => {
    let doc = docs.get(c.metric);
    if (!doc) {
      doc = {
        metric: c.metric,
        order: 0,
        family: familyOf(c.unit),
        unit: c.unit,
        weights: new Map(),
        nouns: new Set(),
        cores: [],
        terms: [],
        weighted: new Map(),
        coreTerms: [],
        required: [],
        claims: [],
      };
      // The name says what the fact is, but a compound name ("shell-firm-false-transactions") also
      // names its neighbours: its words weigh less than those right beside a quoted number.
      for (const concept of metricConcepts(c.metric)) {
        doc.weights.set(concept, NAME_WEIGHT);
        doc.nouns.add(concept);
      }
      doc.cores.push(new Set(metricConcepts(c.metric)));
      docs.set(c.metric, doc);
    }
    doc.claims.push(c);
    return doc;
  };
  const raise = (doc: MetricDoc, weights: ReadonlyMap<string, number>) => {
    for (const [concept, w] of weights) if (w > (doc.weights.get(concept) ?? 0)) doc.weights.set(concept, w);
  };
  const bySource = new Map<string, Mention[]>();
  for (const m of inputs.mentions) bySource.set(m.source, [...(bySource.get(m.source) ?? []), m]);
  const quoted = new Map<string, Map<string, number>>();
  for (const c of numeric.filter((c) => c.quote !== null && c.mention !== null)) {
    const doc = docOf(c);
    const carrier = mentionById.get(c.mention!);
    if (!carrier) continue;
    const quote = c.quote!;
    const number = c.unit === carrier.unit || !carrier.conversion ? carrier : carrier.conversion;
    const local = (n: { start: number; end: number }) => ({
      start: n.start - c.quoteStart!,
      end: n.end - c.quoteStart!,
    });
    const at = local(number);
    const others = (bySource.get(carrier.source) ?? [])
      .filter((o) => o !== carrier && o.start >= c.quoteStart! && o.end <= c.quoteEnd! && o.unit !== "year")
      .map(local);
    const weights = weighNear(tokenize(quote), at, clauseAround(quote, at.start), others, breaksIn(quote));
    quoted.set(c.id, weights);
    raise(doc, weights);
    doc.cores.push(coreOf(weights));
    const inQuote = new Set(tokenize(quote).map((t) => t.concept));
    doc.required.push(metricConcepts(c.metric).filter((x) => inQuote.has(x)));
    for (const t of tokenize(countedNoun(carrier.noun) ?? "")) doc.nouns.add(t.concept);
  }
  // A derived row has no quote: it speaks in the words of its inputs from the same metric (a total
  // less a rise is still a total), not in those of the rise it subtracts.
  for (const c of numeric.filter((c) => c.formula !== null)) {
    const doc = docOf(c);
    const inputs = new Map<string, number>();
    for (const input of c.inputs.filter((id) => claims.get(id)?.metric === c.metric))
      for (const [concept, w] of quoted.get(input) ?? [])
        inputs.set(concept, Math.max(inputs.get(concept) ?? 0, w));
    doc.cores.push(coreOf(inputs));
    doc.required.push(metricConcepts(c.metric).filter((x) => inputs.size === 0 || inputs.has(x)));
  }

  const list = [...docs.values()].sort((a, b) => a.metric.localeCompare(b.metric));
  list.forEach((doc, i) => (doc.order = i));
  const frequency = new Map<string, number>();
  for (const doc of list)
    for (const [concept, w] of doc.weights)
      if (w >= 0.5) frequency.set(concept, (frequency.get(concept) ?? 0) + 1);
  const rarity = new Map([...frequency].map(([concept, n]) => [concept, Math.log(1 + list.length / n)]));
  for (const doc of list) {
    doc.terms = [...doc.weights].map(([concept, w]) => [concept, w * (rarity.get(concept) ?? 0)] as const);
    doc.weighted = new Map(doc.terms);
    doc.coreTerms = doc.cores.map((core) => {
      const concepts = [...core];
      const rarities = concepts.map((concept) => rarity.get(concept) ?? 1);
      return { concepts, rarities, total: rarities.reduce((x, y) => x + y, 0) };
    });
  }

  const siblings = new Map<string, Set<string>>();
  for (const group of byMention.values())
    for (const a of group)
      for (const b of group)
        if (a.metric !== b.metric)
          siblings.set(a.metric, (siblings.get(a.metric) ?? new Set()).add(b.metric));

  const conversions = new Map<string, Array<{ value: number; mention: string }>>();
  for (const m of inputs.mentions) {
    if (!m.conversion) continue;
    const key = `${m.value}-${m.unit}:${m.conversion.unit}`;
    conversions.set(key, [...(conversions.get(key) ?? []), { value: m.conversion.value, mention: m.id }]);
  }

  const decisions = new Map<string, Decision & { title: string }>();
  for (const k of inputs.conflicts)
    if (k.decision) decisions.set(k.id, { ...k.decision, title: k.title ?? "" });
  return {
    docs: list,
    byFamily: Map.groupBy(list, (doc) => doc.family),
    events: list.filter((doc) => doc.family === "year" || doc.family === "date"),
    claims,
    byMention,
    siblings,
    decisions,
    chosen: new Set([...decisions.values()].flatMap((d) => (d.chosen ? [d.chosen] : []))),
    groups: Map.groupBy(
      numeric.filter((c) => c.source !== null),
      (c) => `${c.metric}:${c.period}`,
    ),
    ids: new Set(inputs.claims.map((c) => c.id)),
    conversions,
  };
}

/** A candidate fact for a number: a metric, how well the words match, and its claims for the period. */
interface Candidate {
  doc: MetricDoc;
  score: number;
  /** Claims of the metric whose period fits the number's. */
  fitting: NumericClaim[];
  agreeing: NumericClaim[];
}

const isYear = (period: string) => period.length === 4 && /^\d{4}$/.test(period);

/** What triage asks of a claim again and again, worked out once: its year, and the ranges it states. */
interface ClaimFacts {
  year: number | null;
  loose: [number, number];
  strict: [number, number];
}
const claimFacts = new WeakMap<NumericClaim, ClaimFacts>();
function factsOf(c: NumericClaim): ClaimFacts {
  let facts = claimFacts.get(c);
  if (!facts) {
    const s: Statement = { value: c.value, qualifier: c.qualifier, text: c.asWritten };
    facts = {
      year: isYear(c.period) ? Number(c.period) : null,
      loose: statedRange(s),
      strict: statedRange(s, true),
    };
    claimFacts.set(c, facts);
  }
  return facts;
}

const fitsPeriod = (claim: NumericClaim, year: number | null) => {
  const own = factsOf(claim).year;
  return own === null || year === null || own === year;
};

/**
 * The claims of a metric that state the same as a number (`range`, its {@link statedRange} in `unit`),
 * and those whose period fits.
 */
function candidateFor(
  doc: MetricDoc,
  score: number,
  [lo, hi]: readonly [number, number],
  unit: Unit,
  year: number | null,
  strict: boolean,
): Candidate {
  const fitting = doc.claims.filter((c) => fitsPeriod(c, year));
  const agreeing = fitting.filter((c) =>
    rangesOverlap(
      [convertUnit(lo, unit, c.unit), convertUnit(hi, unit, c.unit)],
      strict ? factsOf(c).strict : factsOf(c).loose,
    ),
  );
  return { doc, score, fitting, agreeing };
}

/**
 * How well the words near a number match a metric. The evidence is the sum, over shared concepts, of
 * both weights times the concept's rarity among metrics; it counts in proportion to the coverage, the
 * (rarity-weighted) share of some claim's core that the surroundings name. A number whose sentence
 * shares one word with a claim ("kept for six months" and the ATM video rule) names little of its core.
 */
function judge(near: Near, doc: MetricDoc, unit: Unit): { score: number; coverage: number } {
  const own = lowerUnit(unit);
  // The sentence itself must name something of the metric's name, not only the article around it.
  if (!doc.coreTerms[0]!.concepts.some((c) => c === own || (near.weights.get(c) ?? 0) >= 0.15))
    return { score: 0, coverage: 0 };
  if (!articleNames(near.article, doc, own)) return { score: 0, coverage: 0 };
  const weightOf = (concept: string) =>
    near.weights.get(concept) ?? (near.article.concepts.has(concept) ? ARTICLE_WEIGHT : 0);
  // Every word of the sentence is in the article, whose share is counted once per article.
  let evidence = articleEvidence(near.article, doc);
  for (const [concept, w] of near.weights)
    evidence += (w - ARTICLE_WEIGHT) * (doc.weighted.get(concept) ?? 0);
  // Named beside the number counts fully; elsewhere in its sentence, nearer another number, or only
  // somewhere in the article, in part.
  let coverage = 0;
  for (const { concepts, rarities, total } of doc.coreTerms) {
    if (total === 0) continue;
    let covered = 0;
    for (let i = 0; i < concepts.length; i++) {
      const c = concepts[i]!;
      covered += rarities[i]! * (c === own ? 1 : Math.min(1, weightOf(c) / 0.7));
    }
    coverage = Math.max(coverage, covered / total);
  }
  return { score: coverage >= MIN_COVERAGE ? evidence * coverage : 0, coverage };
}

/** The concepts of a whole article, and what each metric makes of them (worked out once per article). */
interface ArticleConcepts {
  concepts: Set<string>;
  /** By unit, then metric. */
  named: Map<string, Map<MetricDoc, boolean>>;
  /** By metric. */
  evidence: Map<MetricDoc, number>;
}

/**
 * Whether the article names all of the words some claim of `doc` uses from its metric's name (the
 * unit `own` counts as named).
 */
function articleNames(article: ArticleConcepts, doc: MetricDoc, own: string): boolean {
  let byDoc = article.named.get(own);
  if (!byDoc) article.named.set(own, (byDoc = new Map()));
  let named = byDoc.get(doc);
  if (named === undefined) {
    const has = (concept: string) => concept === own || article.concepts.has(concept);
    named = doc.required.some((required) => required.every(has));
    byDoc.set(doc, named);
  }
  return named;
}

/** The evidence the article's words give for `doc` at {@link ARTICLE_WEIGHT}, worked out only for a metric judged. */
function articleEvidence(article: ArticleConcepts, doc: MetricDoc): number {
  let evidence = article.evidence.get(doc);
  if (evidence === undefined) {
    evidence = 0;
    for (const [concept, weighted] of doc.terms)
      if (article.concepts.has(concept)) evidence += ARTICLE_WEIGHT * weighted;
    article.evidence.set(doc, evidence);
  }
  return evidence;
}

/** The claim an item names among several that fit: the one a decision chose, then the year's own, then the first. */
function preferred(
  index: ClaimIndex,
  claims: readonly NumericClaim[],
  year: number | null,
  value: number,
): NumericClaim {
  const rank = (c: NumericClaim) =>
    (index.chosen.has(c.id) ? 0 : 4) +
    (year !== null && c.period === String(year) ? 0 : 2) +
    (sameValue(c.value, value) ? 0 : 1);
  return [...claims].sort((a, b) => rank(a) - rank(b) || a.line - b.line)[0]!;
}

/**
 * Another report of the same fact differs by rounding, rate or revision, not by orders of magnitude:
 * "9 exchanges" is not a different count of the 3,500 platforms blocked, it is another fact.
 */
const withinTenfold = (a: number, b: number) =>
  a === b || (a > 0 && b > 0 && Math.max(a, b) / Math.min(a, b) <= 10);

/** The claim a disagreement names: the one a decision on that conflict chose, else the nearest in value. */
function opposite(index: ClaimIndex, claims: readonly NumericClaim[], value: number): NumericClaim {
  const decided = claims.find((c) => index.chosen.has(c.id));
  if (decided) return decided;
  const gap = (c: NumericClaim) => Math.abs(Math.log(Math.abs(c.value) + 1) - Math.log(Math.abs(value) + 1));
  return [...claims].sort((a, b) => gap(a) - gap(b) || a.line - b.line)[0]!;
}

/** Everything about one article that items share: its text, sentences, tokens and years. */
interface Article {
  seed: SeedText;
  /** `sourceTag` of the seed, for suggested ids. */
  tag: string;
  spans: Span[];
  years: Map<string, Period>;
  sentences: Map<number, Sentence>;
  date: string | null;
  /** Suggested ids and decision rows so far, so an article's rows never repeat an id or a conflict. */
  ids: Set<string>;
  /** By id base, the number the last id given with it ends in (1 for the bare base). */
  suffixes: Map<string, number>;
  decided: Set<string>;
  mentions: readonly Mention[];
  /** Concepts named anywhere in the article. */
  context: ArticleConcepts;
  /** By unit, the metrics {@link namedDocs} leaves. */
  named: Map<Unit, MetricDoc[]>;
  /** Every concept of the article, with offsets into its text. */
  tokens: Token[];
}

/**
 * A sentence of the article, read once: its span, text, concepts, and clause breaks (in its own offsets,
 * as its text has them); its tokens and numbers keep the article's offsets, so they are shared, not copied.
 */
interface Sentence {
  span: Span;
  text: string;
  tokens: Token[];
  /** Worked out when first needed: most sentences hold no number. */
  breaks: () => number[];
  /** The same, in the article's offsets. */
  articleBreaks: () => number[];
  cuts: () => Array<[number, number]>;
  /** The numbers in it other than years. */
  numbers: () => readonly Mention[];
  /** Its concepts, as a set. */
  concepts: Set<string>;
  /** By unit, the metrics {@link sentenceDocs} leaves. */
  docs: Map<Unit, MetricDoc[]>;
}

/** Index of the first token at or after `offset` (binary search over the article's tokens). */
function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function sentenceOf(a: Article, offset: number): Sentence {
  const span = spanAt(a.spans, offset);
  let sentence = a.sentences.get(span.start);
  if (!sentence) {
    const text = a.seed.text.slice(span.start, span.end);
    let breaks: number[] | null = null;
    let articleBreaks: number[] | null = null;
    let cuts: Array<[number, number]> | null = null;
    let numbers: Mention[] | null = null;
    // The article is tokenized once; a sentence takes its share.
    const tokens = a.tokens.slice(tokenAt(a.tokens, span.start), tokenAt(a.tokens, span.end));
    const breaksOf = () => (breaks ??= breaksIn(text));
    sentence = {
      span,
      text,
      tokens,
      concepts: new Set(tokens.map((t) => t.concept)),
      docs: new Map(),
      breaks: breaksOf,
      articleBreaks: () => (articleBreaks ??= breaksOf().map((b) => b + span.start)),
      cuts: () => (cuts ??= clauseCuts(text)),
      numbers: () =>
        (numbers ??= a.mentions.filter(
          (o) => o.start >= span.start && o.end <= span.end && o.unit !== "year",
        )),
    };
    a.sentences.set(span.start, sentence);
  }
  return sentence;
}

/** The concepts around a number, weighted by nearness, and those of its whole article. */
interface Near {
  weights: Map<string, number>;
  article: ArticleConcepts;
}

/** The concepts around the number at [start, end) in the article, weighted by nearness. */
function nearConcepts(a: Article, start: number, end: number, noun: readonly string[]): Near {
  const { span, tokens, text: sentence, articleBreaks, cuts, numbers } = sentenceOf(a, start);
  // Everything in the article's offsets, as the sentence's tokens are: weighNear reads only differences.
  const local = clauseAround(sentence, start - span.start, cuts());
  const clause = { start: local.start + span.start, end: local.end + span.start };
  const others = numbers().filter((o) => o.end <= start || o.start >= end);
  const near = weighNear(tokens, { start, end }, clause, others, articleBreaks());
  for (const concept of noun) near.set(concept, Math.max(near.get(concept) ?? 0, 1));
  return { weights: near, article: a.context };
}

/**
 * What a count counts, from the extractor's noun: the words before the first participle ("22 cited by"
 * counts nothing named; "36 platforms shut" counts platforms), or null.
 */
export function countedNoun(noun: string | null): string | null {
  const words: string[] = [];
  for (const w of splitAtSpaces(noun ?? "").filter(Boolean)) {
    if (/ed$/.test(w)) break;
    words.push(w);
  }
  return words.length ? words.join(" ") : null;
}

/** Generic words that do not say what is counted: "crypto platforms" counts platforms, not crypto. */
const NOT_A_NOUN = new Set(["crypto", "illegal", "license", "unlicensed", "asset"]);

/** The metrics of a unit's family that the article names in full (see articleNames), worked out once an article. */
function namedDocs(a: Article, index: ClaimIndex, unit: Unit): MetricDoc[] {
  let docs = a.named.get(unit);
  if (!docs) {
    const own = lowerUnit(unit);
    docs = (index.byFamily.get(familyOf(unit)) ?? []).filter((doc) => articleNames(a.context, doc, own));
    a.named.set(unit, docs);
  }
  return docs;
}

/** Of {@link namedDocs}, those whose name the sentence uses (or whose unit is `unit`), once a sentence. */
function sentenceDocs(a: Article, index: ClaimIndex, sentence: Sentence, unit: Unit): MetricDoc[] {
  let docs = sentence.docs.get(unit);
  if (!docs) {
    const own = lowerUnit(unit);
    docs = namedDocs(a, index, unit).filter((doc) =>
      doc.coreTerms[0]!.concepts.some((c) => c === own || sentence.concepts.has(c)),
    );
    sentence.docs.set(unit, docs);
  }
  return docs;
}

/** Candidate facts for a number, best first, with contenders within reach told apart by agreeing value. */
function rankCandidates(
  index: ClaimIndex,
  a: Article,
  m: { start: number; end: number },
  s: Statement,
  unit: Unit,
  year: number | null,
  noun: readonly string[],
  strict = false,
): Candidate[] {
  const nounConcepts = noun.filter((c) => !NOT_A_NOUN.has(c));
  const own = lowerUnit(unit);
  const sentence = sentenceOf(a, m.start);
  const { concepts } = sentence;
  const candidates: Candidate[] = [];
  // The weights near the number are worked out only for a metric that could match at all: one whose
  // name the sentence uses, and which the article names in full (see judge).
  let near: Near | null = null;
  let range: [number, number] | null = null;
  // Without a noun, which metrics the sentence names depends only on the sentence and the unit.
  for (const doc of noun.length ? namedDocs(a, index, unit) : sentenceDocs(a, index, sentence, unit)) {
    if (nounConcepts.length && !nounConcepts.some((c) => doc.nouns.has(c))) continue;
    if (
      noun.length &&
      !doc.coreTerms[0]!.concepts.some((c) => c === own || concepts.has(c) || noun.includes(c))
    )
      continue;
    near ??= nearConcepts(a, m.start, m.end, noun);
    const { score: sc } = judge(near, doc, unit);
    if (sc < MIN_SCORE) continue;
    range ??= statedRange(s, strict);
    candidates.push(candidateFor(doc, sc, range, unit, year, strict));
  }
  candidates.sort((a, b) => b.score - a.score || a.doc.order - b.doc.order);
  const best = candidates[0];
  if (!best) return [];
  // Among facts the words cannot tell apart, one whose claim states this value is the likelier.
  const reach = candidates.filter((c) => c.score >= best.score * CONTENDERS && c.fitting.length);
  const agreeing = reach.find((c) => c.agreeing.length);
  return agreeing ? [agreeing, ...candidates.filter((c) => c !== agreeing)] : candidates;
}

// ── Rows to paste ─────────────────────────────────────────────────────────────────────────────

const slug = (words: readonly string[]) => words.map(slugWord).filter(Boolean).join("-");

const slugs = new Map<string, string>();
/** A word of a slug: lower-case ASCII letters and digits; cached, since every row names words again. */
function slugWord(word: string): string {
  let s = slugs.get(word);
  if (s === undefined) {
    // eslint-disable-next-line no-control-regex -- plain ASCII needs no decomposing
    s = (/^[\x00-\x7f]*$/.test(word) ? word : word.normalize("NFKD"))
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "");
    if (slugs.size < 50_000) slugs.set(word, s);
  }
  return s;
}

/** `005` for `005_abc.txt`, else a short slug of the file name. */
export function sourceTag(file: string): string {
  const stem = file.replace(/\.txt$/, "");
  const digits = /^(\d+)[_-]/.exec(stem);
  return digits
    ? digits[1]!
    : slug(stem.split(/[^A-Za-z0-9]+/))
        .slice(0, 16)
        .replace(/-+$/, "") || "article";
}

/** `base`, or `base-2`, `base-3`… whichever is free first. */
function uniqueId(a: Article, index: ClaimIndex, base: string): string {
  // Taken ids stay taken, so a base's numbering goes on from the last one it gave: an article with
  // fifty new counts near the same words would otherwise try 1 + 2 + … + 50 ids.
  let n = a.suffixes.get(base) ?? 1;
  let id = n === 1 ? base : `${base}-${n}`;
  while (index.ids.has(id) || a.ids.has(id)) id = `${base}-${++n}`;
  a.suffixes.set(base, n);
  a.ids.add(id);
  return id;
}

/** Normalised value as claims.csv writes it: whole units without exponent, dates as ISO. */
function csvValue(value: number, unit: Unit, iso: string | null): string {
  if (unit === "date" && iso) return iso;
  // toFixed writes whole numbers below 10^21 in full, where String() would switch to an exponent.
  return Number.isInteger(value) && Math.abs(value) < 1e21 ? value.toFixed(0) : String(value);
}

const LETTER = /\p{L}/u;
/** What a quote does not start or end with: white space, a comma, semicolon, colon or dash. */
const isEdge = (c: number) =>
  isSpace(c) || c === 44 || c === 59 || c === 58 || c === 45 || c === 0x2013 || c === 0x2014;
/** A word of a sentence, read from where its token starts. */
const WORD_AT = /[\p{L}][\p{L}'’-]*/uy;

/**
 * The shortest quote that holds the number: its clause, widened to neighbouring clauses until it has
 * six words or more, and never a whole paragraph over {@link MAX_WHOLE_PARAGRAPH} characters.
 */
export function shortestQuote(
  text: string,
  sentence: Span,
  need: { start: number; end: number },
  breaks?: readonly number[],
): string {
  const body = text.slice(sentence.start, sentence.end);
  const cuts = [
    0,
    ...(breaks ?? breaksIn(body)).map((b) => b + (body[b] === "," || body[b] === ";" ? 2 : 1)),
    body.length,
  ];
  const local = { start: need.start - sentence.start, end: need.end - sentence.start };
  let lo = cuts.filter((c) => c <= local.start).at(-1) ?? 0;
  let hi = cuts.find((c) => c >= local.end) ?? body.length;
  // Whether [lo, hi) has six words with a letter in them, counted by hand and only as far as six:
  // this runs for every number of every article.
  const sixWords = () => {
    let n = 0;
    let inWord = false;
    let lettered = false;
    for (let i = lo; i <= hi; i++) {
      const c = i < hi ? body.charCodeAt(i) : 32;
      if (c === 32 || c === 10 || c === 9) {
        if (inWord && lettered && ++n === 6) return true;
        inWord = lettered = false;
      } else {
        inWord = true;
        if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && LETTER.test(body[i]!)))
          lettered = true;
      }
    }
    return false;
  };
  while (!sixWords() && (lo > 0 || hi < body.length)) {
    if (lo > 0) lo = cuts.filter((c) => c < lo).at(-1) ?? 0;
    else hi = cuts.find((c) => c > hi) ?? body.length;
  }
  // White space and clause punctuation off both ends (`/^[\s,;:—–-]+|[\s,;:—–-]+$/g`), then a leading
  // conjunction.
  while (lo < hi && isEdge(body.charCodeAt(lo))) lo++;
  while (hi > lo && isEdge(body.charCodeAt(hi - 1))) hi--;
  let quote = body.slice(lo, hi).replace(/^(?:and|but|while|whereas)\s+/i, "");
  // Only a quote that long can be a whole paragraph too long to quote: the paragraph is found only then.
  if (quote.length <= MAX_WHOLE_PARAGRAPH) return quote;
  const lineStart = text.lastIndexOf("\n", need.start - 1) + 1;
  const lineEnd = text.indexOf("\n", need.end);
  const paragraph = text.slice(lineStart, lineEnd === -1 ? undefined : lineEnd).trim();
  if (quote === paragraph) {
    // A one-clause paragraph: six words either side of the number.
    const before = text.slice(lineStart, need.start).split(" ");
    const after = text.slice(need.end, lineEnd === -1 ? undefined : lineEnd).split(" ");
    quote =
      `${before.slice(-7).join(" ")}${text.slice(need.start, need.end)}${after.slice(0, 7).join(" ")}`.trim();
  }
  return quote;
}

/** Content words nearest the number, for naming a metric no claim has. */
function metricName(a: Article, m: TriageMention, unit: Unit, noun: string | null): string {
  let words = noun
    ? splitAtSpaces(noun)
        .filter((w) => conceptOf(w.toLowerCase()) !== null)
        .slice(0, 3)
    : [];
  if (!words.length) {
    const { span, text, tokens, cuts } = sentenceOf(a, m.start);
    const local = clauseAround(text, m.start - span.start, cuts());
    const clause = { start: local.start + span.start, end: local.end + span.start };
    const { start, end } = m;
    // The three words of the clause nearest the number, the earlier first at the same distance: what a
    // stable sort by distance would put first, kept in one pass.
    const distance = (t: Token) => Math.abs(t.start - start);
    const nearest: Token[] = [];
    for (const t of tokens) {
      if (t.start < clause.start || t.start >= clause.end || (t.start >= start && t.start < end)) continue;
      let at = nearest.length;
      while (at > 0 && distance(nearest[at - 1]!) > distance(t)) at--;
      if (at < 3) {
        nearest.splice(at, 0, t);
        if (nearest.length > 3) nearest.pop();
      }
    }
    words = nearest
      .sort((x, y) => x.start - y.start)
      .map((t) => {
        WORD_AT.lastIndex = t.start - span.start;
        return WORD_AT.exec(text)?.[0] ?? t.concept;
      });
  }
  const suffix = unit === "KZT" || unit === "USD" || unit === "USDT" ? [unit] : [];
  return slug([...words, ...suffix]) || "figure";
}

function claimRowFor(
  a: Article,
  index: ClaimIndex,
  m: TriageMention,
  need: { start: number; end: number },
  fact: { metric: string; period: string },
  iso: string | null,
  note: string,
): ClaimRow {
  const base = [fact.metric, isYear(fact.period) ? fact.period : "", a.tag].filter(Boolean).join("-");
  return {
    id: uniqueId(a, index, base),
    metric: fact.metric,
    period: fact.period,
    value: csvValue(m.value, m.unit, iso),
    unit: m.unit,
    qualifier: m.qualifier,
    source: a.seed.id,
    quote: shortestQuote(a.seed.text, spanAt(a.spans, need.start), need, sentenceOf(a, need.start).breaks()),
    note,
    formula: "",
  };
}

function decisionFor(
  a: Article,
  index: ClaimIndex,
  conflict: Pick<Conflict, "id" | "kind" | "items" | "subject">,
  newId: string,
  difference?: DecisionRow["difference"],
): DecisionSuggestion | null {
  if (a.decided.has(conflict.id)) return null;
  a.decided.add(conflict.id);
  const existing = index.decisions.get(conflict.id);
  const row: DecisionRow = existing
    ? {
        conflict: conflict.id,
        title: existing.title,
        claims: "",
        difference: existing.difference,
        chosen: existing.chosen ?? "",
        reason: `${existing.reason} {${newId}} gives another figure.`,
      }
    : suggestDecision(conflict, difference);
  return { ...row, replaces: existing !== undefined, csv: decisionCsvLine(row) };
}

const conflictItem = (claim: string, value: number, unit: Unit) => ({
  source: "",
  quote: "",
  value,
  unit,
  qualifier: null,
  claim,
  mention: null,
  rate: null,
});

/** Decision rows for the value conflict a pasted row would open in its metric and period, if any. */
function valueDecision(
  a: Article,
  index: ClaimIndex,
  row: ClaimRow,
  value: number,
  unit: Unit,
  difference?: DecisionRow["difference"],
): DecisionSuggestion[] {
  const group = index.groups.get(`${row.metric}:${row.period}`) ?? [];
  if (!group.length || group.every((c) => sameValue(c.value, value))) return [];
  if (difference === "rounding" && index.decisions.has(`value:${row.metric}:${row.period}`)) return [];
  // Each conflict is suggested once an article (decisionFor): the rows after the first need no items.
  if (a.decided.has(`value:${row.metric}:${row.period}`)) return [];
  const items = [...group.map((c) => conflictItem(c.id, c.value, c.unit)), conflictItem(row.id, value, unit)];
  const d = decisionFor(
    a,
    index,
    { id: `value:${row.metric}:${row.period}`, kind: "value", subject: `${row.metric}:${row.period}`, items },
    row.id,
    difference,
  );
  return d ? [d] : [];
}

/**
 * Decision rows for the qualifier conflict a pasted row would open: claims of its metric and period
 * that give the same value with another hedge ("around $16.7 million" against "$16.7 million").
 */
function qualifierDecision(
  a: Article,
  index: ClaimIndex,
  row: ClaimRow,
  value: number,
): DecisionSuggestion[] {
  const key = `${row.metric}:${row.period}`;
  const same = (index.groups.get(key) ?? []).filter((c) => sameValue(c.value, value));
  const qualifier = isQualifier(row.qualifier) ? row.qualifier : "exact";
  // Nothing new to decide when every claim with this value hedges it as the row does, or when they
  // already differ among themselves: that conflict exists, and its decision still stands.
  if (!same.length || same.every((c) => c.qualifier === qualifier)) return [];
  if (new Set(same.map((c) => c.qualifier)).size > 1) return [];
  const id = `qualifier:${key}`;
  if (a.decided.has(id)) return [];
  a.decided.add(id);
  const items = [
    ...same.map((c) => ({ ...conflictItem(c.id, c.value, c.unit), qualifier: c.qualifier })),
    { ...conflictItem(row.id, value, same[0]!.unit), qualifier },
  ];
  // The conflict does not exist before the row is pasted, so no decision for it does either.
  const decision = suggestDecision({ id, kind: "qualifier", subject: key, items }, "qualifier");
  return [{ ...decision, replaces: false, csv: decisionCsvLine(decision) }];
}

const suggestion = (claim: ClaimRow, decisions: DecisionSuggestion[] = []): Suggestion => ({
  claim,
  claimCsv: csvRow(CLAIM_COLUMNS, claim),
  decisions,
});

// ── Verdicts ──────────────────────────────────────────────────────────────────────────────────

function triageMention(m: Mention, conversion: boolean): TriageMention {
  const c = conversion ? m.conversion! : null;
  return {
    text: c ? c.text : m.text,
    value: c ? c.value : m.value,
    unit: c ? c.unit : m.unit,
    qualifier: c ? c.qualifier : m.qualifier,
    start: c ? c.start : m.start,
    end: c ? c.end : m.end,
    line: m.line,
    sentence: m.sentence,
  };
}

/** What a confirming or disagreeing item names of its claim. */
const naming = (verdict: "confirms" | "disagrees", claim: NumericClaim) => ({
  verdict,
  claim: claim.id,
  claimQuote: claim.quote ?? claim.formula,
  claimNumber: claim.asWritten,
});

/** What a `new` item names of a claim: nothing. */
const NO_CLAIM = { verdict: "new", claim: null, claimQuote: null, claimNumber: null } as const;

const describe = (c: NumericClaim) => `${c.asWritten ?? `${c.value} ${c.unit}`} (${c.metric}, ${c.period})`;
const periodText = (p: Period | undefined) =>
  p?.year != null ? `${p.year}${p.cue && p.cue !== String(p.year) ? ` ("${p.cue}")` : ""}` : "no year stated";

/** The verdict on one amount, given its candidates. */
function amountItem(
  a: Article,
  index: ClaimIndex,
  tm: TriageMention,
  need: { start: number; end: number },
  noun: string | null,
  period: Period | undefined,
  ranked: Candidate[],
  extraDecisions: (row: ClaimRow) => DecisionSuggestion[] = () => [],
): { item: TriageItem; matched: NumericClaim | null } {
  const year = period?.year ?? null;
  const best = ranked[0];
  const kind: ItemKind = "amount";
  const base = { mention: tm, kind, period: year !== null ? String(year) : null };
  if (best && best.agreeing.length && best.score >= CONFIRM_SCORE) {
    const claim = preferred(index, best.agreeing, year, tm.value);
    const row = claimRowFor(a, index, tm, need, claim, null, `Agrees with {${claim.id}}.`);
    const decisions = [
      ...valueDecision(a, index, row, tm.value, tm.unit, "rounding"),
      ...qualifierDecision(a, index, row, Number(row.value)),
      ...extraDecisions(row),
    ];
    const reason = `same fact as ${describe(claim)}; ${tm.text} agrees within what both state`;
    return {
      item: { ...base, ...naming("confirms", claim), reason, suggestion: suggestion(row, decisions) },
      matched: claim,
    };
  }
  const plausible = best
    ? best.fitting.filter((c) => withinTenfold(convertUnit(tm.value, tm.unit, c.unit), c.value))
    : [];
  if (best && plausible.length && best.score >= DISAGREE_SCORE) {
    const claim = opposite(index, plausible, tm.value);
    const row = claimRowFor(a, index, tm, need, claim, null, `Differs from {${claim.id}}.`);
    const reason = `same fact as ${describe(claim)} (period: ${periodText(period)}), but ${tm.text} does not agree with it`;
    const decisions = [
      ...valueDecision(a, index, row, tm.value, tm.unit),
      ...qualifierDecision(a, index, row, Number(row.value)),
      ...extraDecisions(row),
    ];
    return {
      item: { ...base, ...naming("disagrees", claim), reason, suggestion: suggestion(row, decisions) },
      matched: claim,
    };
  }
  // No claim states it. A metric the words match well, missing only this year, is still its name.
  const known =
    best &&
    best.score >= DISAGREE_SCORE &&
    !best.fitting.length &&
    familyOf(best.doc.unit) === familyOf(tm.unit)
      ? best.doc
      : null;
  const metric = known
    ? known.unit === tm.unit
      ? known.metric
      : `${known.metric.replace(/-(?:kzt|usd|usdt)$/, "")}-${tm.unit.toLowerCase()}`
    : metricName(a, tm, tm.unit, noun);
  const row = claimRowFor(
    a,
    index,
    tm,
    need,
    { metric, period: year !== null ? String(year) : "undated" },
    null,
    "",
  );
  const item: TriageItem = {
    mention: tm,
    kind: "amount",
    period: base.period,
    verdict: "new",
    claim: null,
    claimQuote: null,
    claimNumber: null,
    reason: known
      ? `${known.metric} has no claim for ${periodText(period)}`
      : best && best.score >= DISAGREE_SCORE && best.fitting.length
        ? `the words match ${best.doc.metric}, but ${tm.text} is too far from its claims to be another report of them`
        : best
          ? `no claim states this; nearest in words: ${best.doc.metric}, too far to be the same fact`
          : "no claim states this",
    suggestion: suggestion(row, extraDecisions(row)),
  };
  return { item, matched: null };
}

/**
 * A conversion — bracketed, "24 billion KZT ($51 million)", or joined by "or", "24 billion tenge, or
 * roughly $46 million" — is the same fact as its amount, so it is judged against that fact's figure in
 * the other currency. `detected` when the data step's conflict detector reads it as a conversion too
 * (brackets only), so saving the article opens a conversion conflict where the figures differ.
 */
function conversionItem(
  a: Article,
  index: ClaimIndex,
  amount: Mention,
  tm: TriageMention,
  need: { start: number; end: number },
  detected: boolean,
  parent: NumericClaim | null,
  period: Period | undefined,
): TriageItem {
  const key = `${amount.value}-${amount.unit}:${tm.unit}`;
  const others = detected
    ? (index.conversions.get(key) ?? []).filter((o) => !o.mention.startsWith(`${a.seed.id}:`))
    : [];
  // The seed itself opens a conversion conflict when another article converts the same amount otherwise.
  const conversionConflict = (row: ClaimRow): DecisionSuggestion[] => {
    if (!others.length || others.some((o) => sameValue(o.value, tm.value))) return [];
    const claimed = others.flatMap((o) =>
      (index.byMention.get(o.mention) ?? []).filter((c) => c.unit === tm.unit),
    );
    const items = [
      ...claimed.map((c) => conflictItem(c.id, c.value, c.unit)),
      ...others
        .filter((o) => !claimed.some((c) => c.mention === o.mention))
        .map((o) => ({ ...conflictItem("", o.value, tm.unit), claim: null })),
      conflictItem(row.id, tm.value, tm.unit),
    ];
    const agreesWithAll = others.every((o) =>
      statementsAgree(
        { value: o.value, qualifier: "exact", text: null },
        { value: tm.value, qualifier: tm.qualifier, text: tm.text },
        true,
      ),
    );
    const d = decisionFor(
      a,
      index,
      {
        id: `conversion:${amount.value}-${amount.unit}`,
        kind: "conversion",
        subject: `${amount.value} ${amount.unit}`,
        items,
      },
      row.id,
      agreesWithAll ? "rounding" : "conversion-rate",
    );
    return d ? [d] : [];
  };
  if (!parent) {
    const { item } = amountItem(a, index, tm, need, null, period, [], conversionConflict);
    return { ...item, kind: "conversion", reason: "its amount is new, so is its conversion" };
  }
  const siblings = index.siblings.get(parent.metric) ?? new Set<string>();
  const s: Statement = { value: tm.value, qualifier: tm.qualifier, text: tm.text };
  const year = isYear(parent.period) ? Number(parent.period) : (period?.year ?? null);
  const range = statedRange(s, true);
  const ranked = index.docs
    .filter((d) => siblings.has(d.metric) && d.family === familyOf(tm.unit))
    .map((doc) => candidateFor(doc, Infinity, range, tm.unit, year, true))
    .filter((c) => c.fitting.length);
  const sorted = [...ranked.filter((c) => c.agreeing.length), ...ranked.filter((c) => !c.agreeing.length)];
  const { item } = amountItem(a, index, tm, need, null, { year, cue: null }, sorted, conversionConflict);
  const reason =
    item.verdict === "new"
      ? `no claim gives ${parent.metric} in ${tm.unit}; its amount matched ${parent.id}`
      : item.reason;
  return { ...item, kind: "conversion", reason };
}

/** A year or a date: it confirms or contradicts a dated event, or dates the figures around it. */
function timeItem(a: Article, index: ClaimIndex, m: Mention): TriageItem {
  const tm = triageMention(m, false);
  const kind: ItemKind = m.unit === "date" ? "date" : "year";
  const s: Statement = { value: m.value, qualifier: "exact", text: null };
  // judge scores nothing for an event whose name neither the sentence nor the article names: the
  // words near the number are weighed only when some event is left.
  const own = lowerUnit(m.unit);
  const { concepts } = sentenceOf(a, m.start);
  const possible = index.events.filter(
    (doc) =>
      doc.coreTerms[0]!.concepts.some((c) => c === own || concepts.has(c)) &&
      articleNames(a.context, doc, own),
  );
  const near = possible.length ? nearConcepts(a, m.start, m.end, []) : null;
  const candidates = possible
    .map((doc) => ({ doc, score: judge(near!, doc, m.unit).score }))
    .filter((c) => c.score >= EVENT_SCORE)
    .sort((x, y) => y.score - x.score || x.doc.order - y.doc.order);
  const base = { mention: tm, kind, period: null };
  const best = candidates[0];
  if (best) {
    const same = best.doc.claims.filter((c) =>
      c.unit === "year" || m.unit === "year"
        ? Number(c.iso?.slice(0, 4) ?? c.value) === Number(m.iso?.slice(0, 4) ?? m.value)
        : m.iso !== null && c.iso !== null && (m.iso.startsWith(c.iso) || c.iso.startsWith(m.iso)),
    );
    const claim = same[0] ?? opposite(index, best.doc.claims, s.value);
    const note = same.length ? `Agrees with {${claim.id}}.` : `Differs from {${claim.id}}.`;
    const row = claimRowFor(a, index, tm, m, claim, m.iso, note);
    return {
      ...base,
      ...naming(same.length ? "confirms" : "disagrees", claim),
      reason: same.length
        ? `the same event as ${describe(claim)}`
        : `the same event as ${describe(claim)}, at another time`,
      suggestion: suggestion(row, same.length ? [] : valueDecision(a, index, row, m.value, m.unit, "date")),
    };
  }
  if (m.unit === "date" && a.date !== null && m.iso === a.date && m.line <= 12)
    return { ...base, ...NO_CLAIM, reason: "the article's dateline", suggestion: null };
  const { span } = sentenceOf(a, m.start);
  const dates = a.mentions.some(
    (o) => o !== m && o.start >= span.start && o.end <= span.end && o.unit !== "year" && o.unit !== "date",
  );
  if (dates)
    return {
      ...base,
      ...NO_CLAIM,
      reason: "dates the figures in its sentence; not an amount",
      suggestion: null,
    };
  const row = claimRowFor(
    a,
    index,
    tm,
    m,
    { metric: metricName(a, tm, m.unit, null), period: "event" },
    m.iso,
    "",
  );
  return { ...base, ...NO_CLAIM, reason: "a dated event no claim states", suggestion: suggestion(row) };
}

/**
 * Triage of one article against the index: one item per number the extractor found, and one more
 * for each bracketed conversion, in the order they stand in the text. `date` is the article's own
 * date (describeSource's), against which "last year" and the like are resolved.
 */
export function triageArticle(
  index: ClaimIndex,
  seed: SeedText,
  mentions: readonly Mention[],
  date: string | null,
): TriageReport {
  const spans = sentenceSpans(seed.text);
  const a: Article = {
    seed,
    tag: sourceTag(seed.id),
    spans,
    years: mentionYears(seed.text, mentions, date, spans),
    sentences: new Map(),
    date,
    ids: new Set(),
    suffixes: new Map(),
    decided: new Set(),
    mentions,
    context: { concepts: new Set(), named: new Map(), evidence: new Map() },
    named: new Map(),
    tokens: tokenize(seed.text),
  };
  for (const t of a.tokens) a.context.concepts.add(t.concept);
  // "24 billion tenge, or roughly $46 million": an amount in another currency joined by "or" is a
  // conversion written without brackets.
  const joined = new Map<string, Mention>();
  mentions.forEach((m, i) => {
    const next = mentions[i + 1];
    if (!next || m.conversion || !MONEY.has(m.unit) || !MONEY.has(next.unit) || next.unit === m.unit) return;
    if (/^\s*,?\s*(?:or|i\.e\.,?|that is,?|equivalent to)\s*$/.test(seed.text.slice(m.end, next.start)))
      joined.set(m.id, next);
  });
  const skip = new Set([...joined.values()].map((m) => m.id));

  const items: TriageItem[] = [];
  for (const m of mentions) {
    if (skip.has(m.id)) continue;
    const quotedBy = (id: string, unit: Unit) => (index.byMention.get(id) ?? []).find((c) => c.unit === unit);
    const cited = (tm: TriageMention, claim: NumericClaim, kind: ItemKind): TriageItem => ({
      mention: tm,
      kind,
      period: isYear(claim.period) ? claim.period : null,
      ...naming("confirms", claim),
      reason: `quoted by ${claim.id} itself`,
      suggestion: null,
    });
    if (m.unit === "year" || m.unit === "date") {
      const own = quotedBy(m.id, m.unit);
      items.push(own ? cited(triageMention(m, false), own, m.unit) : timeItem(a, index, m));
      continue;
    }
    const tm = triageMention(m, false);
    const period = a.years.get(m.id);
    const own = quotedBy(m.id, m.unit);
    let parent: NumericClaim | null = own ?? null;
    if (own) items.push(cited(tm, own, "amount"));
    else {
      const noun = countedNoun(m.noun);
      const counted = noun ? tokenize(noun).map((t) => t.concept) : [];
      const s: Statement = { value: m.value, qualifier: m.qualifier, text: m.text };
      const ranked = rankCandidates(index, a, m, s, m.unit, period?.year ?? null, counted);
      const need = { start: m.start, end: m.conversion ? m.conversion.end + 1 : m.end };
      const { item, matched } = amountItem(a, index, tm, need, noun, period, ranked);
      parent = matched;
      items.push(item);
    }
    if (m.conversion) {
      const ownConversion = quotedBy(m.id, m.conversion.unit);
      const need = { start: m.start, end: m.conversion.end + 1 };
      items.push(
        ownConversion
          ? cited(triageMention(m, true), ownConversion, "conversion")
          : conversionItem(a, index, m, triageMention(m, true), need, true, parent, period),
      );
    }
    const other = joined.get(m.id);
    if (other) {
      const ownOther = quotedBy(other.id, other.unit);
      const tmOther = triageMention(other, false);
      items.push(
        ownOther
          ? cited(tmOther, ownOther, "conversion")
          : conversionItem(
              a,
              index,
              m,
              tmOther,
              { start: other.start, end: other.end },
              false,
              parent,
              period,
            ),
      );
    }
  }
  return { source: seed.id, date, items };
}
