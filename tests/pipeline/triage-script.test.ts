/**
 * `scripts/triage.ts` and the triage `scripts/build-data.ts` prints, as a person runs them: child
 * processes on a temporary copy of seeds/ and data/.
 */
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { compileData } from "../../src/pipeline/compile.ts";
import { triageFileSchema } from "../../src/pipeline/schema.ts";
import { ROOT, copyOfInputs as copy, hashTree, realInputs, runScript } from "./helpers.ts";

const ARTICLE = join(ROOT, "tests/fixtures/triage/dev/101_wire-recap.txt");

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A temporary copy of seeds/ and data/, removed after the tests. */
function copyOfInputs(): string {
  const root = copy();
  made.push(root);
  return root;
}

const run = (cwd: string, script: string, args: string[]) => runScript(script, cwd, args);

describe("npm run triage -- <article>", { timeout: 60_000 }, () => {
  it("prints a table of every number with its verdict and the rows to paste, and writes the file compileData makes", () => {
    const root = copyOfInputs();
    cpSync(ARTICLE, join(root, "new.txt"));
    const r = run(root, "triage.ts", ["new.txt"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toMatch(
      /^triage \.\/new\.txt \(dated 2026-01-08\): \d+ confirm, \d+ disagree, \d+ new$/,
    );
    expect(lines[1]).toMatch(/^ line {2}verdict {4}number .* claim .* article says .* claim says$/);
    // The $51 million conversion of the cash-out turnover differs from the claims' $43 million.
    expect(lines.find((l) => l.includes("$51 million"))).toMatch(
      /^ {4}4 {2}disagrees {2}\$51 million +cashout-turnover-usd-001 /,
    );
    expect(r.stdout).toContain("Rows for data/claims.csv");
    expect(r.stdout).toContain("Rows for data/decisions.csv");
    const written = readFileSync(join(root, "data/generated/triage/new.txt.json"), "utf8");
    triageFileSchema.parse(JSON.parse(written));
    const expected = compileData({
      ...realInputs(),
      seedDir: "seeds",
      triage: [{ id: "new.txt", bytes: readFileSync(ARTICLE) }],
    }).files.get("triage/new.txt.json");
    expect(written).toBe(expected);
    // Nothing else is written: the data step's outputs are its own.
    expect(Object.keys(hashTree(join(root, "data/generated")))).toEqual(["triage/new.txt.json"]);
  });

  const bad: Array<[string, (root: string) => string[], string]> = [
    ["a missing article", () => ["nowhere.txt"], "error: nowhere.txt: file is missing"],
    [
      "an article that is not a .txt file",
      () => ["article.md"],
      "error: article.md: an article is a UTF-8 .txt file",
    ],
    [
      "a Latin-1 article",
      (root) => {
        writeFileSync(join(root, "latin.txt"), Buffer.from("Headline\nCaf\xe9\n", "latin1"));
        return ["latin.txt"];
      },
      "error: ./latin.txt:2: not UTF-8 (byte 0xe9 at offset 12); save the article as UTF-8",
    ],
    [
      "a broken claims.csv",
      (root) => {
        writeFileSync(join(root, "data/claims.csv"), "id,metric\n");
        cpSync(ARTICLE, join(root, "new.txt"));
        return ["new.txt"];
      },
      "error: data/claims.csv:1: header must name the columns id, metric, period, value, unit, qualifier, source, quote, note, formula; missing period, value, unit, qualifier, source, quote, note, formula",
    ],
  ];
  it.each(bad)(
    "on %s: exits 1 with one line naming the file, and leaves earlier triage files as they were",
    (_, breakIt, expected) => {
      const root = copyOfInputs();
      cpSync(ARTICLE, join(root, "seeds", "101_wire-recap.txt"));
      expect(run(root, "triage.ts", ["seeds/101_wire-recap.txt"]).status).toBe(0);
      const before = hashTree(join(root, "data/generated"));
      const r = run(root, "triage.ts", breakIt(root));
      expect(r.status).toBe(1);
      expect(r.stdout).toBe("");
      expect(r.stderr).toBe(`${expected}\n`);
      expect(hashTree(join(root, "data/generated"))).toEqual(before);
    },
  );
});

describe("npm run data with a seed no claim cites", { timeout: 60_000 }, () => {
  it("prints the seed's triage table and the command for its rows, writes its triage file, and still exits 0", () => {
    const root = copyOfInputs();
    cpSync(ARTICLE, join(root, "seeds", "101_wire-recap.txt"));
    const r = run(root, "build-data.ts", ["--out", "out"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      /^triage seeds\/101_wire-recap\.txt \(dated 2026-01-08\): \d+ confirm, \d+ disagree, \d+ new$/m,
    );
    expect(r.stdout).toContain("rows to paste with `npm run triage -- seeds/101_wire-recap.txt`");
    expect(existsSync(join(root, "out/triage/101_wire-recap.txt.json"))).toBe(true);
    // Seeds that claims cite are not triaged.
    expect(Object.keys(hashTree(join(root, "out"))).filter((f) => f.startsWith("triage/"))).toEqual([
      "triage/101_wire-recap.txt.json",
    ]);
    expect(r.stdout.trimEnd().split("\n").at(-1)).toMatch(/^data [0-9a-f]{12}: /);
  });
});
