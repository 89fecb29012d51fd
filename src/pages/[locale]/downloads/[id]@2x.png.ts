/** `<base><locale>/downloads/<chart>@2x.png`: the Russian or Kazakh picture at twice the size. */
import type { APIRoute } from "astro";
import type { TranslatedLocale } from "../../../i18n/locales.ts";
import { chartPicture, localizedChartPaths } from "../../downloads/_files.ts";

export const getStaticPaths = localizedChartPaths;
export const GET: APIRoute<{ locale: TranslatedLocale }> = ({ params, props, site }) =>
  chartPicture(params.id!, site, "png", 2, props.locale);
