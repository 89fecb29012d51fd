/** The story's social card in Russian or Kazakh, `<base><locale>/social.png`, drawn in that language. */
import type { APIRoute } from "astro";
import { translatedPaths, type TranslatedLocale } from "../../i18n/locales.ts";
import { socialPng } from "../_social.ts";

export const getStaticPaths = translatedPaths;
export const GET: APIRoute<{ locale: TranslatedLocale }> = ({ props }) => socialPng(props.locale);
