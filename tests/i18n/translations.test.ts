/**
 * The Russian and Kazakh story copy: the prose rules a translation is held to, the checks that it
 * matches the English file by file (ids, states, claim references) and uses the glossary, and the
 * project's own translations under all of them. The schema is the English one with the language's
 * prose checks, as src/content.config.ts hands it to Astro.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import {
  citedRefs,
  glossaryProblems,
  localeProseProblems,
  splitLocaleProse,
  translationContext,
  translationProblems,
  type TranslationContext,
} from "../../src/i18n/copy.ts";
import { latinNames, loadGlossary } from "../../src/i18n/glossary.ts";
import { chartIds, loadClaims } from "../../src/data/generated.ts";
import { chartStates } from "../../src/render/render-chart.ts";
import { storyEntrySchema, type StoryContext, type StoryEntry } from "../../src/data/story-copy.ts";

const claim = (id: string, value: number | null, unit: string | null, qualifier = "exact", period = "2025") =>
  [
    id,
    { id, value, unit, qualifier, period, source: "a.txt", iso: unit === "date" ? "2023-11" : null },
  ] as const;
const ctx = {
  claims: new Map([
    claim("shut", 130, "count"),
    claim("shut-21", 21, "count", "over"),
    claim("seized", 16_700_000, "USD"),
    claim("launch", 19662, "date", "exact", "event"),
    claim("retention", 6, "months", "at-least", "new-rule"),
    claim("rule", null, null, "exact", "new-rule"),
  ]),
  names: new Set(["HODL", "FM", "USDT"]),
} as unknown as TranslationContext;
const ru = (text: string) => localeProseProblems("ru", text, ctx);
const kk = (text: string) => localeProseProblems("kk", text, ctx);

describe("localeProseProblems(locale, text, ctx)", () => {
  it("accepts copy whose numbers are references, with counted nouns, cases and quoted originals", () => {
    expect(ru("В {shut.period} году АФМ закрыло {shut|платформу|платформы|платформ} {rule}.")).toEqual([]);
    expect(ru('Статья пишет о "last week" («на прошлой неделе»), запуск — в {launch:loc}.')).toEqual([]);
    expect(kk("{shut.period} жылы олардың саны {shut:dat} жетті; HODL FM {seized} деп жазады.")).toEqual([]);
  });

  it("rejects a typed digit and an unknown claim, as the English schema does", () => {
    expect(ru("Закрыто 130 платформ.")).toEqual([
      'types the number "130"; write {claim-id} or {claim-id.period} so it comes from the data',
    ]);
    expect(ru("Закрыто {shut-2099}.")[0]).toBe("names unknown claim {shut-2099} (not in data/claims.csv)");
  });

  it("rejects English left outside a quote, naming the word, but keeps the glossary's names", () => {
    expect(ru("АФМ закрыло {shut} exchangers.")).toEqual([
      'leaves the English "exchangers" outside a quote; translate it, or keep a name through data/glossary.csv',
    ]);
    expect(kk("HODL FM мен USDT-мен")).toEqual([]);
  });

  it("rejects a source's words quoted without the editors' translation, or Russian in straight quotes", () => {
    expect(ru('Статья пишет "last week".')).toEqual([
      `quotes "last week" without the editors' translation; follow it with («…»)`,
    ]);
    expect(ru('Статья пишет "на прошлой неделе" («на прошлой неделе»).')[0]).toMatch(/use «…»$/);
  });

  it("holds counted nouns to the language: three or four Russian forms, none in Kazakh, counts only", () => {
    expect(ru("Более {shut-21|платформы|платформ|платформ}.")).toEqual([
      "{shut-21|…}: ru needs a fourth form, the genitive singular, for a hedged 21 here (3 given)",
    ]);
    expect(ru("Более {shut-21|платформы|платформ|платформ|платформы}.")).toEqual([]);
    expect(kk("{shut|платформа} жабылды")).toEqual([
      "{shut|…}: a Kazakh noun stays singular after a number; write it after the reference",
    ]);
    expect(ru("Изъято {seized|доллар|доллара|долларов}.")[0]).toMatch(/counted nouns go with counts/);
  });

  it("lets Russian inflect only dates and durations, Kazakh any figure, each in its own cases", () => {
    expect(ru("Закрыто {shut:gen}.")[0]).toMatch(/only a date or a duration takes a case/);
    expect(ru("Хранить записи {retention:gen}.")).toEqual([]);
    expect(ru("Запущен в {launch:abl}.")[0]).toMatch(
      /ru copy may ask for the cases nom, gen, dat, loc, not "abl"/,
    );
    expect(kk("{seized:abl} асатын")).toEqual([]);
    expect(kk("{launch:gen}")[0]).toMatch(/kk copy may ask for the cases nom, dat, loc, abl/);
    // A Kazakh "more than" ends the phrase: no case fits after астам.
    expect(kk("{retention:dat}")).toEqual([]);
  });

  it("rejects {id.source}, which a translation cannot inflect yet", () => {
    expect(ru("Как пишет {shut.source}.")[0]).toMatch(/translations cannot inflect yet/);
  });
});

describe("splitLocaleProse(text)", () => {
  it("splits references with their forms and cases, and a source's quoted English words", () => {
    expect(
      splitLocaleProse('Закрыто {shut|a|b|c} в {launch:loc}: "last week" («на прошлой неделе»).'),
    ).toEqual([
      { text: "Закрыто " },
      { claim: "shut", field: "value", forms: ["a", "b", "c"] },
      { text: " в " },
      { claim: "launch", field: "value", case: "loc" },
      { text: ": " },
      { original: "last week" },
      { text: " («на прошлой неделе»)." },
    ]);
  });

  it("reads the claims a text cites the same whatever its grammar adds", () => {
    expect(citedRefs("{shut|a|b|c} {launch:loc} {shut.period} {shut}")).toEqual([
      "launch",
      "shut",
      "shut.period",
    ]);
  });
});

describe("translationProblems(locale, english, translated)", () => {
  const chapter = (over: Record<string, unknown> = {}, steps?: unknown[]) =>
    ({
      kind: "chapter",
      id: "the-crackdown",
      title: "The exchangers",
      chart: "shutdowns",
      after: [],
      steps: steps ?? [
        { id: "step-a", state: "2024", text: "They shut {shut} in {shut.period}." },
        { id: "step-b", text: "More {rule}." },
      ],
      ...over,
    }) as unknown as StoryEntry;
  const en = [{ id: "01-crackdown", data: chapter() }];
  const file = "src/content/story/ru/01-crackdown.yaml";

  it("accepts a translation with the same ids, states and references, worded its own way", () => {
    const ru = chapter({ title: "Криптообменники" }, [
      { id: "step-a", state: "2024", text: "В {shut.period} году закрыто {shut|a|b|c}." },
      { id: "step-b", text: "Ещё {rule}." },
    ]);
    expect(translationProblems("ru", en, [{ id: "01-crackdown", data: ru }])).toEqual([]);
  });

  it("fails when a locale lacks a file the English has, or has one it does not", () => {
    expect(translationProblems("ru", en, [])).toEqual([
      `${file} is missing: translate src/content/story/01-crackdown.yaml`,
    ]);
    expect(
      translationProblems("kk", en, [...en.map((e) => ({ ...e })), { id: "09-extra", data: chapter() }]),
    ).toEqual(["src/content/story/kk/09-extra.yaml: no English file src/content/story/09-extra.yaml"]);
  });

  it("fails when a step id, a state or a step is missing or changed", () => {
    const renamed = chapter({}, [
      { id: "step-x", state: "2025", text: "They shut {shut} in {shut.period}." },
      { id: "step-b", text: "More {rule}." },
    ]);
    expect(translationProblems("ru", en, [{ id: "01-crackdown", data: renamed }])).toEqual([
      `${file}: steps.0.id is "step-x", the English "step-a"`,
      `${file}: steps.0.state is "2025", the English "2024"`,
    ]);
    const short = chapter({}, [{ id: "step-a", state: "2024", text: "They shut {shut} in {shut.period}." }]);
    expect(translationProblems("ru", en, [{ id: "01-crackdown", data: short }])).toEqual([
      `${file}: steps.1.id is missing`,
      `${file}: steps.1.text is missing`,
    ]);
  });

  it("fails when a piece of copy drops or adds a claim reference", () => {
    const dropped = chapter({}, [
      { id: "step-a", state: "2024", text: "Закрыто {shut}." },
      { id: "step-b", text: "Ещё {rule} и {seized}." },
    ]);
    expect(translationProblems("ru", en, [{ id: "01-crackdown", data: dropped }])).toEqual([
      `${file}: steps.0.text cites {shut}; the English cites {shut} {shut.period}`,
      `${file}: steps.1.text cites {rule} {seized}; the English cites {rule}`,
    ]);
  });
});

describe("the project's translations, src/content/story/{ru,kk}/", () => {
  const claims = new Map(loadClaims().map((c) => [c.id, c]));
  const base: StoryContext = {
    claims,
    charts: new Set(chartIds()),
    statesOf: (id) => (chartIds().includes(id) ? chartStates(id) : null),
  };
  const glossary = loadGlossary();
  const read = (dir: string) =>
    readdirSync(dir)
      .filter((f) => f.endsWith(".yaml"))
      .sort()
      .map((f) => ({
        id: f.replace(/\.yaml$/, ""),
        raw: parse(readFileSync(join(dir, f), "utf8")) as unknown,
      }));
  const english = read("src/content/story").map(({ id, raw }) => ({
    id,
    data: storyEntrySchema(base).parse(raw) as StoryEntry,
  }));

  for (const locale of ["ru", "kk"] as const) {
    const schema = storyEntrySchema(
      translationContext(locale, base, { claims, names: latinNames(glossary, locale) }),
    );
    const translated = read(`src/content/story/${locale}`);

    it(`${locale}: every file passes the story's schema with the language's prose checks`, () => {
      const issues = translated.flatMap(({ id, raw }) => {
        const result = schema.safeParse(raw);
        return result.success
          ? []
          : result.error.issues.map((i) => `${id}: ${i.path.join(".")}: ${i.message}`);
      });
      expect(issues).toEqual([]);
    });

    it(`${locale}: every English file is translated, with the same ids, states and claim references`, () => {
      expect(english.length).toBeGreaterThan(0);
      const parsed = translated.map(({ id, raw }) => ({ id, data: schema.parse(raw) as StoryEntry }));
      expect(translationProblems(locale, english, parsed)).toEqual([]);
    });

    it(`${locale}: every name and term the English uses comes out as the glossary has it`, () => {
      const parsed = translated.map(({ id, raw }) => ({ id, data: schema.parse(raw) as StoryEntry }));
      expect(glossaryProblems(locale, english, parsed, glossary)).toEqual([]);
    });
  }
});
