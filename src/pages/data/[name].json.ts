/**
 * Publishes the generated datasets at `<base>/data/<name>.json`, byte for byte as the pipeline
 * wrote them (they are already validated and deterministic).
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { readFileSync } from "node:fs";
import { join } from "node:path";

// mentions.json stays internal: its sentences are whole sentences, some of them whole paragraphs, and
// the site quotes only what carries a claim (the methodology page shows excerpts of the rest).
export const PUBLIC_DATASETS = ["claims", "conflicts", "coverage", "sources"] as const;

export const getStaticPaths = (() =>
  PUBLIC_DATASETS.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(join(process.cwd(), "data", "generated", `${params.name}.json`)), {
    headers: { "content-type": "application/json; charset=utf-8" },
  });
