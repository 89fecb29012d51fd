import { describe, expect, it } from "vitest";
import { asLocale, localePath, translatedPaths } from "../../src/i18n/locales.ts";

describe("localePath(locale, path, base)", () => {
  it("puts English at the root and each other language under its code, below the base path", () => {
    expect(localePath("en", "/", "/")).toBe("/");
    expect(localePath("ru", "/", "/")).toBe("/ru/");
    expect(localePath("kk", "404.html", "/")).toBe("/kk/404.html");
    expect(localePath("ru", "/", "/a/b")).toBe("/a/b/ru/");
    expect(localePath("en", "methodology/", "/a/b/")).toBe("/a/b/methodology/");
  });
});

describe("asLocale(current)", () => {
  it("reads Astro's currentLocale, English outside i18n routing, and refuses a language the site lacks", () => {
    expect(asLocale("kk")).toBe("kk");
    expect(asLocale(undefined)).toBe("en");
    expect(() => asLocale("de")).toThrow(/unknown locale "de"/);
  });
});

describe("translatedPaths()", () => {
  it("gives a page under [locale] one path for each language besides English", () => {
    expect(translatedPaths().map((p) => p.params.locale)).toEqual(["ru", "kk"]);
  });
});
