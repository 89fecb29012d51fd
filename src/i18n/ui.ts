/**
 * The story page's own words (its furniture, not its copy) in each language: the masthead, the
 * byline, citation popovers, the footer and the 404 page. English is what the site has always said.
 * Names and terms follow data/glossary.csv. The words around charts are in src/i18n/chart-ui.ts.
 *
 *   const t = ui("ru");
 *   t.chapters        // "Главы"
 *   t.published(date) // "Опубликовано: 21 ноября 2026 года"
 */
import { SITE_NAME } from "../shared/site-address.ts";
import type { Locale } from "./locales.ts";

export interface UiStrings {
  /** The site's name in the masthead, the byline and every <title> of its pages. */
  siteName: string;
  skipToStory: string;
  chapters: string;
  /** The language switcher's accessible name. */
  languages: string;
  byline: (publisher: string) => string;
  published: string;
  dataAsOf: string;
  datasetVersion: (version: string) => string;
  /** How a source's English words are set in translated copy; null in English. */
  quotesNote: string | null;
  readMethodology: string;
  footer: string;
  footerLink: string;
  cite: {
    /** The mark a statement's citation shows. */
    mark: string;
    sourceOf: (title: string) => string;
    sourceOfStatement: string;
    sourceFor: (value: string) => string;
    /** Before a quote in the source's language; null in English, where it needs no label. */
    originalLabel: string | null;
    /** Before an editors' note kept in English for now; null in English. */
    noteLabel: string | null;
    /** Before the editors' translation of a quote; null in English. */
    editorsTranslation: string | null;
    /** Before the editors' translation of their note on a claim; null in English. */
    editorsNote: string | null;
    ourCalculation: string;
    less: string;
    plus: string;
    by: (author: string) => string;
    noDate: string;
    sourcesDisagree: string;
    differentAccounts: string;
    storyUses: (statement: boolean) => string;
    storyDoesNotRelyOn: (statement: boolean) => string;
    why: string;
    howWeChecked: string;
    close: string;
  };
  notFound: {
    title: string;
    description: string;
    heading: string;
    body: string;
    story: string;
    or: string;
    methodology: string;
  };
}

const en: UiStrings = {
  siteName: SITE_NAME,
  skipToStory: "Skip to the story",
  chapters: "Chapters",
  languages: "Language",
  byline: (publisher) => `By ${publisher}`,
  published: "Published",
  dataAsOf: "Data as of",
  datasetVersion: (v) => `(dataset version ${v})`,
  quotesNote: null,
  readMethodology: "Read the methodology",
  footer: "Numbers on this page come from news reports of official figures, each linked to its quote.",
  footerLink: "Methodology and sources",
  cite: {
    mark: "source",
    sourceOf: (title) => `Source: ${title}`,
    sourceOfStatement: "Source of this statement",
    sourceFor: (value) => `Source for ${value}`,
    originalLabel: null,
    noteLabel: null,
    editorsTranslation: null,
    editorsNote: null,
    ourCalculation: "Our calculation",
    less: "less",
    plus: "plus",
    by: (author) => `by ${author}`,
    noDate: "no date stated",
    sourcesDisagree: "Sources disagree",
    differentAccounts: "different accounts",
    storyUses: (statement) => `The story uses this ${statement ? "account" : "figure"}.`,
    storyDoesNotRelyOn: (statement) =>
      `The story does not rely on this ${statement ? "account" : "figure"} alone.`,
    why: "Why",
    howWeChecked: "How we checked it",
    close: "Close",
  },
  notFound: {
    title: "Page not found",
    description: "This page does not exist.",
    heading: "Page not found",
    body: "There is nothing at this address.",
    story: "Read the story",
    or: "or",
    methodology: "see how the data was compiled",
  },
};

const ru: UiStrings = {
  siteName: "Криптонадзор в Казахстане",
  skipToStory: "Перейти к статье",
  chapters: "Главы",
  languages: "Язык",
  byline: (publisher) => `Проект «${publisher}»`,
  published: "Опубликовано:",
  dataAsOf: "Данные на",
  datasetVersion: (v) => `(версия набора данных ${v})`,
  quotesNote:
    "Слова источников приводятся так, как они написаны, по-английски; в скобках после них — перевод редакции.",
  readMethodology: "Читать о методологии",
  footer: "Цифры на этой странице взяты из новостей об официальных данных; у каждой есть ссылка на цитату.",
  footerLink: "Методология и источники",
  cite: {
    mark: "источник",
    sourceOf: (title) => `Источник: ${title}`,
    sourceOfStatement: "Источник этого утверждения",
    sourceFor: (value) => `Источник: ${value}`,
    originalLabel: "Цитата из статьи, на английском:",
    noteLabel: "Примечание редакции (на английском):",
    editorsTranslation: "Перевод редакции:",
    editorsNote: "Примечание редакции:",
    ourCalculation: "Наш расчёт",
    less: "минус",
    plus: "плюс",
    by: (author) => `автор: ${author}`,
    noDate: "дата не указана",
    sourcesDisagree: "Источники расходятся",
    differentAccounts: "разные версии",
    storyUses: (statement) => `В статье используется ${statement ? "эта версия" : "эта цифра"}.`,
    storyDoesNotRelyOn: (statement) =>
      `Статья не опирается только на ${statement ? "эту версию" : "эту цифру"}.`,
    why: "Почему",
    howWeChecked: "Как мы это проверили",
    close: "Закрыть",
  },
  notFound: {
    title: "Страница не найдена",
    description: "Такой страницы нет.",
    heading: "Страница не найдена",
    body: "По этому адресу ничего нет.",
    story: "Читать статью",
    or: "или",
    methodology: "узнать, как собраны данные",
  },
};

const kk: UiStrings = {
  siteName: "Қазақстандағы криптоқадағалау",
  skipToStory: "Мақалаға өту",
  chapters: "Тараулар",
  languages: "Тіл",
  byline: (publisher) => `«${publisher}» жобасы`,
  published: "Жарияланды:",
  dataAsOf: "Деректер күні:",
  datasetVersion: (v) => `(деректер жинағының нұсқасы ${v})`,
  quotesNote:
    "Дереккөздердің сөздері түпнұсқадағыдай, ағылшын тілінде берілген; олардан кейін жақша ішінде — редакция аудармасы.",
  readMethodology: "Әдістеме туралы оқу",
  footer: "Бұл беттегі цифрлар ресми деректер туралы жаңалықтардан алынған; әрқайсысы дәйексөзге сілтейді.",
  footerLink: "Әдістеме және дереккөздер",
  cite: {
    mark: "дереккөз",
    sourceOf: (title) => `Дереккөз: ${title}`,
    sourceOfStatement: "Бұл мәлімдеменің дереккөзі",
    sourceFor: (value) => `Дереккөз: ${value}`,
    originalLabel: "Мақаладан дәйексөз, ағылшынша:",
    noteLabel: "Редакция ескертпесі (ағылшынша):",
    editorsTranslation: "Редакция аудармасы:",
    editorsNote: "Редакция ескертпесі:",
    ourCalculation: "Біздің есебіміз",
    less: "−",
    plus: "+",
    by: (author) => `авторы: ${author}`,
    noDate: "күні көрсетілмеген",
    sourcesDisagree: "Дереккөздер сәйкес келмейді",
    differentAccounts: "әртүрлі мәліметтер",
    storyUses: (statement) => `Мақалада ${statement ? "осы мәлімет" : "осы цифр"} қолданылады.`,
    storyDoesNotRelyOn: (statement) => `Мақала тек ${statement ? "осы мәліметке" : "осы цифрға"} сүйенбейді.`,
    why: "Неліктен",
    howWeChecked: "Қалай тексердік",
    close: "Жабу",
  },
  notFound: {
    title: "Бет табылмады",
    description: "Мұндай бет жоқ.",
    heading: "Бет табылмады",
    body: "Бұл мекенжайда ештеңе жоқ.",
    story: "Мақаланы оқу",
    or: "немесе",
    methodology: "деректердің қалай жиналғанын білу",
  },
};

const STRINGS: Record<Locale, UiStrings> = { en, ru, kk };

/** The page furniture's words in `locale`. */
export const ui = (locale: Locale): UiStrings => STRINGS[locale];
