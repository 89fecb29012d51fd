/**
 * Publishes the generated datasets at `<base>/data/<name>.json`, byte for byte as the pipeline
 * wrote them (they are already validated and deterministic).
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { generatedFile, PUBLIC_DATASETS } from "../../data/generated.ts";

export const getStaticPaths = (() =>
  PUBLIC_DATASETS.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(generatedFile(`${params.name}.json`), {
    headers: { "content-type": "application/json; charset=utf-8" },
  });
