/** Publishes each chart's dataset at `<base>/data/charts/<id>.json`, as the pipeline wrote it. */
import type { APIRoute, GetStaticPaths } from "astro";
import { chartIds, generatedFile } from "../../../data/generated.ts";

export const getStaticPaths = (() => chartIds().map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(generatedFile(`charts/${params.id}.json`), {
    headers: { "content-type": "application/json; charset=utf-8" },
  });
