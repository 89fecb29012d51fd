/** `<base>downloads/<chart>@2x.png`: the standalone picture as a PNG at twice the size, for sharp screens. */
import type { APIRoute } from "astro";
import { chartPaths, chartPicture } from "./_files.ts";

export const getStaticPaths = chartPaths;
export const GET: APIRoute = ({ params, site }) => chartPicture(params.id!, site, "png", 2);
