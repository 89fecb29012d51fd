/**
 * The site's languages: English at the root, Russian under /ru/ and Kazakh under /kk/, each page at
 * the same path below its prefix. astro.config.mjs hands the same list to Astro's i18n routing.
 *
 *   localePath("ru", "/", "/sub/")   // "/sub/ru/"
 *   localePath("en", "404.html", "/") // "/404.html"
 *   asLocale(Astro.currentLocale)     // "ru" on /ru/, "en" everywhere without a prefix
 */

import { siteAddress } from "../shared/site-address.ts";

export const LOCALES = ["en", "ru", "kk"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE = "en" satisfies Locale;

/** Each language by its own name, and the short label the language switcher shows. */
export const LANGUAGE_NAMES: Record<Locale, { name: string; short: string }> = {
  en: { name: "English", short: "Eng" },
  ru: { name: "Русский", short: "Рус" },
  kk: { name: "Қазақша", short: "Қаз" },
};

/** The languages besides English, each at its own prefix. */
export type TranslatedLocale = Exclude<Locale, typeof DEFAULT_LOCALE>;
export const TRANSLATED = LOCALES.filter((l): l is TranslatedLocale => l !== DEFAULT_LOCALE);

/** `getStaticPaths` for a page under src/pages/[locale]/: one page per translated language. */
export const translatedPaths = () => TRANSLATED.map((locale) => ({ params: { locale }, props: { locale } }));

export const isLocale = (s: string | undefined): s is Locale =>
  (LOCALES as readonly string[]).includes(s ?? "");

/** Narrows Astro's `currentLocale` (a string, or undefined outside i18n routing) to a site locale. */
export function asLocale(current: string | undefined): Locale {
  if (current === undefined) return DEFAULT_LOCALE;
  if (!isLocale(current)) throw new Error(`unknown locale "${current}" (the site has ${LOCALES.join(", ")})`);
  return current;
}

/**
 * The path of `path` (relative to the site root: "/", "404.html") in `locale`, under the base path:
 * English has no prefix, the others their code.
 */
export function localePath(locale: Locale, path: string, base: string): string {
  return siteAddress(null, base).url(`${localePrefix(locale)}${path.replace(/^\/+/, "")}`);
}

/** The folder a language's pages sit in, below the base path: "" for English, "ru/" for Russian. */
export const localePrefix = (locale: Locale): string => (locale === DEFAULT_LOCALE ? "" : `${locale}/`);
