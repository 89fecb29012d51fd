/**
 * `scripts/build-data.ts` as a person runs it: a child process on a temporary copy of seeds/ and the
 * curated files, with --seeds, --data and --out.
 */
import { appendFileSync, cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compileData } from "../../src/pipeline/compile.ts";
import { copyOfInputs as copy, hashTree, realInputs, runScript, type ScriptRun as Run } from "./helpers.ts";

/** Runs the script in `cwd` and collects its exit code and both streams. */
const buildData = (cwd: string, args = ["--seeds", "seeds", "--data", "data", "--out", "out"]): Run =>
  runScript("build-data.ts", cwd, args);

const made: string[] = [];
/** A temporary copy of seeds/ and data/, removed after the tests. */
function copyOfInputs(): string {
  const root = copy();
  made.push(root);
  return root;
}

/** 1-based line of the first line of `file` that starts with `prefix`. */
const lineStartingWith = (file: string, prefix: string) =>
  readFileSync(file, "utf8")
    .split("\n")
    .findIndex((l) => l.startsWith(prefix)) + 1;

// One good run, shared: its output folder is what a failing run must leave alone.
let good: string;
let goodRun: Run;
beforeAll(() => {
  good = copyOfInputs();
  goodRun = buildData(good);
});
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe("scripts/build-data.ts", { timeout: 60_000 }, () => {
  it("exits 0 on good input and ends its output with the coverage line", () => {
    expect(goodRun.status).toBe(0);
    expect(goodRun.stderr).toBe("");
    const last = goodRun.stdout.trimEnd().split("\n").at(-1)!;
    // The claims' checks, counted from the rows: a quote to find, a value to find in it, a formula.
    const rows = Papa.parse<Record<string, string>>(readFileSync(join(good, "data/claims.csv"), "utf8"), {
      header: true,
      skipEmptyLines: true,
    }).data;
    const quoted = rows.filter((r) => r["quote"]!.trim() !== "");
    const charts = JSON.parse(readFileSync(join(good, "data/charts.json"), "utf8")).charts.length;
    // Counted from the copied inputs, so a seed added to seeds/ changes the expectation with it.
    const seeds = readdirSync(join(good, "seeds")).filter((f) => f.endsWith(".txt")).length;
    expect(last).toMatch(
      new RegExp(
        String.raw`^data [0-9a-f]{12}: \d+ mentions found in ${seeds} seeds, \d+ used by claims; ` +
          String.raw`${rows.length} claims: ${quoted.length} quotes found in their seeds, ` +
          String.raw`${quoted.filter((r) => r["value"]!.trim() !== "").length} values found in their quotes, ` +
          String.raw`${rows.filter((r) => r["formula"]!.trim() !== "").length} derived values recomputed; ` +
          String.raw`\d+ conflicts found \(\d+ undecided\); ` +
          String.raw`${charts} chart datasets$`,
      ),
    );
    // Each undecided conflict is named above the coverage line.
    const undecided = Number(/\((\d+) undecided\)/.exec(last)![1]);
    expect(goodRun.stdout.split("\n").filter((l) => l.startsWith("undecided conflict "))).toHaveLength(
      undecided,
    );
  });

  it("names a new undecided conflict with its values, claims and sources, and its suggested row settles it", () => {
    const root = copyOfInputs();
    const undecided = (run: Run) => run.stdout.split("\n").filter((l) => l.startsWith("undecided conflict "));
    const before = undecided(buildData(root)).length;
    // A second, different count for the Green List, quoted from another seed, makes a new conflict.
    appendFileSync(
      join(root, "data/claims.csv"),
      "green-list-test-000,aifc-green-list-assets,latest,86000000,count,exact,000_6d3037442e495ecc.txt,the closure of 86 million bank accounts in Vietnam,,\n",
    );
    const run = buildData(root);
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.split("\n");
    const at = lines.indexOf(
      "undecided conflict value:aifc-green-list-assets:latest: aifc-green-list-assets (latest): the sources give 113 count and 86000000 count",
    );
    expect(at).toBeGreaterThanOrEqual(0);
    expect(lines.slice(at + 1, at + 3).sort()).toEqual([
      "  113 count  green-list-004  004_8c32797b4921ae8d.txt",
      "  86000000 count  green-list-test-000  000_6d3037442e495ecc.txt",
    ]);
    const advice = lines[at + 3]!;
    expect(advice).toMatch(
      /^ {2}add to data\/decisions\.csv, with the reason in your own words: value:aifc-green-list-assets:latest,Aifc green list assets,,amount,/,
    );
    expect(undecided(run)).toHaveLength(before + 1);
    appendFileSync(join(root, "data/decisions.csv"), `${advice.replace(/^[^:]*: /, "")}\n`);
    const settled = buildData(root);
    expect(settled.status, settled.stderr).toBe(0);
    expect(undecided(settled)).toHaveLength(before);
  });

  it("writes exactly the files compileData produces from the same inputs", () => {
    const files = compileData(realInputs()).files;
    const written = Object.keys(hashTree(join(good, "out"))).sort();
    expect(written).toEqual([...files.keys()].sort());
    for (const [name, text] of files) expect(readFileSync(join(good, "out", name), "utf8"), name).toBe(text);
  });

  it("gives byte-identical output trees on two runs", () => {
    const root = copyOfInputs();
    expect(buildData(root, ["--seeds", "seeds", "--data", "data", "--out", "first"]).status).toBe(0);
    expect(buildData(root, ["--seeds", "seeds", "--data", "data", "--out", "second"]).status).toBe(0);
    expect(hashTree(join(root, "second"))).toEqual(hashTree(join(root, "first")));
    expect(hashTree(join(root, "first"))).toEqual(hashTree(join(good, "out")));
  });

  /** Each case breaks a copy of the good inputs and returns the error line it expects. */
  const cases: Array<[string, (root: string) => string, string[]?]> = [
    ["a missing seeds folder", () => "nowhere: seed folder is missing", ["--seeds", "nowhere"]],
    [
      "an empty seeds folder",
      (root) => {
        mkdirSync(join(root, "empty"));
        return "empty: no seed articles (*.txt) found";
      },
      ["--seeds", "empty"],
    ],
    [
      "a seed with a Latin-1 byte",
      (root) => {
        writeFileSync(
          join(root, "seeds/005_latin1.txt"),
          Buffer.from("Headline\nCaf\xe9 culture\n", "latin1"),
        );
        // "Headline\n" is 9 bytes and "Caf" 3: the é is byte 12, on line 2.
        return "seeds/005_latin1.txt:2: not UTF-8 (byte 0xe9 at offset 12); save the article as UTF-8";
      },
    ],
    [
      "a quote that is not in its seed",
      (root) => {
        const file = join(root, "data/claims.csv");
        const line = lineStartingWith(file, "mining-seizure-000,");
        writeFileSync(file, readFileSync(file, "utf8").replace("seizing $642,000", "seizing $642,001"));
        return `data/claims.csv:${line}: quote not found in seeds/000_6d3037442e495ecc.txt`;
      },
    ],
    [
      "a claims.csv row with an unclosed quote",
      (root) => {
        const file = join(root, "data/claims.csv");
        const line = lineStartingWith(file, "mining-seizure-000,");
        const text = readFileSync(file, "utf8").replace(
          /^mining-seizure-000,.*$/m,
          'mining-seizure-000,mining-seizure,2025,642000,USD,exact,000_6d3037442e495ecc.txt,"Last week,,',
        );
        writeFileSync(file, text);
        // The open quote runs on into later rows until a quote there stops it; the error names the
        // line where the broken row starts.
        return `data/claims.csv:${line}: a quoted field does not close properly: a closing " is missing, or a " inside it is not doubled ("")`;
      },
    ],
    [
      "a decision for a conflict that does not exist",
      (root) => {
        const file = join(root, "data/decisions.csv");
        const line = readFileSync(file, "utf8").trimEnd().split("\n").length + 1;
        appendFileSync(file, "value:no-such-metric:2025,A title,,amount,,Nothing to decide.\n");
        return `data/decisions.csv:${line}: no conflict "value:no-such-metric:2025" was detected; fix its id, or name the claims that disagree in the claims column`;
      },
    ],
    [
      "a declared disagreement naming a claim that does not exist",
      (root) => {
        const file = join(root, "data/decisions.csv");
        const line = readFileSync(file, "utf8").trimEnd().split("\n").length + 1;
        const claim = readFileSync(join(root, "data/claims.csv"), "utf8").split("\n")[1]!.split(",")[0]!;
        appendFileSync(
          file,
          `an-editors-call,What it is about,${claim} no-such-claim,statement,,Accounts differ.\n`,
        );
        return `data/decisions.csv:${line}: claim "no-such-claim" is not in data/claims.csv`;
      },
    ],
    [
      "a chart citing an unknown claim",
      (root) => {
        const file = join(root, "data/charts.json");
        const line =
          readFileSync(file, "utf8")
            .split("\n")
            .findIndex((l) => l.includes('"mining-seizure-000"')) + 1;
        writeFileSync(
          file,
          readFileSync(file, "utf8").replace('"mining-seizure-000"', '"mining-seizure-999"'),
        );
        return `data/charts.json:${line}: unknown claim id "mining-seizure-999" in chart "seizures"`;
      },
    ],
    [
      "a correction of a claim that does not exist",
      (root) => {
        const file = join(root, "data/corrections.csv");
        const line = readFileSync(file, "utf8").trimEnd().split("\n").length + 1;
        appendFileSync(file, "2026-02-03,no-such-claim,qualifier,exact,about,The article hedges it.\n");
        return `data/corrections.csv:${line}: claim "no-such-claim" is not an id in data/claims.csv`;
      },
    ],
    [
      "a Russian translation row with no text",
      (root) => {
        const file = join(root, "data/translations/ru.csv");
        const line = readFileSync(file, "utf8").trimEnd().split("\n").length + 1;
        const key = readFileSync(file, "utf8").split("\n")[1]!.split(",")[0]!;
        appendFileSync(file, `${key},\n`);
        return `data/translations/ru.csv:${line}: ${key} has no text`;
      },
    ],
    [
      "a Kazakh chart translation of a chart that does not exist",
      (root) => {
        const file = join(root, "data/charts.kk.json");
        const copy = JSON.parse(readFileSync(file, "utf8")) as { charts: Record<string, unknown> };
        const [first] = Object.values(copy.charts);
        copy.charts = { ...copy.charts, "no-such-chart": first };
        const text = `${JSON.stringify(copy, null, 2)}\n`;
        writeFileSync(file, text);
        const line = text.split("\n").findIndex((l) => l.includes('"no-such-chart"')) + 1;
        return `data/charts.kk.json:${line}: chart "no-such-chart" is not in data/charts.json; remove it or fix its id`;
      },
    ],
    [
      "a glossary row without its Kazakh form",
      (root) => {
        const file = join(root, "data/glossary.csv");
        const lines = readFileSync(file, "utf8").split("\n");
        const [id, en, ru, , note] = Papa.parse<string[]>(lines[1]!).data[0]!;
        lines[1] = Papa.unparse([[id, en, ru, "", note]]);
        writeFileSync(file, lines.join("\n"));
        return "data/glossary.csv:2: kk is empty";
      },
    ],
    [
      "a missing Russian translation file",
      (root) => {
        rmSync(join(root, "data/translations/ru.csv"));
        return `data/translations/ru.csv: file is missing`;
      },
    ],
    [
      "a missing claims.csv",
      (root) => {
        rmSync(join(root, "data/claims.csv"));
        return "data/claims.csv: file is missing";
      },
    ],
  ];

  it.each(cases)(
    "on %s: exits 1, prints one line naming the file (and line), and leaves the previous output byte-identical",
    (_, breakInputs, args = []) => {
      const root = copyOfInputs();
      cpSync(join(good, "out"), join(root, "out"), { recursive: true });
      const before = hashTree(join(root, "out"));
      expect(Object.keys(before).length).toBeGreaterThan(0);
      const expected = breakInputs(root);
      const run = buildData(root, ["--seeds", "seeds", "--data", "data", "--out", "out", ...args]);
      expect(run.status).toBe(1);
      expect(run.stderr).toBe(`error: ${expected}\n`);
      expect(run.stdout).toBe("");
      expect(hashTree(join(root, "out"))).toEqual(before);
    },
  );
});
