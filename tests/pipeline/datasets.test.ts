import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/pipeline/claims.ts";
import { buildChartDatasets } from "../../src/pipeline/datasets.ts";
import { extractMentions } from "../../src/pipeline/extract.ts";
import { readSeed } from "../../src/pipeline/sources.ts";
import { SEED_A, SEED_B, SEED_C, claimRow, claimsCsv, dataError, seedFile } from "./helpers.ts";

const texts: Record<string, string> = { "a.txt": SEED_A, "b.txt": SEED_B, "c.txt": SEED_C };
const seeds = new Map(Object.entries(texts).map(([id, text]) => [id, readSeed(seedFile(id, text))]));
const mentions = new Map(Object.entries(texts).map(([id, text]) => [id, extractMentions(text, id)]));
const claims = verifyClaims(
  claimsCsv(
    claimRow(),
    claimRow({
      id: "shut-2025-b",
      value: "22",
      source: "b.txt",
      quote: "regulators closed 22 unlicensed exchanges",
    }),
    claimRow({ id: "shut-2025-c", source: "c.txt", quote: "130 crypto platforms were shut" }),
  ),
  seeds,
  mentions,
);

/** A charts.json whose lines are numbered in the comments of each test. */
const spec = (...lines: string[]) => lines.join("\n");

describe("buildChartDatasets", () => {
  it("resolves a point citing agreeing claims into one value with every source's quote", () => {
    const [chart] = buildChartDatasets(
      spec(
        '{ "charts": [ { "id": "shutdowns", "title": "Platforms shut", "points": [',
        '  { "key": "2025", "label": "2025", "claims": ["shut-2025-a", "shut-2025-c"] }',
        "] } ] }",
      ),
      claims,
    );
    expect(chart).toMatchObject({ id: "shutdowns", subtitle: "", notes: [] });
    expect(chart!.points).toEqual([
      {
        key: "2025",
        label: "2025",
        group: null,
        metric: "exchangers-shut",
        period: "2025",
        value: 130,
        unit: "count",
        qualifier: "exact",
        iso: null,
        asWritten: "130",
        formula: null,
        claims: ["shut-2025-a", "shut-2025-c"],
        sources: [
          { claim: "shut-2025-a", source: "a.txt", quote: "authorities shut down 130 crypto platforms" },
          { claim: "shut-2025-c", source: "c.txt", quote: "130 crypto platforms were shut" },
        ],
      },
    ]);
  });

  it("rejects an unknown claim id on the line that names it", () => {
    const e = dataError(() =>
      buildChartDatasets(
        spec(
          '{ "charts": [ { "id": "shutdowns", "title": "Platforms shut", "points": [', // 1
          '  { "key": "a", "label": "Seed a", "claims": ["shut-2025-a"] },', // 2
          '  { "key": "z", "label": "Seed z", "claims": ["shut-2025-z"] }', // 3
          "] } ] }",
        ),
        claims,
      ),
    );
    expect(e.message).toBe('data/charts.json:3: unknown claim id "shut-2025-z" in chart "shutdowns"');
    expect(e.line).toBe(3);
  });

  it("rejects a point citing claims that disagree, on the line of that point", () => {
    const e = dataError(() =>
      buildChartDatasets(
        spec(
          '{ "charts": [ { "id": "shutdowns", "title": "Platforms shut", "points": [', // 1
          '  { "key": "2025", "label": "2025", "claims": ["shut-2025-a", "shut-2025-b"] }', // 2
          "] } ] }",
        ),
        claims,
      ),
    );
    expect(e.message).toBe(
      'data/charts.json:2: point "2025" of chart "shutdowns" cites claims that disagree (shut-2025-a: 130 count; shut-2025-b: 22 count)',
    );
    expect(e.line).toBe(2);
  });

  it("names the line of the bad point even when its claims were cited earlier in the file", () => {
    const e = dataError(() =>
      buildChartDatasets(
        spec(
          "{", // 1
          '  "charts": [', // 2
          "    {", // 3
          '      "id": "by-seed",', // 4
          '      "title": "Platforms shut, by article",', // 5
          '      "points": [', // 6
          '        { "key": "a", "label": "Seed a", "claims": ["shut-2025-a"] },', // 7
          '        { "key": "b", "label": "Seed b", "claims": ["shut-2025-b"] }', // 8
          "      ]", // 9
          "    },", // 10
          "    {", // 11
          '      "id": "both-seeds",', // 12
          '      "title": "A second chart",', // 13
          '      "points": [', // 14
          '        { "key": "b", "label": "Seed b", "claims": ["shut-2025-b"] },', // 15
          '        { "key": "2025", "label": "2025", "claims": ["shut-2025-a", "shut-2025-b"] }', // 16
          "      ]", // 17
          "    }", // 18
          "  ]", // 19
          "}", // 20
        ),
        claims,
      ),
    );
    expect(e.line).toBe(16);
    expect(e.message).toMatch(/^data\/charts\.json:16: point "2025" of chart "both-seeds" cites claims/);
  });

  it("rejects a chart title that types a number, on the line of that chart", () => {
    const e = dataError(() =>
      buildChartDatasets(
        spec(
          '{ "charts": [', // 1
          '  { "id": "first", "title": "Platforms shut", "points": [{ "key": "a", "label": "a", "claims": ["shut-2025-a"] }] },', // 2
          '  { "id": "second", "title": "130 platforms", "points": [{ "key": "a", "label": "a", "claims": ["shut-2025-a"] }] }', // 3
          "] }",
        ),
        claims,
      ),
    );
    expect(e.message).toBe(
      'data/charts.json:3: chart "second" title types the number "130"; write {claim-id} so the value comes from the data',
    );
  });

  it("rejects a second chart with the same id, on the line of the second", () => {
    const chart =
      '{ "id": "twice", "title": "Twice", "points": [{ "key": "a", "label": "a", "claims": ["shut-2025-a"] }] }';
    const e = dataError(() =>
      buildChartDatasets(spec('{ "charts": [', `  ${chart},`, `  ${chart}`, "] }"), claims),
    );
    expect(e.message).toBe('data/charts.json:3: duplicate chart id "twice"');
  });

  it("rejects two points with the same key, on the line of the second", () => {
    const e = dataError(() =>
      buildChartDatasets(
        spec(
          '{ "charts": [ { "id": "shutdowns", "title": "Platforms shut", "points": [', // 1
          '  { "key": "a", "label": "Seed a", "claims": ["shut-2025-a"] },', // 2
          '  { "key": "a", "label": "Seed a again", "claims": ["shut-2025-a"] }', // 3
          "] } ] }",
        ),
        claims,
      ),
    );
    expect(e.message).toBe('data/charts.json:3: chart "shutdowns" has two points keyed "a"');
  });

  it.each([
    ["a bare word", '{\n  "charts": [\n    oops\n  ]\n}', 3],
    ["a missing comma", '{\n  "charts": [\n    { "id": "a" "title": "b" }\n  ]\n}', 3],
    ["a trailing comma", '{\n  "charts": [\n    {},\n  ]\n}', 4],
    ["a file cut short", '{\n  "charts": [\n', 2],
  ])("rejects text that is not JSON (%s) in one line naming the line of the fault", (_, text, line) => {
    const e = dataError(() => buildChartDatasets(text, claims));
    expect(e.line).toBe(line);
    expect(e.message).toMatch(new RegExp(`^data/charts\\.json:${line}: not valid JSON: `));
  });
});
