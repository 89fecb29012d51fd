/** `<base><locale>/downloads/<chart>.svg`: the standalone picture in Russian or Kazakh, as SVG. */
import type { APIRoute } from "astro";
import type { TranslatedLocale } from "../../../i18n/locales.ts";
import { chartPicture, localizedChartPaths } from "../../downloads/_files.ts";

export const getStaticPaths = localizedChartPaths;
export const GET: APIRoute<{ locale: TranslatedLocale }> = ({ params, props, site }) =>
  chartPicture(params.id!, site, "svg", 1, props.locale);
