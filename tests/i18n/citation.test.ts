/** Translated copy as plain text, and the popover's values and arithmetic in Russian and Kazakh. */
import { describe, expect, it } from "vitest";
import { citationIn, conflictValuesIn, plainTextIn } from "../../src/i18n/citation.ts";
import type { ClaimRecord, SourceRecord } from "../../src/data/generated.ts";
import type { Conflict } from "../../src/pipeline/types.ts";

const nb = (s: string) => s.replaceAll("·", "\u00a0");

const claim = (over: Partial<ClaimRecord>): ClaimRecord => ({
  id: "x",
  metric: "m",
  period: "2025",
  value: null,
  unit: null,
  qualifier: "exact",
  iso: null,
  source: null,
  quote: null,
  note: "",
  formula: null,
  inputs: [],
  mention: null,
  asWritten: null,
  quoteStart: null,
  quoteEnd: null,
  line: 2,
  conflicts: [],
  ...over,
});

const claims = new Map(
  [
    claim({ id: "shut", value: 130, unit: "count" }),
    claim({ id: "launch", value: 19662, unit: "date", iso: "2023-11", period: "event" }),
    claim({ id: "atm-total", value: 13.2e12, unit: "KZT", qualifier: "over" }),
    claim({ id: "atm-rise", value: 1e12, unit: "KZT" }),
    claim({ id: "earlier", value: 12.2e12, unit: "KZT", qualifier: "over", formula: "atm-total - atm-rise" }),
  ].map((c) => [c.id, c]),
);

describe("plainTextIn(locale, text, claims)", () => {
  it("renders counted nouns, cases and a source's quoted words as a reader reads them", () => {
    expect(
      plainTextIn(
        "ru",
        'В {shut.period} году закрыто {shut|платформа|платформы|платформ}, запуск — в {launch:loc}: "last week" («на прошлой неделе»).',
        claims,
      ),
    ).toBe(
      nb("В 2025 году закрыто 130·платформ, запуск — в ноябре·2023·года: “last week” («на прошлой неделе»)."),
    );
    expect(plainTextIn("kk", "{launch:loc} іске қосылған; {atm-total}", claims)).toBe(
      nb("2023·жылғы·қарашада іске қосылған; 13,2·трлн·теңгеден·астам"),
    );
  });

  it("is the English plainText for English copy", () => {
    expect(plainTextIn("en", "They shut {shut} in {shut.period}.", claims)).toBe("They shut 130 in 2025.");
  });
});

describe("conflictValuesIn(locale, conflict)", () => {
  const conflict = (items: { value: number | null; unit: "KZT" | null }[]) =>
    ({
      id: "value:topup:new-rule",
      kind: "value",
      items: items.map((i, n) => ({ claim: `c${n}`, qualifier: "exact", iso: null, ...i })),
    }) as unknown as Conflict;

  it("lists the distinct values from smallest to largest, joined as each language joins a list", () => {
    const values = conflict([
      { value: 500_000, unit: "KZT" },
      { value: 420_000, unit: "KZT" },
      { value: 500_000, unit: "KZT" },
    ]);
    expect(conflictValuesIn("ru", values)).toBe(nb("420·000·тенге и 500·000·тенге"));
    expect(conflictValuesIn("kk", values)).toBe(nb("420·000·теңге және 500·000·теңге"));
  });

  it("speaks of different accounts when the sources disagree in words, not figures", () => {
    const statements = conflict([
      { value: null, unit: null },
      { value: null, unit: null },
    ]);
    expect(conflictValuesIn("ru", statements)).toBe("разные версии");
    expect(conflictValuesIn("kk", statements)).toBe("әртүрлі мәліметтер");
  });
});

describe("citationIn(locale, id, data)", () => {
  const data = {
    claims,
    sources: new Map<string, SourceRecord>(),
    conflicts: new Map<string, Conflict>(),
  };

  it("writes our arithmetic in the language's words over its values", () => {
    expect(citationIn("ru", "earlier", data).derivation).toBe(nb("более·13,2·трлн·тенге минус 1·трлн·тенге"));
    expect(citationIn("kk", "earlier", data).derivation).toBe(nb("13,2·трлн·теңгеден·астам − 1·трлн·теңге"));
    expect(citationIn("en", "earlier", data).derivation).toBe(
      "more than 13.2 trillion tenge less 1 trillion tenge",
    );
  });

  it("shows the value in the language", () => {
    expect(citationIn("ru", "atm-total", data).text).toBe(nb("более·13,2·трлн·тенге"));
    expect(citationIn("en", "atm-total", data).text).toBe("more than 13.2 trillion tenge");
  });
});
