/** Publishes each chart's dataset at `<base>/data/charts/<id>.json`, as the pipeline wrote it. */
import type { APIRoute, GetStaticPaths } from "astro";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { chartIds } from "../../../lib/data.ts";

export const getStaticPaths = (() => chartIds().map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(join(process.cwd(), "data", "generated", "charts", `${params.id}.json`)), {
    headers: { "content-type": "application/json; charset=utf-8" },
  });
