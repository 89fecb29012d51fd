/**
 * A site built with one more seed, which no claim cites: the build succeeds, the methodology page
 * lists the new article's numbers as unused, as it does for any seed, and nothing triage wrote for it
 * (data/generated/triage/) reaches dist/.
 */
import { cpSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { JSDOM } from "jsdom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { triageFileSchema, type TriageFile } from "../../src/pipeline/schema.ts";
import { copyProject, npmRun } from "../helpers/temp-project.ts";

const NEW_SEED = "101_wire-recap.txt";

let dir: string;
let files: string[];
let triage: TriageFile;
let output: string;

beforeAll(() => {
  dir = copyProject();
  cpSync(join("tests/fixtures/triage/dev", NEW_SEED), join(dir, "seeds", NEW_SEED));
  const run = npmRun(dir, "build");
  output = run.stdout;
  if (run.status !== 0)
    throw new Error(`the build with a new seed failed:\n${run.stdout.slice(-2000)}\n${run.stderr}`);
  const dist = join(dir, "dist");
  files = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dist, join(e.parentPath, e.name)).split(sep).join("/"))
    .sort();
  triage = triageFileSchema.parse(
    JSON.parse(readFileSync(join(dir, "data/generated/triage", `${NEW_SEED}.json`), "utf8")),
  );
}, 240_000);
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("a site built with a new seed no claim cites", () => {
  it("builds, and the data step printed the seed's triage", () => {
    expect(files).toContain("index.html");
    expect(output).toContain(`triage seeds/${NEW_SEED}`);
    expect(triage.items.length).toBeGreaterThan(0);
  });

  it("publishes nothing from triage: no file under triage/, no suggested row or verdict in any file", () => {
    expect(files.filter((f) => /triage/i.test(f))).toEqual([]);
    const rows = triage.items.flatMap((i) => (i.suggestion ? [i.suggestion.claimCsv] : []));
    expect(rows.length).toBeGreaterThan(0);
    for (const f of files.filter((f) => /\.(html|json|csv|txt|js|svg)$/.test(f))) {
      const text = readFileSync(join(dir, "dist", f), "utf8");
      expect(text, f).not.toContain("claimCsv");
      expect(text, f).not.toContain('"verdict"');
      for (const row of rows) expect(text, f).not.toContain(row);
    }
  });

  it("lists the new article's numbers among those left out on the methodology page, as for any seed", () => {
    const doc = new JSDOM(readFileSync(join(dir, "dist/methodology/index.html"), "utf8")).window.document;
    const listed = [...doc.querySelectorAll("#coverage [data-mention]")].map((li) =>
      li.getAttribute("data-mention"),
    );
    const mentions = JSON.parse(readFileSync(join(dir, "data/generated/mentions.json"), "utf8"))
      .mentions as Array<{
      id: string;
      source: string;
    }>;
    const ofNewSeed = mentions.filter((m) => m.source === NEW_SEED).map((m) => m.id);
    expect(ofNewSeed.length).toBeGreaterThan(0);
    expect(listed).toEqual(expect.arrayContaining(ofNewSeed));
  });
});
