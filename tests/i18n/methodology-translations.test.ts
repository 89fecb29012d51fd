/**
 * The methodology in Russian and Kazakh without a build: the page's words (src/content/methodology/)
 * match the English entry for entry, and the editors' translations of the data
 * (data/translations/<locale>.csv) cover every disagreement, decision, note, correction, metric and
 * quote the English page shows. The files are read here with papaparse and yaml directly, so a bug
 * in the project's own loader cannot hide a gap.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { translationRows } from "../helpers/translation-rows.ts";
import { parse } from "yaml";
import { loadClaims, loadConflicts, loadCorrections, loadMentions } from "../../src/data/generated.ts";
import { methodologyEnglishTexts } from "../../src/components/methodology/translated-texts.ts";
import {
  dataTranslationProblems,
  parseDataTranslations,
  quoteNumbers,
} from "../../src/i18n/data-translations.ts";
import { latinNames, loadGlossary } from "../../src/i18n/glossary.ts";
import {
  caveatIn,
  fillCopy,
  fillText,
  methodologyCopyProblems,
  methodologyCopySchema,
  type MethodologyCopy,
} from "../../src/i18n/methodology-copy.ts";

const LANGS = ["ru", "kk"] as const;
const copyOf = (l: string): MethodologyCopy =>
  methodologyCopySchema.parse(parse(readFileSync(`src/content/methodology/${l}.yaml`, "utf8")));
const rowsOf = translationRows;
const claims = loadClaims();
const conflicts = loadConflicts();
const corrections = loadCorrections();
const mentions = loadMentions();
const ctxOf = (l: "ru" | "kk") => ({
  claims: new Map(claims.map((c) => [c.id, c])),
  names: latinNames(loadGlossary(), l),
});

describe("the editors' translations of the data", () => {
  it.each(LANGS)("%s has a title for every titled disagreement and a reason for every decision", (l) => {
    const rows = rowsOf(l);
    for (const k of conflicts) {
      if (k.title) expect(rows.get(`title:${k.id}`), `title:${k.id}`).toMatch(/\p{Script=Cyrillic}/u);
      if (k.decision) expect(rows.get(`reason:${k.id}`), `reason:${k.id}`).toMatch(/\p{Script=Cyrillic}/u);
    }
  });

  it.each(LANGS)("%s has a note for every claim with a note, and every correction", (l) => {
    const rows = rowsOf(l);
    for (const c of claims) if (c.note) expect(rows.get(`note:${c.id}`), `note:${c.id}`).toBeTruthy();
    for (const c of corrections)
      expect(rows.get(`correction:${c.line}`), `correction:${c.line}`).toBeTruthy();
  });

  it.each(LANGS)("%s translates every quote, writing the same numbers as the English", (l) => {
    const rows = rowsOf(l);
    for (const c of claims.filter((c) => c.quote !== null)) {
      const t = rows.get(`quote:${c.id}`);
      expect(t, c.id).toBeTruthy();
      expect(quoteNumbers(t!), c.id).toEqual(quoteNumbers(c.quote!));
    }
  });

  it.each(LANGS)("%s passes the loader's checks and covers everything the page shows, no more", (l) => {
    const tr = parseDataTranslations(
      readFileSync(`data/translations/${l}.csv`, "utf8"),
      "f.csv",
      l,
      ctxOf(l),
    );
    const english = methodologyEnglishTexts({ claims, conflicts, corrections, mentions });
    expect(dataTranslationProblems(l, tr, english)).toEqual([]);
  });

  it("quoteNumbers reads '$16.7 million' and '16,7 млн', '500,000' and '500 000' alike, but not a date and a time as one", () => {
    expect(quoteNumbers("$16.7 million")).toEqual(quoteNumbers("16,7 млн долларов"));
    expect(quoteNumbers("500,000 tenge")).toEqual(["500000"]);
    expect(quoteNumbers("500\u00a0000 тенге")).toEqual(["500000"]);
    expect(quoteNumbers("Jan 15, 2026 2:58 am")).toEqual(["15", "2", "2026", "58"]);
  });

  it("parseDataTranslations names the file and line of a bad row", () => {
    const ctx = ctxOf("ru");
    const bad = (rows: string) => () =>
      parseDataTranslations(`key,text\n${rows}`, "data/translations/ru.csv", "ru", ctx);
    expect(bad("nonsense:x,Текст\n")).toThrow(
      /^data\/translations\/ru\.csv:2: key "nonsense:x" must be one of/,
    );
    expect(bad("note:a,Текст\nnote:a,Другой\n")).toThrow(
      /^data\/translations\/ru\.csv:3: note:a is already on line 2/,
    );
    expect(bad("note:a,\n")).toThrow(/ru\.csv:2: note:a has no text/);
    expect(bad("note:a,Статья без даты (undated).\n")).toThrow(
      /ru\.csv:2: note:a leaves the English "undated"/,
    );
    expect(bad("note:a,Закрыто 130 платформ.\n")).toThrow(/ru\.csv:2: note:a types the number "130"/);
    expect(bad("quote:a,Власти закрыли shops.\n")).toThrow(/ru\.csv:2: quote:a leaves the English "shops"/);
    expect(bad('title:a,"Слова ""taken down"" без перевода"\n')).toThrow(/without the editors' translation/);
  });

  it("an excerpt may lack its translation, or outlive its sentence, since a new seed brings new ones", () => {
    const tr = new Map([["excerpt:old.txt:5", { text: "Старое", line: 2 }]]);
    expect(dataTranslationProblems("ru", tr, new Map([["excerpt:new.txt:9", "A new sentence."]]))).toEqual(
      [],
    );
  });

  it("dataTranslationProblems reports a missing row, a stale row and a quote whose numbers changed", () => {
    const tr = new Map([
      ["quote:a", { text: "закрыли 131 платформу", line: 2 }],
      ["note:gone", { text: "Старое", line: 3 }],
    ]);
    const english = new Map([
      ["quote:a", "shut 130 platforms"],
      ["title:b", "What the rule covers"],
    ]);
    expect(dataTranslationProblems("kk", tr, english)).toEqual([
      "data/translations/kk.csv:2: quote:a writes the numbers 131; the original has 130",
      'data/translations/kk.csv: no row for title:b ("What the rule covers")',
      "data/translations/kk.csv:3: note:gone translates nothing the page shows; remove it",
    ]);
  });
});

describe("the methodology page's words", () => {
  const english = copyOf("en");

  it.each(LANGS)("%s has every entry the English has, with its slots and links, and no English", (l) => {
    expect(methodologyCopyProblems(l, english, copyOf(l), latinNames(loadGlossary(), l))).toEqual([]);
  });

  it("a translation that lacks an entry, drops a slot or leaves English is reported", () => {
    const ru = structuredClone(copyOf("ru")) as unknown as Record<string, Record<string, unknown>>;
    delete ru["sections"]!["sources"];
    ru["intro"]!["disagreements"] = "Статьи расходятся во многих местах.";
    ru["toc"] = "On this page" as never;
    const problems = methodologyCopyProblems("ru", english, ru as unknown as MethodologyCopy, new Set());
    expect(problems).toContain(
      'src/content/methodology/ru.yaml: sections.sources is missing (the English has "Sources")',
    );
    expect(problems).toContain(
      "src/content/methodology/ru.yaml: intro.disagreements fills {}; the English fills {conflicts}",
    );
    expect(problems).toContain('src/content/methodology/ru.yaml: toc leaves the English "On"');
  });

  it("fillCopy writes counts in each language's style, with Russian noun forms by Intl.PluralRules", () => {
    expect(fillText("en", "{n|claim|claims}", { n: 1100 })).toBe("1,100 claims");
    expect(fillText("ru", "{n|статья|статьи|статей}", { n: 1100 })).toBe("1\u00a0100 статей");
    expect(fillText("ru", "{n|статья|статьи|статей}", { n: 21 })).toBe("21 статья");
    expect(fillText("ru", "{n|статья|статьи|статей}", { n: 3 })).toBe("3 статьи");
    expect(fillText("kk", "{n} мақала", { n: 5 })).toBe("5 мақала");
    expect(fillCopy("ru", "см. [Источники](#sources) и `id`")).toEqual([
      { text: "см. " },
      { text: "Источники", href: "#sources" },
      { text: " и " },
      { text: "id", code: true },
    ]);
    expect(() => fillText("ru", "{missing}")).toThrow(/names \{missing\}/);
  });

  it("caveatIn translates each caveat the data step writes, and refuses one it does not know", () => {
    const ru = copyOf("ru");
    expect(caveatIn("ru", "2 passages are printed twice.", ru)).toBe("2 фрагмента напечатаны дважды.");
    expect(caveatIn("ru", "1 passage is printed twice.", ru)).toBe("1 фрагмент напечатан дважды.");
    expect(
      caveatIn(
        "kk",
        'It quotes a "Cointelegraph report" and rewrites it; it is not the original reporting.',
        copyOf("kk"),
      ),
    ).toMatch(/^Мақала Cointelegraph материалынан/);
    expect(caveatIn("en", "Anything.", ru)).toBe("Anything.");
    expect(() => caveatIn("ru", "A new kind of caveat.", ru)).toThrow(/no ru words for the caveat/);
  });
});
