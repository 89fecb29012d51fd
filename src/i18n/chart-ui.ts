/**
 * The words around a chart in each language: the figure's source line, description and data table,
 * the Embed dialog, the embed page's credit, the chart pictures' credit lines, the citation and the
 * social card. The chart's own copy is data/charts.<locale>.json (src/i18n/chart-copy.ts); the
 * story page's furniture is src/i18n/ui.ts. Names and terms follow data/glossary.csv.
 *
 *   const t = chartUi("ru");
 *   t.figure.getData                 // "Скачать данные"
 *   chartCitationIn("kk", { title, url, version, dataDate })
 */
import { formatDateIn } from "./format.ts";
import type { Locale } from "./locales.ts";
import { ui } from "./ui.ts";

export interface ChartUi {
  figure: {
    /** Before the list of each value's source. */
    source: string;
    descriptionAndTable: string;
    dataFor: (title: string) => string;
    columns: { what: string; value: string; period: string; sources: string };
    getData: string;
    csv: string;
    /** A second label beside its twin ("2023, tenge"), by point group. */
    groups: Record<string, string>;
  };
  share: {
    embed: string;
    dialogTitle: string;
    close: string;
    codeLabel: string;
    /** The hint before and after the starting height in px. */
    codeHint: [before: string, after: string];
    copyCode: string;
    copiedCode: string;
    selectedCode: string;
    linkLabel: string;
    copyLink: string;
    copiedLink: string;
    selectedLink: string;
    citeLabel: string;
    copyCite: string;
    copiedCite: string;
    selectedCite: string;
    /** "As a picture, …:" before the links PNG, PNG at 2× and SVG. */
    files: string;
    png2x: string;
  };
  embed: {
    chartFrom: string;
    methodology: string;
    cite: string;
    /** The social image's alternative text: "Chart: <description>". */
    imageAlt: (description: string) => string;
  };
  image: {
    /** The chart pictures' closing lines. */
    source: string;
    credit: (site: string, version: string) => string;
  };
  social: { credit: string };
  /** The citation's words: "chart", "dataset version", "data as of". */
  citation: { chart: string; version: string; asOf: (date: string) => string };
  /** Open Graph's name of the language, and its alternates. */
  ogLocale: string;
}

const en: ChartUi = {
  figure: {
    source: "Source: news reports, quoted for each value in the methodology:",
    descriptionAndTable: "Description and data table",
    dataFor: (title) => `Data for “${title}”`,
    columns: { what: "What", value: "Value", period: "Period", sources: "Sources" },
    getData: "Get the data",
    csv: "CSV with sources",
    groups: { kzt: "tenge", usd: "dollars", usdt: "USDT" },
  },
  share: {
    embed: "Embed",
    dialogTitle: "Embed this chart",
    close: "Close",
    codeLabel: "Embed code",
    codeHint: [
      "Paste it into your page’s HTML. The chart keeps the height of its content as the page resizes; where scripts are removed, it starts",
      "px tall.",
    ],
    copyCode: "Copy code",
    copiedCode: "Copied the code.",
    selectedCode: "The code is selected: press Ctrl+C (⌘C on a Mac) to copy it.",
    linkLabel: "Link to this chart",
    copyLink: "Copy link",
    copiedLink: "Copied the link.",
    selectedLink: "The link is selected: press Ctrl+C (⌘C on a Mac) to copy it.",
    citeLabel: "Cite this chart",
    copyCite: "Copy citation",
    copiedCite: "Copied the citation.",
    selectedCite: "The citation is selected: press Ctrl+C (⌘C on a Mac) to copy it.",
    files: "As a picture, for newsletters and apps without iframes:",
    png2x: "PNG at 2×",
  },
  embed: {
    chartFrom: "Chart from",
    methodology: "How the data was compiled",
    cite: "Cite this chart",
    imageAlt: (d) => `Chart: ${d}`,
  },
  image: {
    source: "Source: news reports of official figures; every value is quoted in the methodology.",
    credit: (site, version) => `Chart: ${site}, dataset version ${version}`,
  },
  social: { credit: "Every number traced to its source · Methodology inside" },
  citation: { chart: "chart", version: "dataset version", asOf: (d) => `data as of ${d}` },
  ogLocale: "en_GB",
};

const ru: ChartUi = {
  figure: {
    source: "Источник: новостные публикации; цитата для каждого значения — в методологии:",
    descriptionAndTable: "Описание и таблица данных",
    dataFor: (title) => `Данные к графику «${title}»`,
    columns: { what: "Показатель", value: "Значение", period: "Период", sources: "Источники" },
    getData: "Скачать данные",
    csv: "CSV с источниками",
    groups: { kzt: "тенге", usd: "доллары", usdt: "USDT" },
  },
  share: {
    embed: "Встроить",
    dialogTitle: "Встроить этот график",
    close: "Закрыть",
    codeLabel: "Код для вставки",
    codeHint: [
      "Вставьте его в HTML своей страницы. График сохраняет высоту содержимого при изменении размера страницы; там, где скрипты удаляются, его начальная высота —",
      "пикселей.",
    ],
    copyCode: "Скопировать код",
    copiedCode: "Код скопирован.",
    selectedCode: "Код выделен: нажмите Ctrl+C (⌘C на Mac), чтобы скопировать его.",
    linkLabel: "Ссылка на этот график",
    copyLink: "Скопировать ссылку",
    copiedLink: "Ссылка скопирована.",
    selectedLink: "Ссылка выделена: нажмите Ctrl+C (⌘C на Mac), чтобы скопировать её.",
    citeLabel: "Как цитировать этот график",
    copyCite: "Скопировать ссылку на источник",
    copiedCite: "Ссылка на источник скопирована.",
    selectedCite: "Ссылка на источник выделена: нажмите Ctrl+C (⌘C на Mac), чтобы скопировать её.",
    files: "Картинкой — для рассылок и приложений без iframe:",
    png2x: "PNG в двойном размере",
  },
  embed: {
    chartFrom: "График проекта",
    methodology: "Как собраны данные",
    cite: "Как цитировать этот график",
    imageAlt: (d) => `График: ${d}`,
  },
  image: {
    source:
      "Источник: новостные публикации об официальных данных; цитата для каждого значения — в методологии.",
    credit: (site, version) => `График: «${site}», версия набора данных ${version}`,
  },
  social: { credit: "Каждая цифра прослежена до источника · Методология внутри" },
  citation: { chart: "график", version: "версия набора данных", asOf: (d) => `данные на ${d}` },
  ogLocale: "ru_RU",
};

const kk: ChartUi = {
  figure: {
    source: "Дереккөз: жаңалықтар; әр мәннің дәйексөзі әдістемеде:",
    descriptionAndTable: "Сипаттама және деректер кестесі",
    dataFor: (title) => `«${title}» графигінің деректері`,
    columns: { what: "Көрсеткіш", value: "Мәні", period: "Кезең", sources: "Дереккөздер" },
    getData: "Деректерді жүктеу",
    csv: "Дереккөздері бар CSV",
    groups: { kzt: "теңге", usd: "доллар", usdt: "USDT" },
  },
  share: {
    embed: "Ендіру",
    dialogTitle: "Бұл графикті ендіру",
    close: "Жабу",
    codeLabel: "Ендіру коды",
    codeHint: [
      "Оны бетіңіздің HTML кодына қойыңыз. Бет өлшемі өзгергенде график мазмұнының биіктігін сақтайды; скрипттер алынып тасталатын жерде оның бастапқы биіктігі —",
      "пиксель.",
    ],
    copyCode: "Кодты көшіру",
    copiedCode: "Код көшірілді.",
    selectedCode: "Код белгіленді: көшіру үшін Ctrl+C (Mac-та ⌘C) басыңыз.",
    linkLabel: "Осы графикке сілтеме",
    copyLink: "Сілтемені көшіру",
    copiedLink: "Сілтеме көшірілді.",
    selectedLink: "Сілтеме белгіленді: көшіру үшін Ctrl+C (Mac-та ⌘C) басыңыз.",
    citeLabel: "Графикке қалай сілтеме жасау керек",
    copyCite: "Дәйексөзді көшіру",
    copiedCite: "Дәйексөз көшірілді.",
    selectedCite: "Дәйексөз белгіленді: көшіру үшін Ctrl+C (Mac-та ⌘C) басыңыз.",
    files: "Сурет ретінде — iframe қолданбайтын таратылымдар мен қосымшаларға:",
    png2x: "Екі есе үлкен PNG",
  },
  embed: {
    chartFrom: "График жобасы:",
    methodology: "Деректер қалай жиналды",
    cite: "Графикке қалай сілтеме жасау керек",
    imageAlt: (d) => `График: ${d}`,
  },
  image: {
    source: "Дереккөз: ресми деректер туралы жаңалықтар; әр мәннің дәйексөзі әдістемеде.",
    credit: (site, version) => `График: «${site}», деректер жинағының нұсқасы ${version}`,
  },
  social: { credit: "Әр цифрдың дереккөзі көрсетілген · Әдістеме ішінде" },
  citation: { chart: "график", version: "деректер жинағының нұсқасы", asOf: (d) => `деректер күні: ${d}` },
  ogLocale: "kk_KZ",
};

const STRINGS: Record<Locale, ChartUi> = { en, ru, kk };

/** The chart furniture's words in `locale`. */
export const chartUi = (locale: Locale): ChartUi => STRINGS[locale];

/**
 * A citation for a chart in `locale`, as chartCitation (src/shared/site-address.ts) writes it in
 * English: the title quoted, the publisher in the language, the dataset version and its date.
 *
 *   chartCitationIn("ru", { title: "Снятие наличных…", url, version: "923d2045d036", dataDate: "2026-11-21" })
 *   // "«Снятие наличных…». Криптонадзор в Казахстане, график, версия набора данных 923d2045d036
 *   //  (данные на 21 ноября 2026 года). https://…/ru/embed/atm-withdrawals/"
 */
export function chartCitationIn(
  locale: Exclude<Locale, "en">,
  o: { title: string; url: string; version: string; dataDate: string | null },
): string {
  const t = STRINGS[locale].citation;
  const asOf = o.dataDate ? ` (${t.asOf(formatDateIn(locale, o.dataDate))})` : "";
  return `«${o.title.replace(/[.]$/, "")}». ${ui(locale).siteName}, ${t.chart}, ${t.version} ${o.version}${asOf}. ${o.url}`;
}
