/**
 * The charts in Russian and Kazakh, read from dist/ without a browser: each chart's embed page,
 * oEmbed file and pictures under /ru/ and /kk/ in that language, with the language's Open Graph
 * locale; the social card per language; the data downloads one set. Expected
 * words come from the translation files (data/charts.<locale>.json), not from the site's code.
 * Run after `npm run build`.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { chartIds } from "../../src/data/generated.ts";

const DIST = process.env["SITE_DIST"] ?? "dist";
const TRANSLATED = ["ru", "kk"] as const;
const OG = { en: "en_GB", ru: "ru_RU", kk: "kk_KZ" } as const;
const read = (file: string) => readFileSync(join(DIST, file), "utf8");
const doc = (file: string) => new JSDOM(read(file)).window.document;
/** The translation as its editors wrote it. */
const copy = Object.fromEntries(
  TRANSLATED.map((l) => [
    l,
    (
      JSON.parse(readFileSync(`data/charts.${l}.json`, "utf8")) as {
        charts: Record<string, { title: string }>;
      }
    ).charts,
  ]),
) as Record<(typeof TRANSLATED)[number], Record<string, { title: string }>>;
const cases = TRANSLATED.flatMap((locale) => chartIds().map((id) => ({ locale, id })));
const isPng = (file: string) => readFileSync(join(DIST, file)).subarray(1, 4).toString() === "PNG";

describe("embed pages per language", () => {
  it.each(cases)(
    "/$locale/embed/$id/ is in its language, titled as the translation titles it",
    ({ locale, id }) => {
      const page = doc(`${locale}/embed/${id}/index.html`);
      const title = copy[locale][id]!.title;
      expect(page.documentElement.getAttribute("lang")).toBe(locale);
      expect(page.querySelector("h1")!.textContent!.trim()).toBe(title);
      for (const svg of page.querySelectorAll("figure svg.chart"))
        expect(svg.querySelector("title")!.textContent).toBe(title);
      // Nothing is marked English but the sources' names and words: links to them, quotes,
      // headlines and the editors' notes in a citation's popover.
      expect(page.querySelector("figure")!.hasAttribute("lang")).toBe(false);
      for (const el of page.querySelectorAll("[lang=en]"))
        expect(
          el.matches("a, q, cite, .cite__note > span, .cite__conflict > span"),
          el.outerHTML.slice(0, 80),
        ).toBe(true);
    },
  );

  it.each(cases)(
    "/$locale/embed/$id/ names its Open Graph locale and alternates, and no relative hreflang links",
    ({ locale, id }) => {
      const page = doc(`${locale}/embed/${id}/index.html`);
      // Written only with SITE_URL, as absolute URLs (tests/site/subpath.test.ts checks them there).
      expect(page.querySelectorAll('link[rel="alternate"][hreflang]').length).toBe(0);
      const meta = (p: string) =>
        [...page.querySelectorAll(`meta[property="${p}"]`)].map((m) => m.getAttribute("content"));
      expect(meta("og:locale")).toEqual([OG[locale]]);
      expect(meta("og:locale:alternate").sort()).toEqual(
        Object.entries(OG)
          .filter(([l]) => l !== locale)
          .map(([, v]) => v)
          .sort(),
      );
      expect(meta("og:title")[0]).toContain(copy[locale][id]!.title);
      expect(meta("og:image:alt")[0]).toMatch(/^\p{Script=Cyrillic}/u);
    },
  );

  it.each(cases)(
    "/$locale/embed/$id/ shows, shares and cites its pictures and oEmbed in its language",
    ({ locale, id }) => {
      const page = doc(`${locale}/embed/${id}/index.html`);
      expect(page.querySelector('meta[property="og:image"]')!.getAttribute("content")).toBe(
        `/${locale}/downloads/${id}.png`,
      );
      const oembedHref = page.querySelector('link[type="application/json+oembed"]')!.getAttribute("href")!;
      expect(oembedHref).toBe(`/${locale}/oembed/${id}.json`);
      const oembed = JSON.parse(read(oembedHref.slice(1))) as Record<string, string>;
      expect(oembed["title"]).toBe(copy[locale][id]!.title);
      expect(oembed["html"]).toContain(`src="/${locale}/embed/${id}/"`);
      expect(oembed["thumbnail_url"]).toBe(`/${locale}/downloads/${id}.png`);
      expect(page.querySelector(".embed__cite p")!.textContent).toContain(`«${copy[locale][id]!.title}`);
      for (const ext of [".png", "@2x.png"]) expect(isPng(`${locale}/downloads/${id}${ext}`), ext).toBe(true);
      const svg = read(`${locale}/downloads/${id}.svg`);
      expect(svg).toContain(`xml:lang="${locale}"`);
      expect(svg).toContain(copy[locale][id]!.title.replaceAll("&", "&amp;").split(" ")[0]);
      expect(svg, "an HTML entity an SVG file cannot hold").not.toMatch(/&nbsp;/);
    },
  );
});

describe("what stays one set", () => {
  it("publishes the data downloads once, with no copy per language", () => {
    for (const locale of TRANSLATED) {
      expect(existsSync(join(DIST, locale, "data")), locale).toBe(false);
      const files = readdirSync(join(DIST, locale, "downloads"));
      expect(
        files.filter((f) => !/\.(png|svg)$/.test(f)),
        locale,
      ).toEqual([]);
    }
  });
});

describe("the story's share metadata per language", () => {
  it.each(TRANSLATED)("/%s/ shares its own social card, og:locale and image alt", (locale) => {
    const page = doc(`${locale}/index.html`);
    const image = page.querySelector('meta[property="og:image"]')!.getAttribute("content")!;
    expect(image).toBe(`/${locale}/social.png`);
    expect(isPng(`${locale}/social.png`)).toBe(true);
    expect(
      readFileSync(join(DIST, locale, "social.png")).equals(readFileSync(join(DIST, "social.png"))),
    ).toBe(false);
    expect(page.querySelector('meta[property="og:locale"]')!.getAttribute("content")).toBe(OG[locale]);
    expect(page.querySelector('meta[property="og:image:alt"]')!.getAttribute("content")).toMatch(
      /^\p{Script=Cyrillic}/u,
    );
  });

  it("the English story keeps its card and says it is English", () => {
    const page = doc("index.html");
    expect(page.querySelector('meta[property="og:image"]')!.getAttribute("content")).toBe("/social.png");
    expect(page.querySelector('meta[property="og:locale"]')!.getAttribute("content")).toBe(OG.en);
  });

  it.each(TRANSLATED)(
    "/%s/ draws each figure in its language, titled as the translation titles it",
    (locale) => {
      const page = doc(`${locale}/index.html`);
      const figures = [...page.querySelectorAll("figure[data-chart]")];
      expect(figures.length).toBeGreaterThan(0);
      for (const f of figures) {
        expect(f.hasAttribute("lang")).toBe(false);
        expect(f.querySelector(".figure__title")!.textContent!.trim()).toBe(
          copy[locale][f.getAttribute("data-chart")!]!.title,
        );
      }
    },
  );
});
