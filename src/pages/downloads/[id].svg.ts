/** `<base>downloads/<chart>.svg`: the chart as a standalone picture with its title, notes and credit. */
import type { APIRoute } from "astro";
import { chartPaths, chartPicture } from "./_files.ts";

export const getStaticPaths = chartPaths;
export const GET: APIRoute = ({ params, site }) => chartPicture(params.id!, site, "svg");
