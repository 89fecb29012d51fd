/**
 * What the story's copy files ask for, read straight from src/content/story/*.yaml: the charts its
 * chapters show and the claims its copy cites. Tests compare the built page with these rather than
 * with counts of today's charts and claims.
 *
 *   storyCharts()      // ["shutdowns", "seizures", …]
 *   storyClaimRefs()   // Set { "exchangers-shut-2025-001", … }
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const DIR = "src/content/story";
const files = () =>
  readdirSync(DIR)
    .filter((f) => f.endsWith(".yaml"))
    .sort()
    .map((f) => readFileSync(join(DIR, f), "utf8"));

/** Every `chart:` a chapter (or a figure inside one) names, in file order. */
export const storyCharts = (): string[] =>
  files().flatMap((text) => [...text.matchAll(/^\s*chart:\s*([a-z0-9-]+)\s*$/gm)].map((m) => m[1]!));

/** The claim ids the copy references as `{id}` or `{id.field}`. */
export const storyClaimRefs = (): Set<string> =>
  new Set(files().flatMap((text) => [...text.matchAll(/\{([a-z0-9-]+)(?:\.[a-z]+)?\}/g)].map((m) => m[1]!)));
