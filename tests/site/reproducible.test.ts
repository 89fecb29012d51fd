/**
 * Builds are reproducible and atomic. Two `astro build`s into fresh folders give byte-identical
 * trees with no machine path or clock time in any file; a build whose data step or site step fails
 * leaves the previous site and generated data exactly as they were. Run after `npm run build`.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { stripVTControlCharacters } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildEnv, copyProject, npmRun } from "../helpers/temp-project.ts";
import { TRANSLATED } from "../../src/i18n/locales.ts";

/** sha256 of every file below `dir`, keyed by its path relative to `dir`, sorted. */
function hashTree(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join("/"))
    .sort();
  return Object.fromEntries(
    files.map((f) => [
      f,
      createHash("sha256")
        .update(readFileSync(join(dir, f)))
        .digest("hex"),
    ]),
  );
}

/** Runs `astro build` into `outDir`; returns what it printed. */
function astroBuild(outDir: string, cwd = process.cwd()): string {
  const astro = join(cwd, "node_modules", "astro", "bin", "astro.mjs");
  const run = spawnSync(process.execPath, [astro, "build", "--outDir", outDir], {
    cwd,
    env: buildEnv(),
    encoding: "utf8",
    timeout: 120_000,
  });
  if (run.status !== 0) throw new Error(`astro build failed:\n${run.stdout}\n${run.stderr}`);
  return `${run.stdout}\n${run.stderr}`;
}

/** Room for a whole build on a busy 2-core machine: a guard against a hang, not a speed check. */
const BUILD_TIMEOUT = 300_000;

describe("two clean builds", () => {
  const outs: string[] = [];
  let log = "";
  beforeAll(() => {
    for (let i = 0; i < 2; i++) {
      const out = mkdtempSync(join(tmpdir(), `kz-repro-${i}-`));
      log = astroBuild(out);
      outs.push(out);
    }
  }, 2 * BUILD_TIMEOUT);
  afterAll(() => outs.forEach((o) => rmSync(o, { recursive: true, force: true })));

  it("produce byte-identical trees, file for file", () => {
    const [a, b] = outs.map(hashTree);
    expect(Object.keys(a!).length).toBeGreaterThan(20);
    expect(b).toEqual(a);
  });

  it("list every file they write by its own name: a .csv or .json route is no folder", () => {
    // Astro lists each generated route as "├─ /path (+12ms)", in colour when CI=true.
    // A language's 404 is listed as <locale>/404/index.html and moved after the listing to
    // <locale>/404.html, where hosts look for it (localizedNotFound in astro.config.mjs).
    const listed = [...stripVTControlCharacters(log).matchAll(/├─ (\/\S*) \(/g)].map((m) =>
      m[1]!.slice(1).replace(/^([a-z]{2})\/404\/index\.html$/, "$1/404.html"),
    );
    const files = Object.keys(hashTree(outs[0]!));
    expect(listed.filter((path) => !files.includes(path))).toEqual([]);
    // Every download and oEmbed response is listed, as the file a reader fetches.
    const published = files.filter((f) => /^(downloads|oembed)\//.test(f));
    expect(published.length).toBeGreaterThan(0);
    expect(published.filter((f) => !listed.includes(f))).toEqual([]);
  });

  it("print no warning: Astro's [WARN] lines, Rollup's (!) lines", () => {
    const warnings = stripVTControlCharacters(log)
      .split("\n")
      .filter((line) => /\[WARN\]|^\s*\(!\)/.test(line));
    expect(log).toMatch(/Complete!/);
    expect(warnings).toEqual([]);
  });

  it("leave no machine path and no clock time in any file", () => {
    const paths = [process.cwd(), tmpdir(), ...outs, "/work/", "/home/", "/root/"];
    const found: string[] = [];
    for (const file of Object.keys(hashTree(outs[0]!))) {
      const text = readFileSync(join(outs[0]!, file), "latin1");
      for (const p of paths) if (text.includes(p)) found.push(`${file}: ${p}`);
      // A date with a time of day is a build stamp; the data's own dates carry no time.
      const stamp = /\b20\d\d-\d\d-\d\d[T ]\d\d:\d\d(:\d\d)?/.exec(text);
      if (stamp) found.push(`${file}: ${stamp[0]}`);
    }
    expect(found).toEqual([]);
  });
});

describe("a build whose data step fails", () => {
  let dir: string;
  beforeAll(() => {
    dir = copyProject();
    const first = npmRun(dir, "build");
    if (first.status !== 0) throw new Error(`the first build failed:\n${first.stdout}\n${first.stderr}`);
  }, BUILD_TIMEOUT);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(
    "exits non-zero naming the bad file, and leaves dist/ and data/generated/ untouched",
    () => {
      const before = {
        dist: hashTree(join(dir, "dist")),
        generated: hashTree(join(dir, "data", "generated")),
      };
      // The fixture's first row claims 131 where its quote says 130: the data step must refuse it.
      cpSync(join(process.cwd(), "tests/fixtures/broken-claims/claims.csv"), join(dir, "data", "claims.csv"));
      const failed = npmRun(dir, "build");
      expect(failed.status).not.toBe(0);
      expect(failed.stderr).toMatch(/claims\.csv:2: no number in the quote carries 131/);
      expect(hashTree(join(dir, "dist"))).toEqual(before.dist);
      expect(hashTree(join(dir, "data", "generated"))).toEqual(before.generated);
    },
    BUILD_TIMEOUT,
  );
});

describe("a build whose site step fails", () => {
  let dir: string;
  beforeAll(() => {
    dir = copyProject();
    const first = npmRun(dir, "build");
    if (first.status !== 0) throw new Error(`the first build failed:\n${first.stdout}\n${first.stderr}`);
  }, BUILD_TIMEOUT);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(
    "exits non-zero and leaves the previous dist/ byte-identical, with no half-written folder beside it",
    () => {
      const before = hashTree(join(dir, "dist"));
      expect(Object.keys(before)).toContain("index.html");
      // A chart entry with no chart module passes the data step and fails while Astro renders pages.
      const spec = join(dir, "data", "charts.json");
      const charts = JSON.parse(readFileSync(spec, "utf8")) as { charts: { id: string }[] };
      charts.charts.push({ ...charts.charts[0]!, id: "no-such-module" });
      writeFileSync(spec, JSON.stringify(charts));
      // Its Russian and Kazakh words too (the first chart's), which the data step checks.
      for (const locale of TRANSLATED) {
        const file = join(dir, "data", `charts.${locale}.json`);
        const copy = JSON.parse(readFileSync(file, "utf8")) as { charts: Record<string, unknown> };
        copy.charts["no-such-module"] = copy.charts[charts.charts[0]!.id];
        writeFileSync(file, JSON.stringify(copy));
      }
      const failed = npmRun(dir, "build");
      expect(failed.status).not.toBe(0);
      expect(failed.stderr).toMatch(/the site build failed; dist\/ is unchanged/);
      expect(hashTree(join(dir, "dist"))).toEqual(before);
      expect(readdirSync(dir).filter((f) => f.startsWith("dist"))).toEqual(["dist"]);
    },
    BUILD_TIMEOUT,
  );
});
