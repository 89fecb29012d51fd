/** `<base>downloads/<chart>.json`: the same rows as the CSV, as JSON. */
import type { APIRoute } from "astro";
import { chartJson, chartPaths } from "./_files.ts";

export const getStaticPaths = chartPaths;
export const GET: APIRoute = ({ params }) => chartJson(params.id!);
