/**
 * The generated datasets, as the site reads them at build time. They were validated when written
 * (src/pipeline/schema.ts), so pages trust them here. Run `npm run data` first.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type {
  ChartDataset,
  ClaimRecord,
  Conflict,
  Correction,
  Coverage,
  MentionRecord,
  SourceRecord,
} from "../pipeline/types.ts";

export type {
  ChartDataset,
  ChartPoint,
  ClaimRecord,
  Correction,
  Coverage,
  MentionRecord,
  SourceRecord,
} from "../pipeline/types.ts";

const DIR = join(process.cwd(), "data", "generated");
const cache = new Map<string, unknown>();

function read<T>(name: string): T {
  if (!cache.has(name)) {
    try {
      cache.set(name, JSON.parse(readFileSync(join(DIR, name), "utf8")));
    } catch (e) {
      throw new Error(`data/generated/${name} is missing or unreadable; run \`npm run data\` first`, {
        cause: e,
      });
    }
  }
  return cache.get(name) as T;
}

// mentions.json and corrections.json stay internal: mentions' sentences are whole sentences, some of
// them whole paragraphs, and the site quotes only what carries a claim (the methodology page shows
// excerpts of the rest); corrections are shown on the methodology page.
/** The datasets published at `<base>/data/<name>.json`, byte for byte as the pipeline wrote them. */
export const PUBLIC_DATASETS = ["claims", "conflicts", "coverage", "sources"] as const;

/** A generated file's bytes, to publish as they are (`charts/<id>.json`, `claims.json`…). */
export const generatedFile = (name: string) => readFileSync(join(DIR, name));

export const loadClaims = () => read<{ version: string; claims: ClaimRecord[] }>("claims.json").claims;
export const loadSources = () => read<{ version: string; sources: SourceRecord[] }>("sources.json").sources;
export const loadConflicts = () =>
  read<{ version: string; conflicts: Conflict[] }>("conflicts.json").conflicts;
export const loadMentions = () =>
  read<{ version: string; mentions: MentionRecord[] }>("mentions.json").mentions;
/** The corrections of data/corrections.csv, oldest first, as the data step checked them against the claims. */
export const loadCorrections = () =>
  read<{ version: string; corrections: Correction[] }>("corrections.json").corrections;
export const loadCoverage = () => read<Coverage>("coverage.json");
export const loadChart = (id: string) => read<ChartDataset>(`charts/${id}.json`);
export const chartIds = () => loadCoverage().charts;

/** A claim by id; throws with the id when it does not exist, so a typo in copy fails the build. */
export function claimById(id: string): ClaimRecord {
  const claim = loadClaims().find((c) => c.id === id);
  if (!claim) throw new Error(`unknown claim id "${id}" (not in data/claims.csv)`);
  return claim;
}

let byId: ReturnType<typeof indexRecords> | undefined;

function indexRecords() {
  return {
    claims: new Map(loadClaims().map((c) => [c.id, c])),
    sources: new Map(loadSources().map((s) => [s.id, s])),
    conflicts: new Map(loadConflicts().map((c) => [c.id, c])),
  };
}

/**
 * Claims, sources and conflicts keyed by id, indexed once per build.
 *
 *   recordsById().claims.get("exchangers-shut-2025-000")?.value // 130
 */
export const recordsById = () => (byId ??= indexRecords());
