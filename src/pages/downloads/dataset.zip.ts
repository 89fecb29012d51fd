/** `<base>downloads/dataset.zip`: claims, conflicts and sources as CSV, with a README. */
import type { APIRoute } from "astro";
import { datasetZip } from "./_files.ts";

export const GET: APIRoute = () => datasetZip();
