import Papa from "papaparse";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import type { ClaimRecord } from "../../src/data/generated.ts";
import { CHART_ROW_COLUMNS, chartRows, toCsv } from "../../src/data/download-tables.ts";
import { zip } from "../../src/shared/zip.ts";
import { SCHEMA_VERSION, type ChartDataset } from "../../src/pipeline/schema.ts";

const claim = (id: string, value: number, quote: string | null): ClaimRecord => ({
  id,
  metric: "m",
  period: "2025",
  value,
  unit: "USD",
  qualifier: "exact",
  iso: null,
  source: quote ? "a.txt" : null,
  quote,
  note: "",
  formula: quote ? null : "x - y",
  inputs: [],
  mention: null,
  asWritten: null,
  quoteStart: null,
  quoteEnd: null,
  line: 2,
  conflicts: [],
});

const chart: ChartDataset = {
  schemaVersion: SCHEMA_VERSION,
  id: "c",
  title: "T",
  subtitle: "",
  notes: [],
  points: [
    {
      key: "k1",
      label: "Seized",
      group: null,
      metric: "m",
      period: "2025",
      value: 16_700_000,
      unit: "USD",
      qualifier: "exact",
      iso: null,
      asWritten: "$16.7 million",
      formula: null,
      claims: ["a", "b"],
      sources: [],
    },
    {
      key: "k2",
      label: "Derived",
      group: "usd",
      metric: "m",
      period: "2025",
      value: 2,
      unit: "USD",
      qualifier: "exact",
      iso: null,
      asWritten: null,
      formula: "x - y",
      claims: ["d"],
      sources: [],
    },
  ],
};

const claims = new Map([
  ["a", claim("a", 16_700_000, 'He said, "seized $16.7 million",\nthen left.')],
  ["b", claim("b", 16_700_000, "around $16.7 million")],
  ["d", claim("d", 2, null)],
]);

describe("chartRows and toCsv", () => {
  it("writes a date as the article states it (2023-11), never as a count of days", () => {
    const launched: ClaimRecord = {
      ...claim("t", 19_662, "launched in November 2023"),
      unit: "date",
      iso: "2023-11",
      period: "event",
    };
    const timeline: ChartDataset = {
      ...chart,
      points: [
        { ...chart.points[0]!, key: "tenge", value: 19_662, unit: "date", iso: "2023-11", claims: ["t"] },
      ],
    };
    const rows = chartRows(timeline, new Map([["t", launched]]));
    expect(rows.map((r) => r.value)).toEqual(["2023-11"]);
    expect(toCsv(rows, CHART_ROW_COLUMNS)).toContain(",2023-11,date,");
  });

  it("chartRows gives one row per point and claim, each with its source and exact quote", () => {
    const rows = chartRows(chart, claims);
    expect(rows.map((r) => [r.key, r.claim, r.source])).toEqual([
      ["k1", "a", "a.txt"],
      ["k1", "b", "a.txt"],
      ["k2", "d", ""],
    ]);
    expect(rows[0]!.quote).toBe('He said, "seized $16.7 million",\nthen left.');
    expect(rows[2]!.formula).toBe("x - y");
  });

  it("parsing the CSV with papaparse gives back the JSON rows, quotes, commas and newlines included", () => {
    const rows = chartRows(chart, claims);
    const csv = toCsv(rows, CHART_ROW_COLUMNS);
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.map((r) => ({ ...r, value: Number(r["value"]) }))).toEqual(
      JSON.parse(JSON.stringify(rows)),
    );
  });

  it("chartRows refuses a point that cites a claim that does not exist", () => {
    expect(() => chartRows({ ...chart, points: [{ ...chart.points[0]!, claims: ["zz"] }] }, claims)).toThrow(
      /zz/,
    );
  });
});

describe("zip", () => {
  it("writes an archive that unzip lists and extracts byte for byte", { timeout: 60_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), "zip-"));
    const archive = join(dir, "a.zip");
    writeFileSync(
      archive,
      zip([
        { name: "README.md", data: "# hi\n" },
        { name: "data/ünï.csv", data: "a,b\n1,2\n" },
      ]),
    );
    const listing = execFileSync(
      "python3",
      [
        "-c",
        `import zipfile,sys;z=zipfile.ZipFile(sys.argv[1]);print(z.testzip());print([(i.filename,z.read(i).decode()) for i in z.infolist()])`,
        archive,
      ],
      { encoding: "utf8" },
    );
    expect(listing).toBe("None\n[('README.md', '# hi\\n'), ('data/ünï.csv', 'a,b\\n1,2\\n')]\n");
  });

  it("stamps every entry 1980-01-01 12:00, whatever the clock says", () => {
    const files = [
      { name: "README.md", data: "# hi\n" },
      { name: "claims.csv", data: "a,b\n1,2\n" },
    ];
    vi.useFakeTimers({ now: new Date("2031-07-09T23:59:59Z") });
    const later = zip(files);
    vi.useRealTimers();
    expect(Buffer.from(later).equals(Buffer.from(zip(files)))).toBe(true);
    // Each local header: DOS time at offset 10 (12:00:00 = 12 << 11), date at 12 (1980-01-01 = 1 << 5 | 1).
    const view = new DataView(later.buffer);
    let at = 0;
    const stamps: number[][] = [];
    while (view.getUint32(at, true) === 0x04034b50) {
      stamps.push([view.getUint16(at + 10, true), view.getUint16(at + 12, true)]);
      at +=
        30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true) + view.getUint32(at + 18, true);
    }
    expect(stamps).toEqual([
      [12 << 11, (1 << 5) | 1],
      [12 << 11, (1 << 5) | 1],
    ]);
  });

  // Each zone needs a process of its own (the zone is read at start-up): a child takes a few seconds
  // to start on a loaded machine, hence the limit.
  it("gives the same bytes in every time zone", { timeout: 60_000 }, () => {
    const files = [{ name: "a.csv", data: "x,y\n" }];
    const script = `import { zip } from "./src/shared/zip.ts";
      process.stdout.write(Buffer.from(zip(${JSON.stringify(files)})).toString("hex"));`;
    const inZone = (TZ: string) =>
      execFileSync(process.execPath, ["--input-type=module", "-e", script], {
        encoding: "utf8",
        env: { ...process.env, TZ },
      });
    expect(process.env.TZ).toBe("UTC");
    const utc = Buffer.from(zip(files)).toString("hex");
    expect(utc).toMatch(/^504b0304/);
    expect(inZone("Pacific/Kiritimati")).toBe(utc);
    expect(inZone("America/Los_Angeles")).toBe(utc);
  });

  it("refuses two entries with one name", () => {
    expect(() =>
      zip([
        { name: "a", data: "1" },
        { name: "a", data: "2" },
      ]),
    ).toThrow(/two entries named "a"/);
  });
});
