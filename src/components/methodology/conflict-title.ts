import { formatValue } from "../../shared/format.ts";
import { isUnit } from "../../pipeline/vocabulary.ts";
import type { Conflict, Unit } from "../../pipeline/types.ts";
import { translatedText, type DataTranslations } from "../../i18n/data-translations.ts";
import { formatValueIn } from "../../i18n/format.ts";
import type { Locale } from "../../i18n/locales.ts";
import { fillText, type MethodologyCopy } from "../../i18n/methodology-copy.ts";
import { metricLabel, metricLabelIn, periodLabel, periodLabelIn } from "./labels.ts";

const CURRENCY_WORDS: Partial<Record<Unit, string>> = { USD: "dollars", KZT: "tenge", USDT: "USDT" };

/**
 * A disagreement's heading in words: the editor's title from data/decisions.csv, else one made from
 * what it is about ("Exchangers shut, 2025"; "500,000 tenge in dollars").
 */
export function conflictTitle(conflict: Conflict): string {
  if (conflict.title) return conflict.title;
  if (conflict.kind === "value" || conflict.kind === "qualifier") {
    const [metric = "", period = ""] = conflict.subject.split(":");
    return `${metricLabel(metric)}, ${periodLabel(period)}`;
  }
  const m = /^(\S+) (\S+) in (\S+)$/.exec(conflict.subject);
  if (!m || !isUnit(m[2]) || !isUnit(m[3])) return conflict.subject;
  return `${formatValue(Number(m[1]), m[2])} in ${CURRENCY_WORDS[m[3]] ?? m[3]}`;
}

/**
 * The heading in `locale`: the editors' translation of the title (`title:<id>`), else one made the
 * same way from the translated metric and the copy's words.
 */
export function conflictTitleIn(
  locale: Locale,
  conflict: Conflict,
  copy: MethodologyCopy,
  tr: DataTranslations,
): string {
  if (locale === "en") return conflictTitle(conflict);
  if (conflict.title) return translatedText(locale, tr, `title:${conflict.id}`)!;
  if (conflict.kind === "value" || conflict.kind === "qualifier") {
    const [metric = "", period = ""] = conflict.subject.split(":");
    return `${metricLabelIn(locale, metric, tr)}, ${periodLabelIn(locale, period, copy)}`;
  }
  const m = /^(\S+) (\S+) in (\S+)$/.exec(conflict.subject);
  if (!m || !isUnit(m[2]) || !isUnit(m[3])) return conflict.subject;
  return fillText(locale, copy.conflicts.inCurrency, {
    value: formatValueIn(locale, Number(m[1]), m[2]),
    currency: copy.conflicts.currencies[m[3]] ?? m[3],
  });
}
