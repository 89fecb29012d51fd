import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { compileData, coverageLine, stableStringify } from "../../src/pipeline/compile.ts";
import {
  FIXTURE_SEEDS,
  SEED_A,
  SEED_B,
  bytesOf,
  claimRow,
  compile,
  dataError,
  derivedRow,
  realInputs,
  seedFile,
} from "./helpers.ts";

/** Keys sorted at every depth, written independently of the pipeline's own stableStringify. */
function sortedJson(value: unknown): string {
  const sort = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sort)
      : v && typeof v === "object"
        ? Object.fromEntries(
            Object.entries(v as Record<string, unknown>)
              .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
              .map(([k, x]) => [k, sort(x)]),
          )
        : v;
  return `${JSON.stringify(sort(value), null, 2)}\n`;
}

const parsed = (files: Map<string, string>, name: string) => JSON.parse(files.get(name)!);

describe("compileData", () => {
  it("rejects an empty set of seeds, naming the seed folder", () => {
    const e = dataError(() => compile({ seeds: [], seedDir: "articles" }));
    expect(e.message).toBe("articles: no seed articles (*.txt) found");
    expect(e.line).toBeNull();
  });

  it("rejects an empty seed among good ones, naming it", () => {
    const e = dataError(() => compile({ seeds: [...FIXTURE_SEEDS, seedFile("c.txt", "")] }));
    expect(e.message).toBe("seeds/c.txt:1: seed is empty");
  });

  it("rejects a seed with a Latin-1 byte, naming the seed and the line of the byte", () => {
    // "Title" 5 bytes, two newlines, "Caf" 3: the é is byte 10, on line 3.
    const bytes = Uint8Array.from([...bytesOf("Title\n\nCaf"), 0xe9, ...bytesOf("\n")]);
    const e = dataError(() => compile({ seeds: [...FIXTURE_SEEDS, { id: "c.txt", bytes }] }));
    expect(e.line).toBe(3);
    expect(e.message).toMatch(/^seeds\/c\.txt:3: not UTF-8 \(byte 0xe9 at offset 10\)/);
  });

  it("names the curated files under the data folder it is given", () => {
    const e = dataError(() => compile({ dataDir: "input", claims: [claimRow({ quote: "nowhere" })] }));
    expect(e.message).toBe("input/claims.csv:2: quote not found in seeds/a.txt");
  });

  it("compiles a seed saved with a BOM and CRLF line ends to the same datasets as the LF seed", () => {
    const crlf = Uint8Array.from([0xef, 0xbb, 0xbf, ...bytesOf(SEED_A.replaceAll("\n", "\r\n"))]);
    const withCrlf = compile({ seeds: [{ id: "a.txt", bytes: crlf }, seedFile("b.txt", SEED_B)] });
    const plain = compile();
    expect(withCrlf.files).toEqual(plain.files);
    // Offsets index the normalised text, and the source's hash is of that text.
    const quote = "authorities shut down 130 crypto platforms";
    expect(parsed(plain.files, "claims.json").claims[0].quoteStart).toBe(SEED_A.indexOf(quote));
    const source = parsed(plain.files, "sources.json").sources[0];
    expect(source.chars).toBe(SEED_A.length);
    expect(source.sha256).toBe(createHash("sha256").update(SEED_A).digest("hex"));
  });

  it("writes every file with keys sorted at every depth, two-space indent and a final newline", () => {
    const { files } = compileData(realInputs());
    expect([...files.keys()].sort()).toEqual(
      expect.arrayContaining([
        "claims.json",
        "conflicts.json",
        "coverage.json",
        "mentions.json",
        "sources.json",
      ]),
    );
    for (const [name, text] of files) expect(text, name).toBe(sortedJson(JSON.parse(text)));
  });

  it("gives byte-identical files on two runs over the real seeds and data", () => {
    const first = compileData(realInputs()).files;
    const second = compileData(realInputs()).files;
    expect([...second.keys()]).toEqual([...first.keys()]);
    for (const [name, text] of first) expect(second.get(name), name).toBe(text);
  });

  it("does not depend on the order the seeds are listed in", () => {
    const inputs = realInputs();
    const reversed = compileData({ ...inputs, seeds: [...inputs.seeds].reverse() });
    expect(reversed.files).toEqual(compileData(inputs).files);
  });

  it("records the data date it is given and never reads the clock", () => {
    const { coverage } = compile({ dataDate: "2025-06-30" });
    expect(coverage.dataDate).toBe("2025-06-30");
    expect(compile().coverage.dataDate).toBeNull();
  });

  it("changes the dataset version when a seed changes, and not when only the data date does", () => {
    const base = compile().coverage.version;
    expect(compile({ dataDate: "2025-06-30" }).coverage.version).toBe(base);
    const edited = [seedFile("a.txt", `${SEED_A}One more line.\n`), seedFile("b.txt", SEED_B)];
    expect(compile({ seeds: edited }).coverage.version).not.toBe(base);
  });

  it("counts what it found in the coverage line", () => {
    // Two fixture seeds and one claim; no conflicts among claims (the conversion conflict between
    // the seeds' $925 and $913 is found all the same), no charts.
    const { coverage } = compile();
    expect(coverageLine(coverage)).toMatch(
      /^data [0-9a-f]{12}: \d+ mentions found in 2 seeds, 1 used by claims; 1 claims: 1 quotes found in their seeds, 1 values found in their quotes, 0 derived values recomputed; 1 conflicts found \(1 undecided\); 0 chart datasets$/,
    );
  });

  it("counts each check made on the claims: a statement's quote has no value to find, a derived row no quote", () => {
    const { coverage } = compile({
      claims: [
        claimRow(),
        claimRow({
          id: "iin-rule",
          metric: "iin-rule",
          period: "new-rule",
          value: "",
          unit: "",
          qualifier: "",
          quote: "need the sender's IIN",
        }),
        derivedRow("shut-2025-twice", "260", "shut-2025-a * 2"),
      ],
    });
    expect(coverage).toMatchObject({ claims: 3, quotesFound: 2, valuesFound: 1, derived: 1 });
  });

  it("stableStringify sorts keys at every depth and keeps array order", () => {
    expect(stableStringify({ b: [{ z: 1, a: 2 }, 3], a: null })).toBe(
      '{\n  "a": null,\n  "b": [\n    {\n      "a": 2,\n      "z": 1\n    },\n    3\n  ]\n}\n',
    );
  });
});
