/**
 * Expected strings are written by hand from how Russian and Kazakh news copy writes figures, with
 * "·" standing for the non-breaking space that holds a figure together.
 */
import { describe, expect, it } from "vitest";
import {
  countedNoun,
  formatClaimIn,
  formatDateIn,
  formatValueIn,
  kazakhEnding,
  listIn,
  withKazakhEnding,
} from "../../src/i18n/format.ts";
import { loadClaims } from "../../src/data/generated.ts";
import { formatClaimValue } from "../../src/shared/format.ts";
import { shownNumber, shownTolerance } from "../helpers/locale-values.ts";

const nb = (s: string) => s.replaceAll("·", "\u00a0");

describe("formatValueIn('en', …) is today's English", () => {
  it("writes the same strings as before", () => {
    expect(formatValueIn("en", 16_700_000, "USD")).toBe("$16.7 million");
    expect(formatValueIn("en", 13_200_000_000_000, "KZT", { qualifier: "over" })).toBe(
      "more than 13.2 trillion tenge",
    );
    expect(formatValueIn("en", 24_000_000_000, "KZT", { compact: true })).toBe("₸24B");
    expect(formatDateIn("en", "2023-11", "loc")).toBe("November 2023");
  });

  it("gives every claim the value src/shared/format.ts gives it", () => {
    for (const c of loadClaims()) expect(formatClaimIn("en", c), c.id).toBe(formatClaimValue(c));
  });
});

describe("formatValueIn('ru', …)", () => {
  const ru = formatValueIn.bind(null, "ru");

  it("writes tenge with a decimal comma and the scale abbreviated, ₸ after the figure when compact", () => {
    expect(ru(13_200_000_000_000, "KZT")).toBe(nb("13,2·трлн·тенге"));
    expect(ru(13_200_000_000_000, "KZT", { compact: true })).toBe(nb("13,2·трлн·₸"));
    expect(ru(500_000, "KZT")).toBe(nb("500·000·тенге"));
    expect(ru(1_000_000_000_000, "KZT")).toBe(nb("1·трлн·тенге"));
  });

  it("writes dollars with the sign in front of the figure", () => {
    expect(ru(24_100_000_000, "USD")).toBe(nb("$24,1·млрд"));
    expect(ru(16_700_000, "USD")).toBe(nb("$16,7·млн"));
    expect(ru(642_000, "USD")).toBe(nb("$642·000"));
    expect(ru(913, "USD")).toBe("$913");
  });

  it("writes USDT and counts after the figure, and percentages with Intl's space", () => {
    expect(ru(4_800_000, "USDT")).toBe(nb("4,8·млн·USDT"));
    expect(ru(545_000, "USDT")).toBe(nb("545·000·USDT"));
    expect(ru(3600, "count")).toBe(nb("3·600"));
    expect(ru(130, "count")).toBe("130");
    expect(ru(5, "percent")).toBe(nb("5·%"));
  });

  it("puts the hedge in front: более, не менее, около, менее, до", () => {
    expect(ru(13_200_000_000_000, "KZT", { qualifier: "over" })).toBe(nb("более·13,2·трлн·тенге"));
    expect(ru(1100, "count", { qualifier: "at-least" })).toBe(nb("не·менее·1·100"));
    expect(ru(16_700_000, "USD", { qualifier: "about" })).toBe(nb("около·$16,7·млн"));
    expect(ru(5, "percent", { qualifier: "under" })).toBe(nb("менее·5·%"));
    expect(ru(6, "months", { qualifier: "at-most" })).toBe(nb("до·6·месяцев"));
  });

  it("agrees a duration with its number, and puts it in the genitive after a hedge", () => {
    expect(ru(1, "months")).toBe(nb("1·месяц"));
    expect(ru(2, "months")).toBe(nb("2·месяца"));
    expect(ru(6, "months")).toBe(nb("6·месяцев"));
    expect(ru(21, "months")).toBe(nb("21·месяц"));
    expect(ru(11, "months")).toBe(nb("11·месяцев"));
    expect(ru(5, "years")).toBe(nb("5·лет"));
    expect(ru(3, "days")).toBe(nb("3·дня"));
    expect(ru(6, "months", { qualifier: "at-least" })).toBe(nb("не·менее·6·месяцев"));
    expect(ru(1, "months", { qualifier: "at-least" })).toBe(nb("не·менее·1·месяца"));
    expect(ru(2, "years", { qualifier: "over" })).toBe(nb("более·2·лет"));
    expect(ru(1, "weeks", { case: "gen" })).toBe(nb("1·недели"));
  });

  it("writes a year as it is, without a thousands space", () => {
    expect(ru(2021, "year")).toBe("2021");
  });
});

describe("formatValueIn('kk', …)", () => {
  const kk = formatValueIn.bind(null, "kk");

  it("writes tenge and dollars after the figure in words, signs only when compact", () => {
    expect(kk(13_200_000_000_000, "KZT")).toBe(nb("13,2·трлн·теңге"));
    expect(kk(13_200_000_000_000, "KZT", { compact: true })).toBe(nb("13,2·трлн·₸"));
    expect(kk(24_100_000_000, "USD")).toBe(nb("24,1·млрд·доллар"));
    expect(kk(24_100_000_000, "USD", { compact: true })).toBe(nb("$24,1·млрд"));
    expect(kk(913, "USD")).toBe(nb("913·доллар"));
    expect(kk(4_800_000, "USDT")).toBe(nb("4,8·млн·USDT"));
    expect(kk(5, "percent")).toBe("5%");
  });

  it("keeps the noun of a duration singular after any number", () => {
    expect(kk(6, "months")).toBe(nb("6·ай"));
    expect(kk(1, "months")).toBe(nb("1·ай"));
    expect(kk(30, "days")).toBe(nb("30·күн"));
  });

  it("hedges 'about' and 'at least' before the figure: шамамен, кемінде", () => {
    expect(kk(16_700_000, "USD", { qualifier: "about" })).toBe(nb("шамамен·16,7·млн·доллар"));
    expect(kk(1100, "count", { qualifier: "at-least" })).toBe(nb("кемінде·1·100"));
    expect(kk(6, "months", { qualifier: "at-least" })).toBe(nb("кемінде·6·ай"));
  });

  it("hedges 'more than' after the figure, with the ablative on its last word: …дан/ден/тан/тен/нан/нен астам", () => {
    expect(kk(13_200_000_000_000, "KZT", { qualifier: "over" })).toBe(nb("13,2·трлн·теңгеден·астам"));
    expect(kk(100_000_000, "USD", { qualifier: "over" })).toBe(nb("100·млн·доллардан·астам"));
    expect(kk(24_000_000_000, "KZT", { qualifier: "over", compact: true })).toBe(nb("24·млрд·₸-ден·астам"));
    // A bare figure takes the ending of its last word read aloud, after a hyphen.
    expect(kk(3500, "count", { qualifier: "over" })).toBe(nb("3·500-ден·астам")); // …бес жүз
    expect(kk(192_000, "count", { qualifier: "over" })).toBe(nb("192·000-нан·астам")); // …мың
    expect(kk(36, "count", { qualifier: "over" })).toBe(nb("36-дан·астам")); // отыз алты
    expect(kk(40, "count", { qualifier: "over" })).toBe(nb("40-тан·астам")); // қырық
    expect(kk(50, "count", { qualifier: "over" })).toBe(nb("50-ден·астам")); // елу
    expect(kk(80, "count", { qualifier: "over" })).toBe(nb("80-нен·астам")); // сексен
    expect(kk(13, "count", { qualifier: "over" })).toBe(nb("13-тен·астам")); // он үш
  });

  it("hedges 'less than' with the ablative and аз, 'up to' with the dative and дейін", () => {
    expect(kk(5, "percent", { qualifier: "under" })).toBe(nb("5%-дан·аз")); // пайыздан
    expect(kk(6, "months", { qualifier: "at-most" })).toBe(nb("6·айға·дейін"));
    expect(kk(1_500_000, "count", { qualifier: "at-most" })).toBe(nb("1,5·млн-ға·дейін")); // миллионға
  });

  it("puts an asked-for case on an exact value, and refuses one after a hedge that ends the phrase", () => {
    expect(kk(6, "months", { case: "abl" })).toBe(nb("6·айдан"));
    expect(kk(3, "days", { case: "loc" })).toBe(nb("3·күнде"));
    expect(() => kk(6, "months", { qualifier: "over", case: "loc" })).toThrow(/takes no case ending/);
  });
});

describe("formatDateIn(locale, iso, case)", () => {
  it("writes Russian month and year with года, the month in the case the sentence needs", () => {
    expect(formatDateIn("ru", "2023-11")).toBe(nb("ноябрь·2023·года"));
    expect(formatDateIn("ru", "2023-11", "loc")).toBe(nb("ноябре·2023·года")); // в ноябре
    expect(formatDateIn("ru", "2025-05", "dat")).toBe(nb("маю·2025·года")); // к маю
    expect(formatDateIn("ru", "2025-05", "gen")).toBe(nb("мая·2025·года")); // до мая
    expect(formatDateIn("ru", "2026-01-15")).toBe(nb("15·января·2026·года"));
  });

  it("writes Kazakh dates year first, the ending on the month by vowel harmony", () => {
    expect(formatDateIn("kk", "2023-11")).toBe(nb("2023·жылғы·қараша"));
    expect(formatDateIn("kk", "2023-11", "loc")).toBe(nb("2023·жылғы·қарашада"));
    expect(formatDateIn("kk", "2025-05", "dat")).toBe(nb("2025·жылғы·мамырға"));
    expect(formatDateIn("kk", "2024-09", "loc")).toBe(nb("2024·жылғы·қыркүйекте"));
    expect(formatDateIn("kk", "2024-07", "dat")).toBe(nb("2024·жылғы·шілдеге"));
    expect(formatDateIn("kk", "2024-04", "abl")).toBe(nb("2024·жылғы·сәуірден"));
    expect(formatDateIn("kk", "2026-01-15")).toBe(nb("2026·жылғы·15·қаңтар"));
  });

  it("refuses a case the language's dates do not take here", () => {
    expect(() => formatDateIn("kk", "2023-11", "gen")).toThrow(/kk dates take the cases nom, dat, loc, abl/);
    expect(() => formatDateIn("ru", "2023-11", "abl")).toThrow(/ru dates take/);
  });
});

describe("kazakhEnding(word, case) and withKazakhEnding(phrase, case)", () => {
  it("follows the last vowel (back а, о, ұ, ы; front ә, е, ө, ү, і) and the last sound", () => {
    expect(
      ["ай", "теңге", "миллион", "миллиард", "жүз", "мың", "қырық"].map((w) => w + kazakhEnding(w, "abl")),
    ).toEqual(["айдан", "теңгеден", "миллионнан", "миллиардтан", "жүзден", "мыңнан", "қырықтан"]);
    expect(["ай", "теңге", "мың", "миллиард", "желтоқсан"].map((w) => w + kazakhEnding(w, "dat"))).toEqual([
      "айға",
      "теңгеге",
      "мыңға",
      "миллиардқа",
      "желтоқсанға",
    ]);
  });

  it("hyphenates an ending after a figure or a sign", () => {
    expect(withKazakhEnding(nb("4,8·млн·USDT"), "abl")).toBe(nb("4,8·млн·USDT-ден"));
    expect(withKazakhEnding("2021", "loc")).toBe("2021-де"); // екі мың жиырма бір
    expect(withKazakhEnding("4,5", "abl")).toBe("4,5-тен"); // төрт бүтін оннан бес
  });
});

describe("countedNoun(locale, value, qualifier, forms)", () => {
  const platform = ["платформу", "платформы", "платформ", "платформы"];

  it("picks the Russian form for one, few and many by Intl.PluralRules", () => {
    expect(countedNoun("ru", 1, "exact", platform)).toBe("платформу");
    expect(countedNoun("ru", 21, "exact", platform)).toBe("платформу");
    expect(countedNoun("ru", 22, "exact", platform)).toBe("платформы");
    expect(countedNoun("ru", 11, "exact", platform)).toBe("платформ");
    expect(countedNoun("ru", 130, "exact", platform)).toBe("платформ");
    expect(countedNoun("ru", 1.5, "exact", platform)).toBe("платформы");
  });

  it("puts a hedged Russian count in the genitive: более 22 платформ, более 21 платформы", () => {
    expect(countedNoun("ru", 22, "over", platform)).toBe("платформ");
    expect(countedNoun("ru", 3500, "over", platform)).toBe("платформ");
    expect(countedNoun("ru", 21, "over", platform)).toBe("платформы");
    expect(() => countedNoun("ru", 21, "over", platform.slice(0, 3))).toThrow(/genitive singular/);
  });

  it("takes the genitive plural after a figure in millions: 1,5 млн пользователей", () => {
    expect(countedNoun("ru", 1_500_000, "exact", ["пользователя", "пользователей", "пользователей"])).toBe(
      "пользователей",
    );
  });

  it("keeps one Kazakh form, and two English ones", () => {
    expect(countedNoun("kk", 130, "over", ["платформа"])).toBe("платформа");
    expect(() => countedNoun("kk", 2, "exact", ["платформа", "платформалар"])).toThrow(/one form/);
    expect(countedNoun("en", 1, "exact", ["platform", "platforms"])).toBe("platform");
    expect(countedNoun("en", 2, "exact", ["platform", "platforms"])).toBe("platforms");
  });
});

describe("listIn(locale, items)", () => {
  it("joins with и and және before the last item", () => {
    expect(listIn("ru", ["A", "B", "C"])).toBe("A, B и C");
    expect(listIn("kk", ["A", "B", "C"])).toBe("A, B және C");
    expect(listIn("kk", ["A", "B"])).toBe("A және B");
  });
});

describe("every claim in Russian and Kazakh", () => {
  it("shows each value's own number, rounded to the precision shown, with no English left", () => {
    for (const c of loadClaims()) {
      if (c.value === null || c.unit === "date") continue;
      for (const locale of ["ru", "kk"] as const) {
        const text = formatClaimIn(locale, c)!;
        const n = shownNumber(text);
        expect(n, `${locale} ${c.id}: ${text}`).not.toBeNull();
        expect(Math.abs(n! - c.value), `${locale} ${c.id}: ${text}`).toBeLessThanOrEqual(
          shownTolerance(c.value),
        );
        expect(text, `${locale} ${c.id}`).not.toMatch(/million|billion|trillion|tenge|more than|about|\./);
      }
    }
  });

  it("writes each dated claim's month in the language", () => {
    for (const c of loadClaims().filter((c) => c.unit === "date" && c.iso)) {
      expect(formatClaimIn("ru", c)).toMatch(/^(\d+\u00a0)?[а-я]+\u00a0\d{4}\u00a0года$/);
      expect(formatClaimIn("kk", c)).toMatch(/^\d{4}\u00a0жылғы\u00a0(\d+\u00a0)?[а-яәғқңөұүһі]+$/);
    }
  });
});
