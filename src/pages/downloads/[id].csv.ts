/** `<base>downloads/<chart>.csv`: the chart's rows, each with its claim, source file and quote. */
import type { APIRoute } from "astro";
import { chartCsv, chartPaths } from "./_files.ts";

export const getStaticPaths = chartPaths;
export const GET: APIRoute = ({ params }) => chartCsv(params.id!);
