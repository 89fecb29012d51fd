import { describe, expect, it } from "vitest";
import {
  GLOSSARY_COLUMNS,
  latinNames,
  loadGlossary,
  parseGlossary,
  termsIn,
  usesTerm,
  type GlossaryTerm,
} from "../../src/i18n/glossary.ts";
import { DataError } from "../../src/pipeline/errors.ts";

const HEADER = GLOSSARY_COLUMNS.join(",");
const csv = (...rows: string[]) => [HEADER, ...rows, ""].join("\n");
const AFM =
  "afm,Financial Monitoring Agency (AFM),Агентство по финансовому мониторингу (АФМ),Қаржылық мониторинг агенттігі (ҚМА),";

/** The one-line message parseGlossary throws for `text`. */
function errorOf(text: string): string {
  try {
    parseGlossary(text);
  } catch (e) {
    expect(e).toBeInstanceOf(DataError);
    return (e as Error).message;
  }
  throw new Error("parseGlossary accepted the file");
}

describe("parseGlossary(text)", () => {
  it("reads each row's forms and the line it is on", () => {
    const [term] = parseGlossary(csv(AFM));
    expect(term).toEqual({
      id: "afm",
      en: "Financial Monitoring Agency (AFM)",
      ru: "Агентство по финансовому мониторингу (АФМ)",
      kk: "Қаржылық мониторинг агенттігі (ҚМА)",
      note: "",
      line: 2,
    });
  });

  it("keeps a name in its own script when the translation repeats the English exactly", () => {
    expect(parseGlossary(csv("hodl-fm,HODL FM,HODL FM,HODL FM,An outlet."))[0]!.ru).toBe("HODL FM");
  });

  it("fails on a translation left in Latin letters, naming the file, line and column", () => {
    expect(errorOf(csv(AFM, "exchanger,exchanger,exchanger,криптовалюта айырбастау пункті,"))).toBe(
      'data/glossary.csv:3: ru "exchanger" has no Cyrillic letters: translate it, or keep a name exactly as en writes it',
    );
    expect(errorOf(csv("usdt,USDT,USDT,ЮСДТ,", "bybit,Bybit,Bybit,BYBIT,"))).toMatch(
      /^data\/glossary\.csv:3: kk "BYBIT" has no Cyrillic letters/,
    );
  });

  it("fails on an empty form, a digit, stray brackets or a bad id", () => {
    expect(errorOf(csv("iin,IIN,ИИН,,"))).toBe("data/glossary.csv:2: kk is empty");
    expect(errorOf(csv("g20,G20,Группа 20,Жиырмалық топ,"))).toMatch(
      /^data\/glossary\.csv:2: en may not contain digits/,
    );
    expect(errorOf(csv("aifc,AIFC (Astana) centre,МФЦА,АХҚО,"))).toMatch(
      /^data\/glossary\.csv:2: en may end in one bracketed/,
    );
    expect(errorOf(csv("Cash_Out,cash-out network,сеть обналичивания,желі,"))).toMatch(
      /^data\/glossary\.csv:2: id must be kebab-case/,
    );
  });

  it("fails on an id or an English term listed twice, naming the first line", () => {
    expect(errorOf(csv(AFM, "tenge,tenge,тенге,теңге,", AFM))).toBe(
      'data/glossary.csv:4: id "afm" is already on line 2',
    );
    expect(errorOf(csv("tenge,tenge,тенге,теңге,", "kzt,Tenge,тенге,теңге,"))).toBe(
      'data/glossary.csv:3: en "Tenge" is already on line 2',
    );
  });

  it("fails on a header without the glossary's columns", () => {
    expect(errorOf("id,en,ru,note\nafm,AFM,АФМ,\n")).toMatch(
      /^data\/glossary\.csv:1: header must name the columns/,
    );
  });
});

describe("the project's glossary, data/glossary.csv", () => {
  const glossary = loadGlossary();
  const term = (id: string) => glossary.find((t) => t.id === id);

  it("names the terms issue #13 lists, in the official forms it gives", () => {
    for (const id of [
      "afm",
      "afsa",
      "aifc",
      "national-bank",
      "iin",
      "exchanger",
      "exchange",
      "cash-out-network",
    ])
      expect(term(id), id).toBeDefined();
    expect(term("afm")!.ru).toBe("Агентство Республики Казахстан по финансовому мониторингу (АФМ)");
    expect(term("afm")!.kk).toBe("Қазақстан Республикасының Қаржылық мониторинг агенттігі (ҚМА)");
    expect(term("aifc")!.ru).toMatch(/\(МФЦА\)$/);
    expect(term("aifc")!.kk).toMatch(/\(АХҚО\)$/);
    expect(term("iin")!.ru).toMatch(/\(ИИН\)$/);
    expect(term("iin")!.kk).toMatch(/\(ЖСН\)$/);
  });

  it("tells exchangers from exchanges in every language", () => {
    const exchanger = term("exchanger")!;
    const exchange = term("exchange")!;
    for (const lang of ["ru", "kk"] as const) {
      expect(exchanger[lang]).not.toBe(exchange[lang]);
      expect(usesTerm(exchanger[lang], exchange, lang), lang).toBe(false);
      expect(usesTerm(exchange[lang], exchanger, lang), lang).toBe(false);
    }
  });
});

describe("termsIn(text, glossary) and usesTerm(text, term, lang)", () => {
  const glossary: GlossaryTerm[] = parseGlossary(
    csv(
      AFM,
      "exchanger,exchanger,криптообменник,криптовалюта айырбастау пункті,",
      "exchange,exchange,биржа,биржа,",
      "office,currency exchange office,пункт обмена валюты,валюта айырбастау пункті,",
      "cash-out,cash-out network,сеть обналичивания,қолма-қол ақшаға айналдыру желісі,",
      "hodl-fm,HODL FM,HODL FM,HODL FM,",
      "shell-firm,shell firm,фирма-однодневка,бір күндік фирма,",
    ),
  );
  const [afm, exchanger, exchange, , cashOut, , shellFirm] = glossary as [GlossaryTerm, ...GlossaryTerm[]];

  it("finds English terms by their full name or abbreviation, in the plural and the possessive", () => {
    expect(termsIn("Kazakhstan's Financial Monitoring Agency (AFM) says", glossary)).toEqual(
      new Set(["afm"]),
    );
    expect(termsIn("the AFM's deputy chairman", glossary)).toEqual(new Set(["afm"]));
    expect(termsIn("crypto exchangers and centralised exchanges", glossary)).toEqual(
      new Set(["exchanger", "exchange"]),
    );
  });

  it("reads the longest term first: 'currency exchange offices' is not also an exchange", () => {
    expect(termsIn("they work like currency exchange offices", glossary)).toEqual(new Set(["office"]));
  });

  it("finds Russian terms in any case ending, and Kazakh terms with any suffix", () => {
    expect(usesTerm("сотрудники Агентства по финансовому мониторингу", afm, "ru")).toBe(true);
    expect(usesTerm("по данным АФМ", afm, "ru")).toBe(true);
    expect(usesTerm("ҚМА-ның мәліметінше", afm, "kk")).toBe(true);
    expect(usesTerm("выявлено подпольных сетей обналичивания", cashOut, "ru")).toBe(true);
    expect(usesTerm("қолма-қол ақшаға айналдыру желілерін анықтады", cashOut, "kk")).toBe(true);
    expect(usesTerm("жабылған криптовалюта айырбастау пункттері", exchanger, "kk")).toBe(true);
    // Both halves of a hyphenated compound inflect.
    expect(usesTerm("регистрацию фирм-однодневок", shellFirm!, "ru")).toBe(true);
  });

  it("does not take an exchanger for an exchange, or a word that merely contains a term", () => {
    expect(usesTerm("закрыло криптообменники", exchange!, "ru")).toBe(false);
    expect(usesTerm("централизованные биржи", exchanger!, "ru")).toBe(false);
    expect(usesTerm("the AFMA said", afm, "en")).toBe(false);
  });

  it("lists the Latin-script words a translation may keep: names and abbreviations", () => {
    expect(latinNames(glossary, "ru")).toEqual(new Set(["HODL", "FM"]));
  });
});
