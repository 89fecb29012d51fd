/**
 * What the words around a number are about, reduced to comparable "concepts": lower-cased, stemmed
 * word forms, with a small lexicon that folds the synonyms news copy uses for the same act or thing
 * ("shut", "closed", "liquidated", "taken down" → close). Triage compares the concepts around a
 * number in a new article with those around a claim's number and in its metric name.
 *
 *   conceptsOf("shutting down 130 unlicensed exchanges")  // → ["close", "unlicensed", "exchange"]
 */
import { allMatches } from "./text.ts";

/** Function words and words every article on the topic uses, which say nothing about which fact it is. */
const STOPWORDS = new Set(
  (
    "a an the and or but nor of in on at to for from by with as than that which who whom whose this these those " +
    "it its it's is are was were be been being has have had will would can could may might must shall should do does did " +
    "not no yes so such into onto over under about around up down out off per each every all any some most " +
    "other another own same also only just still yet now then there here where when while after before " +
    "since until during within across through between among against via amid including include includes included " +
    "said say says saying told according reported report reports announced announce statement officials official " +
    "he she they them their his her we our you your i me my us one two three four five six seven eight nine ten " +
    "kazakhstan kazakh kazakhstani country country's nation national government state authorities authority " +
    "million billion trillion thousand percent per cent tenge kzt usd dollar dollars us year years month months " +
    "week weeks day days hour hours minute minutes time times new recent recently figure number numbers amount " +
    "amounts worth value valued data last next previous prior first second third quarter"
  ).split(" "),
);

/**
 * Multi-word names and phrases, matched word by word: `"take|took|taken down": "close"` reads "took
 * down" as the concept close. Alternatives in a position are separated by "|".
 */
const PHRASES: Readonly<Record<string, string>> = {
  "take|takes|took|taken|taking down": "close",
  "shut|shuts|shutting down": "close",
  "crack|cracks|cracked|cracking down": "crackdown",
  "up by": "rise",
  "down by": "fall",
  "top|tops|topped|topping up|ups": "topup",
  "cash machine|machines": "atm",
  "cash out|outs": "cash convert",
  "go|goes|went|gone|going live": "launch",
  "roll|rolls|rolled|rolling out": "launch",
  "digital tenge": "digitaltenge",
  "green list": "greenlist",
  "astana international financial centre|center": "aifc",
  "astana financial services authority": "afsa",
  "financial monitoring agency": "afm",
  "money laundering": "launder",
  "hash rate": "hashrate",
  "user base": "user",
  "service provider|providers": "provider",
};
/** Single words that stand for a phrase's concept. */
const WORDS: ReadonlyMap<string, string> = new Map([
  ["topup", "topup"],
  ["topups", "topup"],
  ["cashpoint", "atm"],
  ["cashpoints", "atm"],
  ["cbdc", "digitaltenge"],
]);
/** Phrases by their possible first words: the rest of the words (alternatives per position) and the concepts. */
const PHRASE_STARTS = new Map<string, Array<{ rest: string[][]; concepts: string[] }>>();
for (const [phrase, concepts] of Object.entries(PHRASES)) {
  const [first, ...rest] = phrase.split(" ").map((position) => position.split("|"));
  for (const word of first!)
    PHRASE_STARTS.set(word, [...(PHRASE_STARTS.get(word) ?? []), { rest, concepts: concepts.split(" ") }]);
}
/** "rose by $1.8 billion to $24.1 billion": the figure after "to" is the level reached. */
const TO_A_FIGURE = /^\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?[$₸\d]/;

/** Synonym groups: every listed word form (stemmed) stands for the group's first word. */
const SYNONYMS: readonly string[] = [
  "close shut shutdown closure liquidate liquidation dismantle shutter takedown",
  "crackdown ban",
  "seize seizure confiscate confiscation impound",
  "freeze froze frozen",
  "block restrict restriction access",
  "recover recovery",
  "exchange exchanger platform venue",
  "network ring gang",
  "cash cashout",
  "convert conversion",
  "withdraw withdrawal withdrawn",
  "rise rose risen increase higher more grew grow grown growth jump climb surge pass surpass",
  "fall fell fallen decrease lower less fewer drop decline",
  "total totaling totalling reach",
  "handle process move turnover",
  "shell sham front",
  "false fake fictitious bogus",
  "firm company entity",
  "register registration registry deregister",
  "transaction transfer payment",
  "verify verification identification identity iin kyc check",
  "video footage camera surveillance cctv recording",
  "retain retention keep kept preserve store storage",
  "invest investment inflow capital fdi attract",
  "volume trading",
  "user customer client",
  "provider licensee",
  "license licence licensed approve approved",
  "illegal illicit unlawful unauthorized unauthorised unregistered underground",
  "asset token coin",
  "mine mining miner",
  "pyramid ponzi",
  "crypto cryptocurrency digital virtual",
  "launch introduce debut",
  "legislative legislation law amendment phase",
];

/** Light stemming: plural and verb endings off, so "seizing", "seized" and "seize" meet at "seiz". */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, "");
  if (w.length > 5 && w.endsWith("ies")) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && /(?:ing|ed)$/.test(w)) {
    w = w.slice(0, w.endsWith("ed") ? -2 : -3);
    // "banned", "shutting": the consonant doubled before the ending goes with it.
    if (/([b-df-hj-km-np-rtv-z])\1$/.test(w) && !/(?:ll|ss|zz)$/.test(w)) w = w.slice(0, -1);
  } else if (/(?:ss|us|is)$/.test(w)) return w;
  else if (w.length > 3 && /(?:ch|sh|x|ss)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith("s")) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith("e")) w = w.slice(0, -1);
  return w;
}

const CONCEPT = new Map<string, string>();
for (const group of SYNONYMS) {
  const [head, ...rest] = group.split(" ");
  for (const word of [head!, ...rest]) CONCEPT.set(stem(word), head!);
}
const STOP_STEMS = new Set([...STOPWORDS].map(stem));

/** One word of a text, as a concept, with its offset (for distances to a number). */
export interface Token {
  concept: string;
  start: number;
}

/**
 * A word: letters (Latin, with accents, or Cyrillic) and inner apostrophes, in lower-cased text —
 * `[a-zß-ÿ\u0100-\u024f\u0400-\u04ff][a-z'’ß-ÿ\u0100-\u024f\u0400-\u04ff]*`, scanned by hand: a
 * regular expression's match objects cost more than the words themselves, and every article is read.
 */
const isWordStart = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0x24f) || (c >= 0x400 && c <= 0x4ff);
const isWordPart = (c: number) => isWordStart(c) || c === 39 || c === 0x2019;
/** The end of the word that starts at `start`. */
function wordEnd(text: string, start: number): number {
  let end = start + 1;
  while (end < text.length && isWordPart(text.charCodeAt(end))) end++;
  return end;
}

const conceptCache = new Map<string, string | null>();
/** A word's concept, or null for a function word; cached, since articles repeat their words. */
export function conceptOf(word: string): string | null {
  let concept = conceptCache.get(word);
  if (concept === undefined) {
    const s = stem(word);
    concept = s.length < 2 || STOP_STEMS.has(s) || STOPWORDS.has(word) ? null : (CONCEPT.get(s) ?? s);
    if (conceptCache.size < 50_000) conceptCache.set(word, concept);
  }
  return concept;
}

/**
 * Where the rest of a phrase ends when its words follow `from` (only spaces, hyphens or line breaks
 * between them), or -1.
 */
function phraseEnd(lower: string, from: number, rest: readonly string[][]): number {
  let at = from;
  for (const options of rest) {
    let c = lower.charCodeAt(at);
    while (c === 32 || c === 45 || c === 10) c = lower.charCodeAt(++at);
    if (!isWordStart(c)) return -1;
    const end = wordEnd(lower, at);
    if (!options.includes(lower.slice(at, end))) return -1;
    at = end;
  }
  return at;
}

/** The concepts of `text` in order, function words dropped; offsets are into `text`. */
export function tokenize(text: string): Token[] {
  const lower = text.toLowerCase();
  const tokens: Token[] = [];
  const n = lower.length;
  let i = 0;
  while (i < n) {
    if (!isWordStart(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    const end = wordEnd(lower, start);
    const w = lower.slice(start, end);
    i = end;
    const { phrases, concept } = wordOf(w);
    if (phrases) {
      let matched: { rest: string[][]; concepts: string[] } | undefined;
      let after = -1;
      for (const phrase of phrases) {
        after = phraseEnd(lower, end, phrase.rest);
        if (after !== -1) {
          matched = phrase;
          break;
        }
      }
      if (matched) {
        for (const concept of matched.concepts) tokens.push({ concept, start });
        // Skip the phrase's other words.
        i = after;
        continue;
      }
    }
    if (w === "to" && TO_A_FIGURE.test(lower.slice(start + 2, start + 40))) {
      tokens.push({ concept: "total", start });
      continue;
    }
    if (concept !== null) tokens.push({ concept, start });
  }
  return tokens;
}

/** What tokenize needs of a word: the phrases it can open, and its concept on its own. */
interface WordReading {
  phrases: Array<{ rest: string[][]; concepts: string[] }> | undefined;
  concept: string | null;
}
const readings = new Map<string, WordReading>();
/** A word's reading, cached: one lookup a word instead of one for phrases, one for words and one for concepts. */
function wordOf(word: string): WordReading {
  let reading = readings.get(word);
  if (!reading) {
    reading = { phrases: PHRASE_STARTS.get(word), concept: WORDS.get(word) ?? conceptOf(word) };
    if (readings.size < 50_000) readings.set(word, reading);
  }
  return reading;
}

/** The distinct concepts of a text, in order of first appearance. */
export const conceptsOf = (text: string): string[] => [...new Set(tokenize(text).map((t) => t.concept))];

/** Offsets in `text` where one clause or coordinated phrase ends and the next begins. */
export function breaksIn(text: string): number[] {
  const breaks: number[] = [];
  for (const m of allMatches(BREAK, text)) breaks.push(m.index);
  return breaks;
}
const BREAK = /[,;](?=\s)|\s[—–-]\s| (?:and|but|while|whereas)(?= )/g;

/**
 * Weights of the concepts near a number: full weight next to it, fading with distance in words to a
 * floor, and `far` for words outside its clause. A word that belongs to another number of the same
 * text (`others`) counts half: the words after a number up to the next break are its ("shut down 130
 * exchanges and seized $16.7 million": the exchanges are the 130's), and so are words before another
 * number that stands between them and this one. `breaks` are offsets from {@link breaksIn}. Each
 * concept keeps its highest weight.
 */
export function weighNear(
  tokens: readonly Token[],
  number: { start: number; end: number },
  clause: { start: number; end: number },
  others: ReadonlyArray<{ start: number; end: number }> = [],
  breaks: readonly number[] = [],
  far = 0.35,
): Map<string, number> {
  const weights = new Map<string, number>();
  const broken = (from: number, to: number) => breaks.some((b) => b >= from && b < to);
  const ownedElsewhere = (t: Token) =>
    others.some((o) => {
      if (t.start < number.start) {
        // Another number between this word and this number takes it…
        if (o.start > t.start && o.end <= number.start) return true;
        // …and so does one just before the word, with no break between them ("130 exchanges").
        if (o.end <= t.start) return !broken(o.end, t.start) && t.start - o.end < number.start - t.start;
        return false;
      }
      if (o.start >= number.end && o.end <= t.start) return true;
      // After a break, the words leading into the next number are its ("…, and froze $150,000").
      if (o.start > t.start) return broken(number.end, t.start) && o.start - t.start < t.start - number.end;
      return false;
    });
  let before = 0;
  while (before < tokens.length && tokens[before]!.start < number.start) before++;
  tokens.forEach((t, i) => {
    if (t.start >= number.start && t.start < number.end) return;
    const inside = t.start >= clause.start && t.start < clause.end;
    const distance = t.start < number.start ? before - i : i - before + 1;
    let w = inside ? Math.max(0.4, 1 - 0.08 * Math.max(0, distance - 3)) : far;
    if (ownedElsewhere(t)) w *= 0.5;
    if (w > (weights.get(t.concept) ?? 0)) weights.set(t.concept, w);
  });
  return weights;
}

/** The comma-, semicolon- or dash-delimited stretch of `sentence` around an offset. */
export function clauseAround(
  sentence: string,
  offset: number,
  cuts: ReadonlyArray<readonly [number, number]> = clauseCuts(sentence),
): { start: number; end: number } {
  let start = 0;
  let end = sentence.length;
  for (const [at, length] of cuts) {
    if (at + length <= offset) start = at + length;
    else if (at >= offset) {
      end = at;
      break;
    }
  }
  return { start, end };
}

/** Where clauses end in a sentence, each as [offset, length of the separator], for {@link clauseAround}. */
export function clauseCuts(sentence: string): Array<[number, number]> {
  // Not at colons: in "Bank cards frozen: around 21,000" the label names the figure.
  return allMatches(CUT, sentence).map((m) => [m.index, m[0].length]);
}
const CUT = /[,;]\s|\s[—–-]\s/g;
