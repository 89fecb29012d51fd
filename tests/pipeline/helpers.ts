/**
 * Small in-memory fixtures for the pipeline tests, and helpers for the few tests that touch disk.
 *
 *   const e = dataError(() => compile({ claims: [claimRow({ quote: "not there" })] }));
 *   expect(e.message).toBe("data/claims.csv:2: quote not found in seeds/a.txt");
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { expect } from "vitest";
import { compileData, type DataInputs, type DataOutputs } from "../../src/pipeline/compile.ts";
import { DataError } from "../../src/pipeline/errors.ts";
import type { SeedFile } from "../../src/pipeline/sources.ts";

export const ROOT = new URL("../../", import.meta.url).pathname;

/** Seed a: a headline, a long paragraph (over 100 characters), a short one, a tenge amount with dollars. */
export const SEED_A = [
  "Crackdown on crypto platforms",
  "In 2025, authorities shut down 130 crypto platforms involved in money laundering and seized $16.7 million in cryptocurrencies.",
  "This is up from the previous year, when 36 platforms were closed.",
  "Top-ups exceeding 500,000 tenge ($925) need the sender's IIN.",
  "",
].join("\n");

/** Seed b: a different count for the same year, and the same tenge amount at another rate. */
export const SEED_B = [
  "Kazakhstan closes exchanges",
  "In 2025, regulators closed 22 unlicensed exchanges.",
  "Card top-ups beyond 500,000 KZT ($913) need an identity number.",
  "",
].join("\n");

/** Seed c agrees with seed a: the same count and the same tenge amount at the same rate. */
export const SEED_C = [
  "Exchangers closed",
  "In 2025, officials said 130 crypto platforms were shut.",
  "Top-ups above 500,000 tenge ($925) now need checks.",
  "",
].join("\n");

export const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text);
export const seedFile = (id: string, text: string): SeedFile => ({ id, bytes: bytesOf(text) });
export const FIXTURE_SEEDS: SeedFile[] = [seedFile("a.txt", SEED_A), seedFile("b.txt", SEED_B)];

/** One CSV line: fields holding a comma, quote or newline are quoted, quotes doubled. */
export const csvLine = (fields: readonly string[]): string =>
  fields.map((f) => (/[",\n\r]/.test(f) ? `"${f.replaceAll('"', '""')}"` : f)).join(",");

export const CLAIMS_HEADER = "id,metric,period,value,unit,qualifier,source,quote,note,formula";
export const DECISIONS_HEADER = "conflict,title,claims,difference,chosen,reason";
export const NO_CHARTS = '{ "charts": [] }';

export interface ClaimRow {
  id: string;
  metric: string;
  period: string;
  value: string;
  unit: string;
  qualifier: string;
  source: string;
  quote: string;
  note: string;
  formula: string;
}

/** A claims.csv row; unless overridden, a valid claim of 130 platforms shut in 2025, quoted from a.txt. */
export const claimRow = (row: Partial<ClaimRow> = {}): string => {
  const r: ClaimRow = {
    id: "shut-2025-a",
    metric: "exchangers-shut",
    period: "2025",
    value: "130",
    unit: "count",
    qualifier: "exact",
    source: "a.txt",
    quote: "authorities shut down 130 crypto platforms",
    note: "",
    formula: "",
    ...row,
  };
  return csvLine([
    r.id,
    r.metric,
    r.period,
    r.value,
    r.unit,
    r.qualifier,
    r.source,
    r.quote,
    r.note,
    r.formula,
  ]);
};

/** A derived row: no source, no quote, a formula. */
export const derivedRow = (id: string, value: string, formula: string, unit = "count"): string =>
  claimRow({ id, metric: id, period: "2025", value, unit, source: "", quote: "", formula });

export const claimsCsv = (...rows: string[]): string => [CLAIMS_HEADER, ...rows, ""].join("\n");
export const decisionsCsv = (...rows: string[]): string => [DECISIONS_HEADER, ...rows, ""].join("\n");

/** compileData over the fixture seeds, with no decisions and no charts unless given. */
export function compile(inputs: Partial<DataInputs> & { claims?: string[] } = {}): DataOutputs {
  const { claims, ...rest } = inputs;
  return compileData({
    seeds: FIXTURE_SEEDS,
    claimsCsv: claimsCsv(...(claims ?? [claimRow()])),
    decisionsCsv: decisionsCsv(),
    chartsJson: NO_CHARTS,
    dataDate: null,
    ...rest,
  });
}

/** The DataError `run` throws; fails the test when it throws nothing or something else. */
export function dataError(run: () => unknown): DataError {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(DataError);
    expect((e as DataError).message, "a DataError is one line").not.toMatch(/[\r\n]/);
    return e as DataError;
  }
  throw new Error("expected a DataError, but nothing was thrown");
}

/** The real inputs: seeds/ and the curated files in data/, as `npm run data` reads them. */
export function realInputs(): DataInputs {
  const seedDir = join(ROOT, "seeds");
  return {
    seeds: readdirSync(seedDir)
      .filter((f) => f.endsWith(".txt"))
      .sort()
      .map((id) => ({ id, bytes: readFileSync(join(seedDir, id)) })),
    claimsCsv: readFileSync(join(ROOT, "data/claims.csv"), "utf8"),
    decisionsCsv: readFileSync(join(ROOT, "data/decisions.csv"), "utf8"),
    chartsJson: readFileSync(join(ROOT, "data/charts.json"), "utf8"),
    correctionsCsv: readFileSync(join(ROOT, "data/corrections.csv"), "utf8"),
    dataDate: null,
  };
}

export const tempDir = (): string => mkdtempSync(join(tmpdir(), "pipeline-test-"));

/** Every file under `dir` (relative path → sha256 of its bytes), for before/after comparisons. */
export function hashTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path)] = createHash("sha256").update(readFileSync(path)).digest("hex");
    }
  };
  walk(dir);
  return out;
}

/**
 * A temporary folder with seeds/ and the curated files of data/ (claims, decisions, charts,
 * corrections, the glossary and the translations) copied from the repository; not data/generated/.
 */
export function copyOfInputs(): string {
  const root = tempDir();
  cpSync(join(ROOT, "seeds"), join(root, "seeds"), { recursive: true });
  cpSync(join(ROOT, "data"), join(root, "data"), {
    recursive: true,
    filter: (src) => relative(join(ROOT, "data"), src).split(sep)[0] !== "generated",
  });
  return root;
}

export interface ScriptRun {
  status: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `scripts/<script>` on the project's Node in `cwd` and collects its exit code and both streams.
 * Outside a git work tree and without SOURCE_DATE_EPOCH the data date is null: nothing varies.
 */
export function runScript(script: string, cwd: string, args: string[]): ScriptRun {
  const env = { ...process.env };
  delete env["SOURCE_DATE_EPOCH"];
  const run = spawnSync(join(ROOT, "node_modules/.bin/node"), [join(ROOT, "scripts", script), ...args], {
    cwd,
    env,
    encoding: "utf8",
  });
  if (run.error) throw run.error;
  return { status: run.status!, stdout: run.stdout, stderr: run.stderr };
}
