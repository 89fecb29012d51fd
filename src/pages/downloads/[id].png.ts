/** `<base>downloads/<chart>.png`: the standalone picture as a PNG. */
import type { APIRoute } from "astro";
import { chartPaths, chartPicture } from "./_files.ts";

export const getStaticPaths = chartPaths;
export const GET: APIRoute = ({ params, site }) => chartPicture(params.id!, site, "png", 1);
