/**
 * A seeded generator of news-like articles about finance and crypto regulation, for benchmarking and
 * testing {@link extractMentions}. Every number it writes is recorded with the value, unit and
 * qualifier a correct reader would give it, worked out from the digits it chose, never from the
 * extractor.
 *
 *   for (const text of syntheticCorpus(10_000)) extractMentions(text, "synthetic");
 *   const { text, planted } = plantArticle(7);
 *   // text.slice(planted[0].start, planted[0].end) === planted[0].text
 *
 * Article `i` depends only on `(i, seed)`, so the corpus can be generated lazily, in any order, with
 * flat memory.
 */
import { Buffer } from "node:buffer";
import type { Qualifier, Unit } from "../../src/pipeline/types.ts";

/** What a planted number is, so tests can pick the kinds they care about. */
export type PlantedKind = "money" | "count" | "percent" | "duration" | "date" | "year";

/** The bracketed equivalent written after a planted amount: "($24.1 billion)". */
export interface PlantedConversion {
  value: number;
  unit: Unit;
  qualifier: Qualifier;
  /** The amount inside the brackets, its qualifier excluded ("$24.1 billion"). */
  text: string;
}

/** One number the generator wrote, with the reading a correct extractor should produce. */
export interface PlantedMention {
  kind: PlantedKind;
  /** The mention as written, qualifier included, bracketed conversion excluded ("over 13.2 trillion KZT"). */
  text: string;
  /** Offsets of `text` in the article, end exclusive. */
  start: number;
  end: number;
  /** Money in whole currency units; dates in days since 1970-01-01, as in {@link Mention}. */
  value: number;
  unit: Unit;
  qualifier: Qualifier;
  iso: string | null;
  /** "context" for a bare amount ("one trillion higher") whose currency comes from the amount before it. */
  unitFrom: "text" | "context";
  conversion: PlantedConversion | null;
}

export interface SyntheticArticle {
  text: string;
  planted: PlantedMention[];
}

/** Article sizes in UTF-8 bytes, title included. */
export const ARTICLE_MIN_BYTES = 3 * 1024;
export const ARTICLE_MAX_BYTES = 6 * 1024;
/** Paragraphs per article, title excluded. */
export const ARTICLE_MIN_PARAGRAPHS = 6;
export const ARTICLE_MAX_PARAGRAPHS = 15;

/** Article `i` of the corpus with the given seed: the text of {@link plantArticle}, without its records. */
export function syntheticArticle(i: number, seed = 1): string {
  const parts = articleParts(i, seed);
  return parts
    .map((part) => (typeof part === "string" ? part : part.text))
    .join("")
    .replace(/\n$/, "");
}

/** Yields articles `0 … n-1` one at a time, so a consumer never holds the corpus. */
export function* syntheticCorpus(n: number, seed = 1): Generator<string, void, undefined> {
  for (let i = 0; i < n; i++) yield syntheticArticle(i, seed);
}

/** Article `i` with every number it contains. */
export function plantArticle(i: number, seed = 1): SyntheticArticle {
  return assemble(articleParts(i, seed));
}

/** The pieces of article `i`: text, and the numbers planted in it. */
function articleParts(i: number, seed: number): Part[] {
  const rng = mulberry32(hash32(hash32(seed) ^ hash32(i + 0x9e3779b9)));
  // Spread the body evenly over the paragraphs; the running total keeps overshoot to one sentence.
  const paragraphs = int(rng, ARTICLE_MIN_PARAGRAPHS, ARTICLE_MAX_PARAGRAPHS);
  const target = int(rng, ARTICLE_MIN_BYTES + 300, ARTICLE_MAX_BYTES - 700);

  const parts: Part[] = [...pick(rng, TITLES)(rng), "\n"];
  let bytes = 0;
  let previous: Template | string | null = null;
  for (let p = 0; p < paragraphs; p++) {
    parts.push("\n");
    const paragraphEnd = (target * (p + 1)) / paragraphs;
    let first = true;
    do {
      // Never the same template twice running: "It is one of… It is one of…" reads like a bug.
      let template: Template | string;
      do template = rng() < 0.5 ? pick(rng, NUMBER_SENTENCES) : pick(rng, FILLER);
      while (template === previous);
      previous = template;
      const sentence = typeof template === "string" ? [template] : template(rng);
      if (!first) parts.push(" ");
      parts.push(...sentence);
      bytes +=
        1 + sentence.reduce((n, part) => n + utf8Length(typeof part === "string" ? part : part.text), 0);
      first = false;
    } while (bytes < paragraphEnd);
    parts.push("\n");
  }
  return parts;
}

type Plant = Omit<PlantedMention, "start" | "end">;
type Part = string | Plant;

function assemble(parts: readonly Part[]): SyntheticArticle {
  let text = "";
  const planted: PlantedMention[] = [];
  for (const part of parts) {
    if (typeof part === "string") {
      text += part;
    } else {
      planted.push({ ...part, start: text.length, end: text.length + part.text.length });
      text += part.text;
    }
  }
  return { text: text.replace(/\n$/, ""), planted };
}

/** Bytes of `s` in UTF-8 (the templates write no lone surrogates, which this would count as three). */
const utf8Length = (s: string) => Buffer.byteLength(s, "utf8");

type Rng = () => number;

/** mulberry32: a small, fast 32-bit PRNG, good enough for test text and identical on every platform. */
function mulberry32(state: number): Rng {
  let a = state | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** murmur3's finaliser: spreads nearby (seed, i) pairs into unrelated PRNG states. */
function hash32(x: number): number {
  let h = x | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const int = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;

const SCALE_WORDS = { million: 1e6, billion: 1e9, trillion: 1e12 } as const;
type ScaleWord = keyof typeof SCALE_WORDS;
const SCALE_LETTERS: Record<ScaleWord, string> = { million: "M", billion: "B", trillion: "T" };
const NUMBER_WORDS = [
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
];

function groupThousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** `units / 10^places` written with exactly `places` decimals ("16.7" for 167, 1). */
function fixed(units: number, places: number): string {
  if (places === 0) return String(units);
  const p = 10 ** places;
  return `${Math.floor(units / p)}.${String(units % p).padStart(places, "0")}`;
}

/**
 * A mantissa for a scaled amount, 1 to 999 with up to two decimals and no trailing zero, kept as an
 * integer count of `10^-places` so the normalised value is exact integer arithmetic.
 */
function mantissa(rng: Rng): { text: string; units: number; places: number } {
  const places = pick(rng, [0, 0, 1, 1, 1, 2]);
  const p = 10 ** places;
  let units = int(rng, p, 999 * p);
  if (places > 0 && units % 10 === 0) units += 1;
  return { text: fixed(units, places), units, places };
}

const scaled = (m: { units: number; places: number }, scale: number) => (m.units * scale) / 10 ** m.places;

type QualifierWords = Record<Exclude<Qualifier, "exact">, readonly string[]>;

const AMOUNT_QUALIFIERS: QualifierWords = {
  over: ["more than", "over"],
  "at-least": ["at least"],
  about: ["about", "around", "approximately", "roughly"],
  under: ["less than", "under"],
  "at-most": ["up to", "no more than"],
};
const COUNT_QUALIFIERS: QualifierWords = { ...AMOUNT_QUALIFIERS, under: ["fewer than"] };
/** For thresholds: "top-ups exceeding 500,000 tenge". */
const THRESHOLD_QUALIFIERS: QualifierWords = { ...AMOUNT_QUALIFIERS, over: ["exceeding", "over", "above"] };

/** Qualifiers that read well after "to" ("grown to more than 600", not "grown to up to 600"). */
const AFTER_TO: readonly Qualifier[] = ["exact", "exact", "over", "about", "under"];

/** A qualifier and the words that write it ("" for exact), mostly exact as in news copy. */
function qualify(
  rng: Rng,
  forced?: Qualifier | readonly Qualifier[],
  words: QualifierWords = AMOUNT_QUALIFIERS,
): { qualifier: Qualifier; prefix: string } {
  const qualifier =
    typeof forced === "string"
      ? forced
      : forced
        ? pick(rng, forced)
        : pick<Qualifier>(rng, [
            "exact",
            "exact",
            "exact",
            "exact",
            "over",
            "over",
            "about",
            "about",
            "under",
            "at-least",
            "at-most",
          ]);
  return { qualifier, prefix: qualifier === "exact" ? "" : `${pick(rng, words[qualifier])} ` };
}

function plant(
  kind: PlantedKind,
  text: string,
  value: number,
  unit: Unit,
  qualifier: Qualifier = "exact",
  iso: string | null = null,
): Plant {
  return { kind, text, value, unit, qualifier, iso, unitFrom: "text", conversion: null };
}

function money(
  text: string,
  value: number,
  unit: Unit,
  qualifier: Qualifier,
  conversion: PlantedConversion | null = null,
): Plant {
  return { kind: "money", text, value, unit, qualifier, iso: null, unitFrom: "text", conversion };
}

/** "$16.7 million", "$16.7M", "$6.8B", "$642,000", now and then "US$2.1 billion" or "$6.8bn", optionally qualified. */
function usd(rng: Rng, forced?: Qualifier): Part[] {
  const { qualifier, prefix } = qualify(rng, forced);
  const form = rng();
  const sign = rng() < 0.1 ? "US$" : "$";
  if (form < 0.2) {
    const n = int(rng, 1, 999) * 1000 + (rng() < 0.5 ? 0 : int(rng, 0, 999));
    return [money(`${prefix}${sign}${groupThousands(n)}`, n, "USD", qualifier)];
  }
  const m = mantissa(rng);
  const scale = pick<ScaleWord>(rng, ["million", "million", "billion"]);
  const letter = scale === "billion" && rng() < 0.25 ? "bn" : SCALE_LETTERS[scale];
  const written = form < 0.6 ? `${sign}${m.text} ${scale}` : `${sign}${m.text}${letter}`;
  return [money(prefix + written, scaled(m, SCALE_WORDS[scale]), "USD", qualifier)];
}

/** "$4.8 million in USDT", "$545,000 USDT": a stablecoin amount written with a dollar sign. */
function usdt(rng: Rng): Part[] {
  const { qualifier, prefix } = qualify(rng);
  if (rng() < 0.5) {
    const n = int(rng, 10, 999) * 1000;
    return [money(`${prefix}$${groupThousands(n)} USDT`, n, "USDT", qualifier)];
  }
  const m = mantissa(rng);
  return [money(`${prefix}$${m.text} million in USDT`, scaled(m, 1e6), "USDT", qualifier)];
}

/** A dollar figure for a converted amount, rounded the way copy rounds it. */
function usdFigure(usdValue: number, style: "word" | "letter"): { text: string; value: number } {
  for (const [scale, letter, word] of [
    [1e9, "B", "billion"],
    [1e6, "M", "million"],
  ] as const) {
    if (usdValue >= scale * 0.99995) {
      const tenths = Math.round(usdValue / (scale / 10));
      const number = tenths % 10 === 0 ? String(tenths / 10) : fixed(tenths, 1);
      return {
        text: style === "word" ? `$${number} ${word}` : `$${number}${letter}`,
        value: (tenths * scale) / 10,
      };
    }
  }
  const n = Math.max(1, Math.round(usdValue));
  return { text: `$${groupThousands(n)}`, value: n };
}

/** The bracketed dollar equivalent of a tenge amount: " ($24.1 billion)", " (~$24.1B)", " (about $913)". */
function conversionOf(
  rng: Rng,
  kzt: number,
  style: "word" | "letter",
  mainQualifier: Qualifier,
): [string, PlantedConversion] {
  const rate = int(rng, 43000, 54000) / 100;
  const figure = usdFigure(kzt / rate, style);
  const qualifier: Qualifier =
    mainQualifier === "over" && rng() < 0.5 ? "over" : pick<Qualifier>(rng, ["exact", "exact", "about"]);
  let prefix = "";
  if (qualifier === "over") prefix = "over ";
  else if (qualifier === "about")
    prefix = style === "letter" ? "~" : `${pick(rng, ["about", "roughly", "approximately"])} `;
  return [` (${prefix}${figure.text})`, { value: figure.value, unit: "USD", qualifier, text: figure.text }];
}

/**
 * Tenge in the forms news copy uses: "24 billion KZT", "7.5 billion tenge", "24B KZT",
 * "13.2 trillion KZT ($24.1 billion)", "13.2T KZT (~$24.1B)", "500,000 tenge ($925)", "₸420,000 (about $913)",
 * and now and then "KZT 500,000" or "₸7.5 billion".
 */
function kzt(
  rng: Rng,
  options: {
    forced?: Qualifier;
    words?: QualifierWords;
    scale?: ScaleWord;
    converted?: boolean;
    plain?: boolean;
  } = {},
): Part[] {
  const { qualifier, prefix } = qualify(rng, options.forced, options.words);
  const converted = options.converted ?? rng() < 0.5;
  let written: string;
  let value: number;
  let style: "word" | "letter" = "word";
  if (options.plain ?? (!options.scale && rng() < 0.3)) {
    value = int(rng, 20, 999) * 1000 + (rng() < 0.7 ? 0 : int(rng, 1, 999));
    const form = rng();
    const digits = groupThousands(value);
    written = form < 0.45 ? `${digits} tenge` : form < 0.9 ? `₸${digits}` : `KZT ${digits}`;
  } else {
    const m = mantissa(rng);
    const scale = options.scale ?? pick<ScaleWord>(rng, ["million", "billion", "billion", "trillion"]);
    value = scaled(m, SCALE_WORDS[scale]);
    const form = rng();
    if (form < 0.35) {
      style = "letter";
      written = `${m.text}${SCALE_LETTERS[scale]} KZT`;
    } else if (form < 0.45) written = `₸${m.text} ${scale}`;
    else written = `${m.text} ${scale} ${pick(rng, ["KZT", "tenge"])}`;
  }
  if (!converted) return [money(prefix + written, value, "KZT", qualifier)];
  const [bracket, conversion] = conversionOf(rng, value, style, qualifier);
  return [money(prefix + written, value, "KZT", qualifier, conversion), bracket];
}

const SCALED_NOUNS = new Set(["users", "bank accounts", "bank cards", "suspicious transactions"]);

function count(
  rng: Rng,
  noun: string,
  options: { forced?: Qualifier | readonly Qualifier[]; plus?: boolean } = {},
): Part[] {
  const big = rng() < 0.4;
  let n = big ? int(rng, 1, 999) * (rng() < 0.5 ? 1000 : 100) : int(rng, 2, 999);
  let digits = groupThousands(n);
  // "192,000+ users" means 192,000 or more.
  const plus = options.plus ?? (big && rng() < 0.3);
  if (big && !plus && SCALED_NOUNS.has(noun) && rng() < 0.3) {
    // "1.5 million users"
    const tenths = int(rng, 11, 99);
    digits = `${fixed(tenths, 1)} million`;
    n = tenths * 100_000;
  }
  if (plus) {
    return [plant("count", `${digits}+`, n, "count", "at-least"), ` ${noun}`];
  }
  const { qualifier, prefix } = qualify(rng, options.forced, COUNT_QUALIFIERS);
  return [plant("count", prefix + digits, n, "count", qualifier), ` ${noun}`];
}

function percent(rng: Rng, forced?: Qualifier | readonly Qualifier[]): Part[] {
  const { qualifier, prefix } = qualify(rng, forced);
  const tenths = int(rng, 5, 950);
  const number =
    tenths % 10 === 0 || rng() < 0.5 ? String(Math.max(1, Math.round(tenths / 10))) : fixed(tenths, 1);
  const value = Number(number);
  const sign = rng() < 0.75 ? "%" : " percent";
  return [plant("percent", `${prefix}${number}${sign}`, value, "percent", qualifier)];
}

type DurationUnit = "days" | "weeks" | "months" | "years" | "hours";

/** "six months", "90 days", or with `hyphenated` "90-day" (as in "a 90-day deadline"). */
function duration(rng: Rng, unit: DurationUnit, hyphenated = false): Part[] {
  const asWord = !hyphenated && rng() < 0.5;
  const n = asWord
    ? int(rng, 2, 12)
    : pick(
        rng,
        unit === "days"
          ? [10, 14, 30, 45, 60, 90, 180]
          : unit === "hours"
            ? [24, 48, 72]
            : [2, 3, 6, 12, 18, 24],
      );
  const number = asWord ? NUMBER_WORDS[n - 1]! : String(n);
  const text = hyphenated ? `${number}-${unit.slice(0, -1)}` : `${number} ${unit}`;
  return [plant("duration", text, n, unit)];
}

const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const MONTH_ABBREVIATIONS = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
];
const pad2 = (n: number) => String(n).padStart(2, "0");

/** "March 3, 2025", "Jan 15, 2026", "Jan. 15, 2026", "15 January 2026", or with `monthOnly` "November 2023". */
function date(rng: Rng, monthOnly = false): Part[] {
  const year = int(rng, 2019, 2027);
  const month = int(rng, 1, 12);
  const day = monthOnly ? 1 : int(rng, 1, new Date(Date.UTC(year, month, 0)).getUTCDate());
  const form = rng();
  const full = MONTH_NAMES[month - 1]!;
  const short = MONTH_ABBREVIATIONS[month - 1]!;
  let text: string;
  if (monthOnly) text = `${full} ${year}`;
  else if (form < 0.3) text = `${short} ${day}, ${year}`;
  else if (form < 0.4 && short !== full) text = `${short}. ${day}, ${year}`;
  else if (form < 0.55) text = `${day} ${full} ${year}`;
  else text = `${full} ${day}, ${year}`;
  const iso = monthOnly ? `${year}-${pad2(month)}` : `${year}-${pad2(month)}-${pad2(day)}`;
  const value = Date.UTC(year, month - 1, day) / 86_400_000;
  return [plant("date", text, value, "date", "exact", iso)];
}

/** The year in "in 2024", "since 2021". */
function year(rng: Rng): Part[] {
  const y = int(rng, 2016, 2027);
  return [plant("year", String(y), y, "year")];
}

const AGENCIES = [
  "the Financial Monitoring Agency (AFM)",
  "the AFM",
  "the financial police",
  "the prosecutor’s office",
  "the anti-corruption service",
];
const REGULATORS = [
  "the National Bank of Kazakhstan",
  "the Astana Financial Services Authority (AFSA)",
  "the Agency for Regulation and Development of the Financial Market",
  "the Ministry of Digital Development",
];
const PLATFORM_NOUNS = [
  "crypto platforms",
  "unlicensed exchanges",
  "crypto exchangers",
  "illegal online casinos",
  "unregistered crypto trading platforms",
];
const OTHER_NOUNS = [
  "underground networks",
  "bank cards",
  "bank accounts",
  "mining farms",
  "suspicious transactions",
  "licensed service providers",
  "users",
];

const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

type Template = (rng: Rng) => Part[];

const TITLES: readonly Template[] = [
  (rng) => [
    "Kazakhstan Shuts Down ",
    ...count(rng, "Crypto Platforms", { forced: "exact", plus: false }),
    ", Seizes ",
    ...usd(rng, "exact"),
  ],
  () => ["Kazakhstan’s Regulatory Crackdown on Illicit Crypto Platforms"],
  () => ["Regulators Weigh New Limits on Crypto-to-Cash Networks"],
  (rng) => [
    "Card Top-Ups ",
    ...kzt(rng, {
      forced: "over",
      words: { ...THRESHOLD_QUALIFIERS, over: ["Above"] },
      plain: true,
      converted: false,
    }),
    " Will Need Extra Checks",
  ],
  (rng) => [
    "Cash Withdrawals Hit ",
    ...kzt(rng, { forced: "exact", scale: "trillion", converted: false }),
    " as Crypto Cash-Outs Grow",
  ],
  () => ["Financial Monitors Widen Their Net Across Central Asia"],
];

const NUMBER_SENTENCES: readonly Template[] = [
  (rng) => [
    "In ",
    ...year(rng),
    ", ",
    pick(rng, AGENCIES),
    " shut down ",
    ...count(rng, pick(rng, PLATFORM_NOUNS)),
    " involved in money laundering schemes and seized ",
    ...usd(rng),
    " in cryptocurrencies.",
  ],
  (rng) => [
    "Authorities uncovered ",
    ...count(rng, "underground networks", { forced: "exact", plus: false }),
    " that helped people convert crypto into cash, handling ",
    ...kzt(rng, { converted: true }),
    ".",
  ],
  (rng) => {
    // The bare "one trillion" takes its currency from the amount before it.
    const scale = pick<ScaleWord>(rng, ["billion", "trillion"]);
    const n = int(rng, 1, 9);
    return [
      "In ",
      ...year(rng),
      ", ",
      ...kzt(rng, { scale, converted: rng() < 0.7 }),
      " was withdrawn through ATMs. That figure is ",
      {
        ...plant("money", `${NUMBER_WORDS[n - 1]} ${scale}`, n * SCALE_WORDS[scale], "KZT"),
        unitFrom: "context",
      },
      " higher than the year before.",
    ];
  },
  (rng) => [
    cap(pick(rng, REGULATORS)),
    " announced that bank card top-ups ",
    ...kzt(rng, { forced: "over", words: THRESHOLD_QUALIFIERS, plain: true }),
    " will now require mandatory verification.",
  ],
  (rng) => [
    "Additional identification is required for any card transaction ",
    ...kzt(rng, { forced: "over", words: THRESHOLD_QUALIFIERS, plain: true, converted: true }),
    ".",
  ],
  (rng) => [
    cap(pick(rng, AGENCIES)),
    " said it had frozen ",
    ...usdt(rng),
    " and traced ",
    ...usd(rng),
    " in illicit transfers.",
  ],
  (rng) => [
    "Access to ",
    ...count(rng, "unregistered crypto trading platforms", { forced: "over", plus: false }),
    " has been blocked since ",
    ...date(rng, true),
    ".",
  ],
  (rng) => [
    "The AIFC attracted ",
    ...usd(rng, "exact"),
    " in ",
    ...year(rng),
    " investments, with ",
    ...usd(rng, "exact"),
    " in trading volume and ",
    ...count(rng, "users", { plus: true }),
    ".",
  ],
  (rng) => [
    "Mining in the country now contributes ",
    ...percent(rng, "under"),
    " of the global Bitcoin network hashrate.",
  ],
  (rng) => ["Exchanges will have ", ...duration(rng, "months"), " to comply with the new rules."],
  (rng) => [
    "Banks must report suspicious transfers within ",
    ...duration(rng, pick(rng, ["days", "hours"] as const)),
    ".",
  ],
  (rng) => ["Operators were given a ", ...duration(rng, "days", true), " deadline to close their accounts."],
  (rng) => ["The rules take effect on ", ...date(rng), ", according to ", pick(rng, REGULATORS), "."],
  (rng) => [
    "On ",
    ...date(rng),
    ", ",
    pick(rng, AGENCIES),
    " reported closing ",
    ...count(rng, pick(rng, PLATFORM_NOUNS)),
    ".",
  ],
  (rng) => [
    "A court fined the operator ",
    ...kzt(rng, { forced: "exact", converted: false }),
    " for running an unlicensed exchange.",
  ],
  (rng) => [
    "The state programme has a budget of ",
    ...kzt(rng),
    ", or ",
    ...percent(rng),
    " of planned spending.",
  ],
  (rng) => ["Prosecutors said the scheme ran for ", ...duration(rng, "years"), " before it was detected."],
  (rng) => [
    "Since ",
    ...year(rng),
    ", the register has grown to ",
    ...count(rng, "licensed service providers", { forced: AFTER_TO }),
    ".",
  ],
  (rng) => ["Officials expect inflows of ", ...usd(rng), " within ", ...duration(rng, "years"), "."],
  (rng) => [
    "Cash withdrawals rose by ",
    ...usd(rng, "exact"),
    " to ",
    ...usd(rng, "exact"),
    ", according to ",
    pick(rng, REGULATORS),
    ".",
  ],
  (rng) => [
    "The ",
    ...count(rng, "unauthorized exchanges", { forced: "exact", plus: false }),
    " had a combined turnover of ",
    ...usd(rng),
    ".",
  ],
  (rng) => ["They also froze ", ...count(rng, pick(rng, OTHER_NOUNS)), " used for money laundering."],
  (rng) => [
    "Transfers ",
    ...kzt(rng, { forced: "over", words: THRESHOLD_QUALIFIERS, plain: true, converted: false }),
    " now need the recipient’s consent, a rule due on ",
    ...date(rng),
    ".",
  ],
  (rng) => ["The share of cash payments fell to ", ...percent(rng, AFTER_TO), " in ", ...year(rng), "."],
];

/** Sentences without numbers, apart from "one of the", which counts nothing. */
const FILLER: readonly string[] = [
  "The agency said the platforms operated as crypto exchangers rather than conventional centralized exchanges.",
  "Such services function more like traditional currency exchange offices than trading venues.",
  "The crackdown is part of a broader strategy to combat illicit financial activity while still promoting crypto adoption.",
  "Officials describe the approach as a balance between enforcement and innovation.",
  "Critics warn that heavy-handed oversight could push users toward offshore services.",
  "Industry groups have asked for clearer guidance on which activities require a licence.",
  "The regulator has not said how the seized funds will be used.",
  "It remains unclear whether the confiscated assets will be moved into a state-backed crypto reserve.",
  "Analysts say the measures could build trust and encourage institutional participation over time.",
  "Short-term sentiment may turn bearish as compliance costs rise for smaller operators.",
  "The public register lists licensed platforms, including several large international exchanges.",
  "Turkey is preparing legislation to let its financial watchdog freeze crypto accounts.",
  "Dubai’s virtual asset regulator has sanctioned a number of unlicensed companies.",
  "It is one of the largest enforcement drives in the region.",
  "The measures mirror trends elsewhere, where regulators are tightening rules on crypto-to-cash services.",
  "Banks will be required to confirm the identity of the person receiving a transfer.",
  "Confirmation through a mobile app or a text message is also being considered.",
  "A spokesperson for the agency declined to name the platforms involved.",
  "The central bank is also piloting a digital currency for public procurement.",
  "Lawmakers are expected to debate further amendments later in the year.",
  "Observers note that the rules apply only to platforms outside the financial centre’s jurisdiction.",
  "Enforcement officers worked with foreign counterparts to trace the funds.",
  "Investigators say many of the networks relied on personal bank cards bought from students.",
  "The agency has urged the public to use only licensed services.",
];
