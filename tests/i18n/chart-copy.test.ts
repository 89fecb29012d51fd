/**
 * The charts' Russian and Kazakh copy (data/charts.<locale>.json): complete for every chart the
 * English has, and held to the same rules as the story's translations, each failure one line with
 * the file, line and key.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseChartCopy, periodName, type EnglishChart } from "../../src/i18n/chart-copy.ts";
import type { TranslationContext } from "../../src/i18n/copy.ts";
import { loadGlossary } from "../../src/i18n/glossary.ts";
import { TRANSLATED } from "../../src/i18n/locales.ts";
import { chartCopy, chartData, chartDataIds } from "../charts/helpers.ts";

describe("the project's chart translations", () => {
  const spec = JSON.parse(readFileSync("data/charts.json", "utf8")) as {
    charts: { id: string; notes: string[]; points: { key: string }[] }[];
  };

  it.each(TRANSLATED)(
    "data/charts.%s.json translates every chart in data/charts.json: title, each note and each point's label",
    (locale) => {
      const copy = chartCopy(locale);
      expect([...copy.keys()].sort()).toEqual(spec.charts.map((c) => c.id).sort());
      for (const chart of spec.charts) {
        const c = copy.get(chart.id)!;
        expect(c.title, chart.id).toMatch(/\p{Script=Cyrillic}/u);
        expect(c.notes, chart.id).toHaveLength(chart.notes.length);
        expect(Object.keys(c.labels).sort(), chart.id).toEqual(chart.points.map((p) => p.key).sort());
      }
    },
  );

  it.each(TRANSLATED)("every compiled chart has %s copy, and every period it shows has a name", (locale) => {
    for (const id of chartDataIds()) {
      expect(chartCopy(locale).has(id), id).toBe(true);
      for (const p of chartData(id).points) expect(periodName(locale, p.period)).not.toBe("");
    }
  });
});

describe("parseChartCopy(locale, text, english, ctx, glossary)", () => {
  const english: EnglishChart[] = [
    {
      id: "shut",
      title: "The AFM shut crypto exchangers",
      subtitle: "",
      notes: ["One article gives {shut-2025} instead."],
      points: [
        { key: "2025", label: "2025" },
        { key: "other", label: "Other platforms" },
      ],
    },
  ];
  const ctx = {
    claims: new Map([
      ["shut-2025", { id: "shut-2025", value: 130, unit: "count", qualifier: "exact", period: "2025" }],
    ]),
    names: new Set(["USDT"]),
  } as unknown as TranslationContext;
  const glossary = loadGlossary();
  const good = {
    title: "АФМ закрыло криптообменники",
    subtitle: "",
    notes: ["Одна статья называет вместо этого {shut-2025}."],
    labels: { "2025": "2025", other: "Другие платформы" },
  };
  /** The file as an editor would write it, pretty-printed, with `change` applied to the one chart. */
  const file = (change: (c: Record<string, unknown>) => void = () => {}, extra: object = {}) => {
    const chart = structuredClone(good) as Record<string, unknown>;
    change(chart);
    return JSON.stringify({ charts: { shut: chart, ...extra } }, null, 2);
  };
  const parse = (text: string) => parseChartCopy("ru", text, english, ctx, glossary, "data/charts.ru.json");

  it("reads a complete translation", () => {
    expect(parse(file()).get("shut")).toEqual(good);
  });

  it("fails on a chart the English lacks, naming its line", () => {
    expect(() => parse(file(undefined, { gone: good }))).toThrow(
      /^data\/charts\.ru\.json:\d+: chart "gone" is not in data\/charts\.json; remove it or fix its id$/,
    );
    const text = file(undefined, { gone: good });
    const line = text.split("\n").findIndex((l) => l.includes('"gone":')) + 1;
    expect(() => parse(text)).toThrow(`data/charts.ru.json:${line}:`);
  });

  it("fails on a missing chart", () => {
    expect(() => parse(JSON.stringify({ charts: {} }))).toThrow(
      'data/charts.ru.json:1: chart "shut" is missing: translate it from data/charts.json',
    );
  });

  it("fails on a missing or an extra label, naming the point", () => {
    expect(() => parse(file((c) => delete (c.labels as Record<string, string>)["other"]))).toThrow(
      /^data\/charts\.ru\.json:\d+: chart "shut" has no label for its point "other" \("Other platforms"\)$/,
    );
    const text = file((c) => ((c.labels as Record<string, string>)["extra"] = "Лишнее"));
    const line = text.split("\n").findIndex((l) => l.includes('"extra":')) + 1;
    expect(() => parse(text)).toThrow(
      `data/charts.ru.json:${line}: chart "shut" labels a point "extra" the chart does not have`,
    );
  });

  it("fails when the notes do not match the English one for one", () => {
    expect(() => parse(file((c) => (c.notes = [])))).toThrow(
      /: chart "shut" has 0 notes; the English has 1, one for each$/,
    );
  });

  it("fails on a typed number, a reference the English does not make, and English left in the copy", () => {
    expect(() => parse(file((c) => (c.notes = ["Одна статья называет 130."])))).toThrow(
      /: chart "shut" notes\.0 types the number "130\."/,
    );
    expect(() => parse(file((c) => (c.notes = ["Одна статья называет другую цифру."])))).toThrow(
      /: chart "shut" notes\.0 cites nothing; the English cites \{shut-2025\}$/,
    );
    expect(() => parse(file((c) => (c.title = "АФМ закрыло exchangers")))).toThrow(
      /: chart "shut" title leaves the English "exchangers" outside a quote/,
    );
  });

  it("fails on a glossary term written otherwise: exchangers are never биржи", () => {
    expect(() => parse(file((c) => (c.title = "АФМ закрыло биржи")))).toThrow(
      /: chart "shut" title does not use the glossary's "криптообменник" for "exchanger" \(data\/glossary\.csv:\d+\)$/,
    );
  });

  it("lets a label repeat the English label's digits, and no others", () => {
    expect(() => parse(file((c) => ((c.labels as Record<string, string>)["2025"] = "2024")))).toThrow(
      /: chart "shut" label "2025" writes the digits 2024; the English label has 2025$/,
    );
    expect(() =>
      parse(file((c) => ((c.labels as Record<string, string>)["other"] = "Ещё 3 платформы"))),
    ).toThrow(/label "other" writes the digits 3; the English label has none$/);
  });

  it("fails on JSON that does not parse, or a field of the wrong shape, with the line", () => {
    expect(() => parse('{\n  "charts": {\n    "shut": {,\n')).toThrow(
      /^data\/charts\.ru\.json:3: not valid JSON/,
    );
    expect(() => parse(file((c) => (c.title = "")))).toThrow(
      /^data\/charts\.ru\.json:\d+: charts\.shut\.title is empty$/,
    );
  });
});
