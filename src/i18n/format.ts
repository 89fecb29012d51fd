/**
 * Claim values as a Russian or Kazakh news desk writes them; English is src/shared/format.ts, unchanged.
 * Digits come from Intl.NumberFormat (decimal comma, grouped thousands), magnitudes from its compact
 * notation ("13,2 трлн"), plural forms from Intl.PluralRules. A formatted value never breaks across
 * lines: its spaces are non-breaking (U+00A0).
 *
 *   formatValueIn("ru", 13.2e12, "KZT", { qualifier: "over" }) // "более 13,2 трлн тенге"
 *   formatValueIn("kk", 13.2e12, "KZT", { qualifier: "over" }) // "13,2 трлн теңгеден астам"
 *   formatValueIn("ru", 24.1e9, "USD")                          // "$24,1 млрд"
 *   formatDateIn("ru", "2023-11", "loc")                        // "ноябре 2023 года" (в ноябре…)
 *   countedNoun("ru", 130, "exact", ["платформу", "платформы", "платформ"]) // "платформ"
 *
 * Russian hedges govern the genitive ("более", "около", "не менее", "менее", "до"), so a hedged
 * number takes the genitive forms of its noun. Kazakh hedges "more than", "less than" and "up to"
 * follow the number and put a case ending on its last word ("теңгеден астам", "3 500-ден астам"),
 * chosen by vowel harmony from the word as it is read aloud.
 */
import { formatIsoDate, formatValue, type FormatOptions } from "../shared/format.ts";
import type { Qualifier, Unit } from "../pipeline/types.ts";
import type { Locale } from "./locales.ts";

/** Grammatical cases copy may ask a date or a duration in: nominative, genitive, dative, locative, ablative. */
export type GrammaticalCase = "nom" | "gen" | "dat" | "loc" | "abl";

/** The cases each language's copy may ask for (`{claim-id:loc}`); Russian's "loc" is its prepositional. */
export const CASES: Record<Locale, readonly GrammaticalCase[]> = {
  en: [],
  ru: ["nom", "gen", "dat", "loc"],
  kk: ["nom", "dat", "loc", "abl"],
};

export interface LocaleFormatOptions extends FormatOptions {
  /** For a date: its ISO form, `YYYY-MM` or `YYYY-MM-DD`. */
  iso?: string | null;
  /** For a date or a duration: the case the sentence needs; nominative (or the hedge's) unless given. */
  case?: GrammaticalCase | undefined;
}

const NBSP = "\u00a0";
const TIME_UNITS = ["minutes", "hours", "days", "weeks", "months", "years"] as const;
type TimeUnit = (typeof TIME_UNITS)[number];
const isTimeUnit = (u: Unit): u is TimeUnit => (TIME_UNITS as readonly string[]).includes(u);

const formatters = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}${JSON.stringify(options)}`;
  if (!formatters.has(key)) formatters.set(key, new Intl.NumberFormat(locale, options));
  return formatters.get(key)!;
}

/** Up to one decimal, grouped: 1100 → "1 100", 4.8 → "4,8". */
const plainNumber = (locale: Locale, x: number) =>
  numberFormat(locale, { maximumFractionDigits: 1 }).format(x);

/** As English does, whole below a million and in compact words from a million up: "642 000", "16,7 млн". */
function magnitude(locale: Locale, x: number): string {
  return Math.abs(x) >= 1e6
    ? numberFormat(locale, { notation: "compact", compactDisplay: "short", maximumFractionDigits: 1 }).format(
        x,
      )
    : numberFormat(locale, { maximumFractionDigits: 0 }).format(x);
}

const percent = (locale: Locale, x: number) =>
  numberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(x / 100);

const plural = (locale: Locale, x: number) => new Intl.PluralRules(locale).select(x);

// ── Russian ────────────────────────────────────────────────────────────────────────────────────

const RU_HEDGES: Record<Qualifier, string> = {
  exact: "",
  over: "более",
  "at-least": "не\u00a0менее",
  about: "около",
  under: "менее",
  "at-most": "до",
};

/** Forms after a number: [one, few, many, other] as Intl.PluralRules("ru") names them. */
type RuForms = readonly [string, string, string, string];
const RU_UNITS: Record<TimeUnit, { nom: RuForms; gen: RuForms }> = {
  minutes: { nom: ["минута", "минуты", "минут", "минуты"], gen: ["минуты", "минут", "минут", "минуты"] },
  hours: { nom: ["час", "часа", "часов", "часа"], gen: ["часа", "часов", "часов", "часа"] },
  days: { nom: ["день", "дня", "дней", "дня"], gen: ["дня", "дней", "дней", "дня"] },
  weeks: { nom: ["неделя", "недели", "недель", "недели"], gen: ["недели", "недель", "недель", "недели"] },
  months: { nom: ["месяц", "месяца", "месяцев", "месяца"], gen: ["месяца", "месяцев", "месяцев", "месяца"] },
  years: { nom: ["год", "года", "лет", "года"], gen: ["года", "лет", "лет", "года"] },
};
const RU_CATEGORY_INDEX: Record<string, number> = { one: 0, few: 1, many: 2, other: 3 };

const RU_MONTHS: Record<"nom" | "gen" | "dat" | "loc", readonly string[]> = {
  nom: "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь".split(" "),
  gen: "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(" "),
  dat: "январю февралю марту апрелю маю июню июлю августу сентябрю октябрю ноябрю декабрю".split(" "),
  loc: "январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре".split(" "),
};

function formatRu(value: number, unit: Unit, o: LocaleFormatOptions): string {
  const hedge = RU_HEDGES[o.qualifier ?? "exact"];
  const q = hedge ? `${hedge}${NBSP}` : "";
  const n = () => magnitude("ru", value);
  switch (unit) {
    case "USD":
      return `${q}$${n()}`;
    case "KZT":
      return `${q}${n()}${NBSP}${o.compact ? "₸" : "тенге"}`;
    case "USDT":
      return `${q}${n()}${NBSP}USDT`;
    case "percent":
      return `${q}${percent("ru", value)}`;
    case "count":
      return `${q}${n()}`;
    case "year":
      return String(value);
    case "date":
      return o.iso ? formatDateIn("ru", o.iso, o.case) : String(value);
    default: {
      // A hedge governs the genitive; so may the sentence ("в течение {id:gen}").
      const kase = hedge || o.case === "gen" ? "gen" : "nom";
      if (!isTimeUnit(unit)) throw new Error(`no Russian form for the unit "${unit}"`);
      const forms = RU_UNITS[unit][kase];
      return `${q}${plainNumber("ru", value)}${NBSP}${forms[RU_CATEGORY_INDEX[plural("ru", value)]!]}`;
    }
  }
}

// ── Kazakh ─────────────────────────────────────────────────────────────────────────────────────

const KK_MONTHS = "қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан".split(
  " ",
);
const KK_UNITS: Record<TimeUnit, string> = {
  minutes: "минут",
  hours: "сағат",
  days: "күн",
  weeks: "апта",
  months: "ай",
  years: "жыл",
};
const KK_ONES = ["нөл", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз"];
const KK_TENS = ["", "он", "жиырма", "отыз", "қырық", "елу", "алпыс", "жетпіс", "сексен", "тоқсан"];
/** Abbreviations and signs that end a figure, as they are read aloud (the ending follows the reading). */
const KK_READ_AS: Record<string, string> = {
  млн: "миллион",
  млрд: "миллиард",
  трлн: "триллион",
  "%": "пайыз",
  "₸": "теңге",
  USDT: "ти",
};

/** The last word of a whole number read aloud in Kazakh: 3500 → "жүз", 192000 → "мың", 36 → "алты". */
function kazakhLastNumeral(n: number): string {
  if (n === 0) return KK_ONES[0]!;
  if (n % 10) return KK_ONES[n % 10]!;
  if (n % 100) return KK_TENS[(n / 10) % 10]!;
  if (n % 1000) return "жүз";
  if (n % 1e6) return "мың";
  if (n % 1e9) return "миллион";
  if (n % 1e12) return "миллиард";
  return "триллион";
}

/** The Kazakh ending of `kase` for `word`, by vowel harmony and the word's last sound. */
export function kazakhEnding(word: string, kase: "dat" | "loc" | "abl"): string {
  const w = word.toLowerCase();
  const vowels = [...w].filter((c) => "аәеиоөуұүыіэюя".includes(c));
  // и, у and ю are read with the vowels around them; a word with none other is front.
  const deciding = vowels.reverse().find((c) => !"иую".includes(c));
  const back = deciding !== undefined && "аоұыя".includes(deciding);
  const last = w.at(-1) ?? "";
  // Final б, в, г and д are devoiced in speech ("миллиардқа"), so they take the voiceless endings.
  const voiceless = "бвгдкқпстфхһцчшщ".includes(last);
  const nasal = "мнң".includes(last);
  const a = back ? "а" : "е";
  switch (kase) {
    case "abl":
      return `${voiceless ? "т" : nasal ? "н" : "д"}${a}н`;
    case "dat":
      return voiceless ? (back ? "қа" : "ке") : back ? "ға" : "ге";
    case "loc":
      return `${voiceless ? "т" : "д"}${a}`;
  }
}

/**
 * `phrase` with a Kazakh case ending on its last word: "теңге" → "теңгеден"; a figure, abbreviation or
 * sign takes it after a hyphen, in harmony with how it is read ("3 500-ден", "16,7 млн-нан", "5%-дан").
 */
export function withKazakhEnding(phrase: string, kase: "dat" | "loc" | "abl"): string {
  const last = phrase.split(/[\s\u00a0]/).at(-1)!;
  if (/^\p{Script=Cyrillic}+$/u.test(last) && !(last in KK_READ_AS)) return phrase + kazakhEnding(last, kase);
  const sign = Object.keys(KK_READ_AS).find((k) => last.endsWith(k));
  // A figure's groups are separated by non-breaking spaces: "192 000" is one number.
  const digits = /(\d[\d\u00a0]*)(?:,(\d+))?$/.exec(phrase);
  const spoken = sign
    ? KK_READ_AS[sign]!
    : digits
      ? kazakhLastNumeral(Number((digits[2] ?? digits[1]!).replace(/\u00a0/g, "")))
      : last;
  return `${phrase}-${kazakhEnding(spoken, kase)}`;
}

function formatKk(value: number, unit: Unit, o: LocaleFormatOptions): string {
  const n = () => magnitude("kk", value);
  let phrase: string;
  switch (unit) {
    case "USD":
      phrase = o.compact ? `$${n()}` : `${n()}${NBSP}доллар`;
      break;
    case "KZT":
      phrase = `${n()}${NBSP}${o.compact ? "₸" : "теңге"}`;
      break;
    case "USDT":
      phrase = `${n()}${NBSP}USDT`;
      break;
    case "percent":
      phrase = percent("kk", value);
      break;
    case "count":
      phrase = n();
      break;
    case "year":
      phrase = String(value);
      break;
    case "date":
      return o.iso ? formatDateIn("kk", o.iso, o.case) : String(value);
    default:
      if (!isTimeUnit(unit)) throw new Error(`no Kazakh form for the unit "${unit}"`);
      phrase = `${plainNumber("kk", value)}${NBSP}${KK_UNITS[unit]}`;
  }
  const kase = o.case && o.case !== "nom" ? o.case : undefined;
  if (kase && kase !== "dat" && kase !== "loc" && kase !== "abl")
    throw new Error(`Kazakh values take the cases ${CASES.kk.join(", ")}, not "${kase}"`);
  switch (o.qualifier ?? "exact") {
    case "exact":
      return kase ? withKazakhEnding(phrase, kase) : phrase;
    case "about":
      return `шамамен${NBSP}${kase ? withKazakhEnding(phrase, kase) : phrase}`;
    case "at-least":
      return `кемінде${NBSP}${kase ? withKazakhEnding(phrase, kase) : phrase}`;
    default: {
      // "More than", "less than" and "up to" end the phrase; no second case ending fits after them.
      if (kase) throw new Error(`a Kazakh value hedged "${o.qualifier}" takes no case ending`);
      const [ending, word] =
        o.qualifier === "over"
          ? (["abl", "астам"] as const)
          : o.qualifier === "under"
            ? (["abl", "аз"] as const)
            : (["dat", "дейін"] as const);
      return `${withKazakhEnding(phrase, ending)}${NBSP}${word}`;
    }
  }
}

// ── Shared ─────────────────────────────────────────────────────────────────────────────────────

/**
 * An ISO date in `locale`: ru "ноябрь 2023 года", "15 января 2026 года"; kk "2023 жылғы қараша",
 * "2026 жылғы 15 қаңтар". `kase` inflects the month: ru "ноябре 2023 года" (loc), kk "2023 жылғы
 * қарашада" (loc). English ignores it.
 */
export function formatDateIn(locale: Locale, iso: string, kase: GrammaticalCase = "nom"): string {
  if (locale === "en") return formatIsoDate(iso);
  if (!CASES[locale].includes(kase))
    throw new Error(`${locale} dates take the cases ${CASES[locale].join(", ")}, not "${kase}"`);
  const [y, m, d] = iso.split("-");
  const month = Number(m) - 1;
  if (locale === "ru") {
    const name = RU_MONTHS[d ? "gen" : (kase as keyof typeof RU_MONTHS)][month]!;
    return [d && String(Number(d)), name, y, "года"].filter(Boolean).join(NBSP);
  }
  const name = KK_MONTHS[month]!;
  const inflected = kase === "nom" ? name : name + kazakhEnding(name, kase as "dat" | "loc" | "abl");
  return [y, "жылғы", d && String(Number(d)), inflected].filter(Boolean).join(NBSP);
}

/** A claim's value in `locale`, as a reader sees it. English is exactly src/shared/format.ts's. */
export function formatValueIn(
  locale: Locale,
  value: number,
  unit: Unit,
  options: LocaleFormatOptions = {},
): string {
  if (locale === "en") {
    const { case: _case, ...english } = options;
    void _case;
    return formatValue(value, unit, english);
  }
  return locale === "ru" ? formatRu(value, unit, options) : formatKk(value, unit, options);
}

/** A claim's (or a conflict item's) value in `locale`; null for a statement, which has none. */
export function formatClaimIn(
  locale: Locale,
  c: { value: number | null; unit: Unit | null; qualifier?: Qualifier | null; iso?: string | null },
  options: Pick<LocaleFormatOptions, "case"> = {},
): string | null {
  if (c.value === null || c.unit === null) return null;
  return formatValueIn(locale, c.value, c.unit, {
    qualifier: c.qualifier ?? "exact",
    iso: c.iso ?? null,
    case: options.case,
  });
}

/**
 * The form of the noun a count is written with, by Intl.PluralRules on the number as shown:
 * - ru: `forms` are [one, few, many] in the sentence's case ("платформу", "платформы", "платформ"),
 *   and a fourth, the genitive singular ("платформы"), which a hedged 1, 21… needs ("более 21
 *   платформы"); a hedge otherwise takes the many form ("более 22 платформ"), as does any figure
 *   shown in millions ("1,5 млн пользователей").
 * - kk: one form; a Kazakh noun stays singular after any number.
 * - en: [one, other].
 * Throws when the forms given cannot say this number.
 */
export function countedNoun(
  locale: Locale,
  value: number,
  qualifier: Qualifier,
  forms: readonly string[],
): string {
  const need = (n: number, what: string) => {
    if (forms.length < n) throw new Error(`${locale} needs ${what} here (${forms.length} given)`);
  };
  if (locale === "kk") {
    if (forms.length !== 1) throw new Error("a Kazakh noun has one form after any number");
    return forms[0]!;
  }
  if (locale === "en") {
    need(2, "two forms, one and other");
    return forms[plural("en", value) === "one" ? 0 : 1]!;
  }
  need(3, "the forms for one, few and many");
  const category = Math.abs(value) >= 1e6 ? "many" : plural("ru", value);
  if ((qualifier ?? "exact") === "exact")
    return forms[category === "other" ? 1 : RU_CATEGORY_INDEX[category]!]!;
  if (category === "few" || category === "many") return forms[2]!;
  need(4, `a fourth form, the genitive singular, for a hedged ${value}`);
  return forms[3]!;
}

/**
 * "A, B and C" in `locale`. Kazakh is written by hand: Intl's Kazakh list joins three items with
 * commas alone ("A, B, C"), where a Kazakh editor writes "A, B және C".
 */
export function listIn(locale: Locale, items: readonly string[]): string {
  if (locale !== "kk" || items.length < 3)
    return new Intl.ListFormat(locale, { type: "conjunction" }).format(items);
  return `${items.slice(0, -1).join(", ")} және ${items.at(-1)}`;
}
