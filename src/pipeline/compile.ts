/**
 * The whole data step as one pure function: seed bytes and curated files in, every generated
 * dataset out (as file name → JSON text), validated and deterministic. Nothing here touches the disk;
 * `scripts/build-data.ts` reads the inputs and writes the outputs.
 */
import { createHash } from "node:crypto";
import { verifyClaims } from "./claims.ts";
import { detectConflicts } from "./conflicts.ts";
import { parseCorrections } from "./corrections.ts";
import { buildChartDatasets } from "./datasets.ts";
import { DataError } from "./errors.ts";
import { extractMentions } from "./extract.ts";
import {
  SCHEMA_VERSION,
  chartSchema,
  claimsFileSchema,
  conflictsFileSchema,
  correctionsFileSchema,
  coverageSchema,
  mentionsFileSchema,
  sourcesFileSchema,
  triageFileSchema,
  type Coverage,
} from "./schema.ts";
import { articleDate, describeSource, readSeed, type SeedFile } from "./sources.ts";
import { indexClaims, triageArticle, type ClaimIndex, type TriageReport } from "./triage.ts";
import type { Conflict, Mention, SeedText } from "./types.ts";
import type { z } from "zod";

export interface DataInputs {
  seeds: SeedFile[];
  claimsCsv: string;
  decisionsCsv: string;
  chartsJson: string;
  /** data/corrections.csv; absent when the project has no corrections file. */
  correctionsCsv?: string | undefined;
  /** ISO date the data was last changed (from version control), or null; never the clock. */
  dataDate: string | null;
  /** Folder names for error messages. */
  seedDir?: string;
  dataDir?: string;
  /**
   * Articles to triage on demand, besides the seeds no claim cites (which always are): seeds or
   * articles not (yet) in seeds/, read against the claims but not added to the dataset. `dir` is
   * the folder an article was read from, for error messages (default: the seed folder).
   */
  triage?: Array<SeedFile & { dir?: string }>;
}

export interface DataOutputs {
  /** Relative path under the output folder → file text. */
  files: Map<string, string>;
  coverage: Coverage;
  /** Every conflict found, decided or not, for the run's report. */
  conflicts: Conflict[];
  /** Triage of every seed no claim cites and of every article asked for, by file name. */
  triage: TriageReport[];
  /** Seeds whose automatic triage failed: advisory, so the data step goes on and says so. */
  triageErrors: string[];
  /** The claims as triage reads them, to triage more articles against (the data benchmark does). */
  index: ClaimIndex;
}

/** JSON with object keys sorted at every depth, two-space indent and a final newline. */
export function stableStringify(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (v && typeof v === "object")
      return Object.fromEntries(
        Object.keys(v as object)
          .sort()
          .map((k) => [k, sort((v as Record<string, unknown>)[k])]),
      );
    return v;
  };
  return `${JSON.stringify(sort(value), null, 2)}\n`;
}

function validated<T extends z.ZodType>(schema: T, value: unknown, name: string): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new DataError(
      `data/generated/${name}`,
      null,
      `fails its schema at ${issue.path.join(".")}: ${issue.message}`,
    );
  }
  return result.data;
}

/** Compiles seeds and curated data into every generated dataset. Throws {@link DataError} on bad input. */
export function compileData(inputs: DataInputs): DataOutputs {
  const seedDir = inputs.seedDir ?? "seeds";
  const dataDir = inputs.dataDir ?? "data";
  if (inputs.seeds.length === 0) throw new DataError(seedDir, null, "no seed articles (*.txt) found");
  const seeds: SeedText[] = [...inputs.seeds]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((f) => readSeed(f, seedDir));
  const seedMap = new Map(seeds.map((s) => [s.id, s]));
  const mentionsBySource = new Map<string, Mention[]>(
    seeds.map((s) => [s.id, extractMentions(s.text, s.id)]),
  );
  const allMentions = seeds.flatMap((s) => mentionsBySource.get(s.id)!);

  const claims = verifyClaims(inputs.claimsCsv, seedMap, mentionsBySource, `${dataDir}/claims.csv`, seedDir);
  const conflicts = detectConflicts(
    claims,
    allMentions,
    seedMap,
    inputs.decisionsCsv,
    `${dataDir}/decisions.csv`,
  );
  const charts = buildChartDatasets(inputs.chartsJson, claims, `${dataDir}/charts.json`);
  const corrections =
    inputs.correctionsCsv === undefined
      ? []
      : parseCorrections(inputs.correctionsCsv, claims, `${dataDir}/corrections.csv`);

  const usedBy = new Map<string, string[]>();
  for (const c of claims) if (c.mention) usedBy.set(c.mention, [...(usedBy.get(c.mention) ?? []), c.id]);
  const conflictsOf = new Map<string, string[]>();
  for (const k of conflicts)
    for (const item of k.items)
      if (item.claim && !(conflictsOf.get(item.claim) ?? []).includes(k.id))
        conflictsOf.set(item.claim, [...(conflictsOf.get(item.claim) ?? []), k.id]);

  const sources = seeds.map((s) => ({
    ...describeSource(s),
    claims: claims.filter((c) => c.source === s.id).length,
    mentions: mentionsBySource.get(s.id)!.length,
  }));
  const bodies = new Map<string, { schema: z.ZodType; value: Record<string, unknown> }>([
    ["sources.json", { schema: sourcesFileSchema, value: { sources } }],
    [
      "mentions.json",
      {
        schema: mentionsFileSchema,
        value: { mentions: allMentions.map((m) => ({ ...m, usedBy: usedBy.get(m.id) ?? [] })) },
      },
    ],
    [
      "claims.json",
      {
        schema: claimsFileSchema,
        value: { claims: claims.map((c) => ({ ...c, conflicts: conflictsOf.get(c.id) ?? [] })) },
      },
    ],
    ["conflicts.json", { schema: conflictsFileSchema, value: { conflicts } }],
    ["corrections.json", { schema: correctionsFileSchema, value: { corrections } }],
  ]);

  // The version is a hash of the generated content itself (not of the code or the clock), so it
  // changes exactly when a published number, quote or decision does.
  const hash = createHash("sha256");
  for (const [name, { value }] of bodies) hash.update(`${name}\0${stableStringify(value)}`);
  for (const chart of charts) hash.update(`charts/${chart.id}.json\0${stableStringify(chart)}`);
  hash.update(`${SCHEMA_VERSION}`);
  const version = hash.digest("hex").slice(0, 12);

  const envelope = { schemaVersion: SCHEMA_VERSION, version };
  const files = new Map<string, string>();
  for (const [name, { schema, value }] of bodies)
    files.set(name, stableStringify(validated(schema, { ...envelope, ...value }, name)));
  for (const chart of charts)
    files.set(
      `charts/${chart.id}.json`,
      stableStringify(validated(chartSchema, chart, `charts/${chart.id}.json`)),
    );

  const coverage: Coverage = validated(
    coverageSchema,
    {
      ...envelope,
      dataDate: inputs.dataDate,
      seeds: seeds.length,
      mentions: allMentions.length,
      mentionsUsed: usedBy.size,
      claims: claims.length,
      // What verifyClaims established, from what it recorded on each claim. A claim that fails a
      // check stops the run, so these are counts of checks made, never of passes against failures.
      quotesFound: claims.filter((c) => c.quoteStart !== null).length,
      valuesFound: claims.filter((c) => c.mention !== null).length,
      derived: claims.filter((c) => c.formula !== null).length,
      conflicts: conflicts.length,
      conflictsUndecided: conflicts.filter((c) => c.decision === null).length,
      charts: charts.map((c) => c.id),
    },
    "coverage.json",
  );
  files.set("coverage.json", stableStringify(coverage));

  // Triage is advisory: it is not part of the dataset version, is never published, and a failure on
  // a seed nobody asked about is reported, not thrown.
  const index = indexClaims({ claims, mentions: allMentions, conflicts });
  const cited = new Set(claims.flatMap((c) => (c.source ? [c.source] : [])));
  const asked = [...(inputs.triage ?? [])].sort((a, b) => a.id.localeCompare(b.id));
  const askedIds = new Set(asked.map((f) => f.id));
  const triage: TriageReport[] = [];
  const triageErrors: string[] = [];
  const triageOne = (seed: SeedText) => {
    const saved = seedMap.get(seed.id)?.text === seed.text;
    const mentions = saved ? mentionsBySource.get(seed.id)! : extractMentions(seed.text, seed.id);
    const report = triageArticle(index, seed, mentions, articleDate(seed.text));
    const counts = { confirms: 0, disagrees: 0, new: 0 };
    for (const item of report.items) counts[item.verdict]++;
    const name = `triage/${seed.id}.json`;
    files.set(name, stableStringify(validated(triageFileSchema, { ...envelope, ...report, counts }, name)));
    triage.push(report);
  };
  for (const seed of seeds.filter((s) => !cited.has(s.id) && !askedIds.has(s.id))) {
    try {
      triageOne(seed);
    } catch (e) {
      triageErrors.push(`triage of ${seedDir}/${seed.id} failed: ${(e as Error).message}`);
    }
  }
  for (const file of asked) triageOne(readSeed(file, file.dir ?? seedDir));
  triage.sort((a, b) => a.source.localeCompare(b.source));
  return { files, coverage, conflicts, triage, triageErrors, index };
}

/** The one-line summary printed at the end of every run. */
export function coverageLine(c: Coverage): string {
  return (
    `data ${c.version}: ${c.mentions} mentions found in ${c.seeds} seeds, ${c.mentionsUsed} used by claims; ` +
    `${c.claims} claims: ${c.quotesFound} quotes found in their seeds, ${c.valuesFound} values found in their quotes, ` +
    `${c.derived} derived values recomputed; ` +
    `${c.conflicts} conflicts found (${c.conflictsUndecided} undecided); ${c.charts.length} chart datasets`
  );
}
