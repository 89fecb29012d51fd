/**
 * Content collections. The story's copy lives in src/content/story/*.yaml, read in file-name order;
 * its schema (src/data/story-copy.ts) checks every `{claim-id}` against the generated claims and every
 * chart state against the chart modules, so a typo fails the build naming the file and field.
 */
import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { chartIds, loadClaims } from "./data/generated.ts";
import { chartStates } from "./render/render-chart.ts";
import { storyEntrySchema } from "./data/story-copy.ts";

const story = defineCollection({
  loader: glob({ pattern: "*.yaml", base: "./src/content/story" }),
  schema: storyEntrySchema({
    claims: new Map(loadClaims().map((c) => [c.id, c])),
    charts: new Set(chartIds()),
    // Unknown charts are reported by the schema's own chart check; null skips their states.
    statesOf: (id) => (chartIds().includes(id) ? chartStates(id) : null),
  }),
});

export const collections = { story };
