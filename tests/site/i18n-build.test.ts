/**
 * The story in English, Russian and Kazakh, read from dist/ without a browser: each language at its
 * prefix with `lang`, hreflang alternates, a language switcher, the same anchors and citations in
 * every language, numbers in each language's style, no English left outside quotes, names and data,
 * a 404 page in each language, and the security policy and script budget on every new page.
 * Run after `npm run build`.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { latinNames, loadGlossary } from "../../src/i18n/glossary.ts";
import { loadClaims, loadCoverage } from "../../src/data/generated.ts";
import { shownNumber, shownTolerance } from "../helpers/locale-values.ts";

const DIST = process.env["SITE_DIST"] ?? "dist";
const STORIES = { en: "index.html", ru: "ru/index.html", kk: "kk/index.html" } as const;
const NOT_FOUND = { en: "404.html", ru: "ru/404.html", kk: "kk/404.html" } as const;
type Lang = keyof typeof STORIES;
const TRANSLATED = ["ru", "kk"] as const;

const read = (file: string) => readFileSync(join(DIST, file), "utf8");
const pages = Object.fromEntries(
  Object.entries(STORIES).map(([lang, file]) => [lang, new JSDOM(read(file)).window.document]),
) as Record<Lang, Document>;
const claims = new Map(loadClaims().map((c) => [c.id, c]));
const { version } = loadCoverage();
const glossary = loadGlossary();

/** Each anchor a reader can link to: chapters, step cards and paragraphs with their own step id. */
const anchors = (doc: Document) =>
  [...doc.querySelectorAll("main section[id], [data-step], [data-step] > [id]")].map((el) => el.id);

describe("the story in three languages", () => {
  it("is at / in English, /ru/ in Russian and /kk/ in Kazakh, with lang on <html>", () => {
    for (const lang of ["en", "ru", "kk"] as const)
      expect(pages[lang].documentElement.getAttribute("lang"), lang).toBe(lang);
  });

  it("writes no hreflang alternates in a build without SITE_URL: they must be absolute URLs", () => {
    // With SITE_URL they are written for all three and x-default (tests/site/subpath.test.ts).
    for (const lang of ["en", "ru", "kk"] as const)
      expect(pages[lang].querySelectorAll('link[rel="alternate"][hreflang]').length, lang).toBe(0);
  });

  it("the masthead's switcher links each language's story, by its own name, and marks the current one", () => {
    for (const lang of ["en", "ru", "kk"] as const) {
      const links = [...pages[lang].querySelectorAll<HTMLAnchorElement>(".masthead [data-lang-link]")];
      expect(
        links.map((a) => [a.getAttribute("href"), a.hreflang, a.lang, a.title, a.textContent!.trim()]),
        lang,
      ).toEqual([
        ["/", "en", "en", "English", "Eng"],
        ["/ru/", "ru", "ru", "Русский", "Рус"],
        ["/kk/", "kk", "kk", "Қазақша", "Қаз"],
      ]);
      expect(
        links.filter((a) => a.getAttribute("aria-current") === "page").map((a) => a.hreflang),
        lang,
      ).toEqual([lang]);
      expect(pages[lang].querySelector(".masthead nav.langs")?.getAttribute("aria-label"), lang).toBeTruthy();
    }
  });

  it("every chapter and step id is the same in each language, so an anchor is the same place", () => {
    const english = anchors(pages.en);
    expect(english.length).toBeGreaterThan(10);
    for (const lang of TRANSLATED) expect(anchors(pages[lang]), lang).toEqual(english);
    // And each step shows the same chart state.
    const states = (doc: Document) =>
      [...doc.querySelectorAll("[data-step]")].map((s) => `${s.id}:${s.getAttribute("data-state")}`);
    for (const lang of TRANSLATED) expect(states(pages[lang]), lang).toEqual(states(pages.en));
  });

  it("each language cites the same claims, as often, as the English", () => {
    const cited = (doc: Document) =>
      [...doc.querySelectorAll("[data-claim]")]
        .map((el) => `${el.getAttribute("data-claim")}:${el.getAttribute("data-field") ?? "value"}`)
        .sort();
    for (const lang of TRANSLATED) expect(cited(pages[lang]), lang).toEqual(cited(pages.en));
  });
});

describe("the Russian and Kazakh copy", () => {
  it("types no digit: every number sits in a citation", () => {
    for (const lang of TRANSLATED) {
      const copy = [...pages[lang].querySelectorAll("[data-copy]")];
      expect(copy.length, lang).toBeGreaterThan(30);
      for (const el of copy) {
        const clone = el.cloneNode(true) as Element;
        for (const c of clone.querySelectorAll(".cite, [data-claim], q")) c.remove();
        expect(clone.textContent, `${lang}: ${el.outerHTML.slice(0, 120)}`).not.toMatch(/\d/);
      }
    }
  });

  it("shows each value in the language's style, and the claim's own number", () => {
    for (const lang of TRANSLATED) {
      // The copy's citations; the figures' values are checked with the charts.
      const buttons = [
        ...pages[lang].querySelectorAll("main button.cite__value:not(.cite__value--statement)"),
      ].filter((b) => !b.closest("figure"));
      expect(buttons.length, lang).toBeGreaterThan(40);
      for (const b of buttons) {
        const claim = claims.get(b.getAttribute("data-claim")!)!;
        const text = b.textContent!;
        // USDT is a name; every other word is the language's.
        expect(text.replace("USDT", ""), `${lang} ${claim.id}`).not.toMatch(/\p{Script=Latin}/u);
        expect(text, `${lang} ${claim.id}`).not.toMatch(/\d\.\d/);
        if (claim.unit === "date") continue;
        expect(
          Math.abs(shownNumber(text)! - claim.value!),
          `${lang} ${claim.id}: ${text}`,
        ).toBeLessThanOrEqual(shownTolerance(claim.value!));
      }
    }
  });

  it("leaves no English outside quotes, names and data; what stays English is marked lang=en", () => {
    // What may be English on a translated page, and why: a source's words (q), an article's headline
    // (cite), the language switcher's own name for English, and a figure's links to its sources by
    // their outlet or headline. Editors' notes and the titles of disagreements are translated
    // (data/translations/<locale>.csv).
    const ENGLISH = [
      "q",
      "cite",
      "a.langs__link[hreflang=en]",
      "figure[data-chart] .table-scroll td a[lang=en]",
    ].join(", ");
    // File formats and keys the figures' furniture and the Embed dialog name as they are written.
    const TECHNICAL = new Set(["PNG", "SVG", "CSV", "HTML", "iframe", "Ctrl", "C", "Mac"]);
    for (const lang of TRANSLATED) {
      const doc = pages[lang];
      for (const el of doc.querySelectorAll("[lang=en]"))
        expect(el.matches(ENGLISH), `${lang}: ${el.outerHTML.slice(0, 100)}`).toBe(true);
      const body = doc.body.cloneNode(true) as HTMLElement;
      // Scripts and styles are not page text; the Embed dialog, waiting in its <template>, is. An
      // article's headline, outlet and author in a popover are data, as is the dataset version.
      for (const t of body.querySelectorAll("template")) t.replaceWith(...t.content.childNodes);
      for (const el of body.querySelectorAll("script, style, [lang=en], .cite__source")) el.remove();
      // Text node by text node: links set side by side (PNG, SVG) are words of their own.
      const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
      const nodes: string[] = [];
      while (walker.nextNode()) nodes.push(walker.currentNode.textContent ?? "");
      const text = nodes.join(" ").replaceAll(version, "");
      const names = latinNames(glossary, lang);
      const words = text.match(/\p{Script=Latin}+(?:['’-]\p{Script=Latin}+)*/gu) ?? [];
      expect(
        words.filter((w) => !names.has(w) && !TECHNICAL.has(w)),
        lang,
      ).toEqual([]);
      for (const sel of ['meta[name="description"]', 'meta[property="og:title"]']) {
        const content = doc.querySelector(sel)?.getAttribute("content") ?? "";
        expect(content, `${lang} ${sel}`).toMatch(/\p{Script=Cyrillic}/u);
      }
      expect(doc.title, lang).toMatch(/\p{Script=Cyrillic}/u);
    }
  });

  it("marks each source's English words as a quotation, and says how quotes are set", () => {
    for (const lang of TRANSLATED) {
      const quotes = [...pages[lang].querySelectorAll("[data-copy] q[lang=en]")].filter(
        (q) => !q.closest(".cite"),
      );
      expect(quotes.length, lang).toBeGreaterThan(5);
      // Each is followed by the editors' translation in brackets.
      for (const q of quotes)
        expect(q.nextSibling?.textContent ?? "", `${lang}: ${q.textContent}`).toMatch(/^\s*\(«/);
      expect(pages[lang].querySelectorAll(".hero__note").length, lang).toBe(2);
    }
  });
});

describe("the 404 page", () => {
  it("exists in all three languages, each with its lang, its own words and a link to its story", () => {
    const headings = new Set<string>();
    for (const [lang, file] of Object.entries(NOT_FOUND)) {
      expect(existsSync(join(DIST, file)), file).toBe(true);
      const doc = new JSDOM(read(file)).window.document;
      expect(doc.documentElement.getAttribute("lang"), file).toBe(lang);
      headings.add(doc.querySelector("h1")!.textContent!.trim());
      const story = lang === "en" ? "/" : `/${lang}/`;
      expect(
        [...doc.querySelectorAll("main p a")].map((a) => a.getAttribute("href")),
        file,
      ).toContain(story);
      expect(
        [...doc.querySelectorAll("nav.langs a")].map((a) => a.getAttribute("href")),
        file,
      ).toEqual(["/", "/ru/", "/kk/"]);
    }
    expect(headings.size).toBe(3);
  });

  it("at the root, the page every missing path gets on some hosts, says it in Russian and Kazakh too, each in its lang with its own links", () => {
    const root = new JSDOM(read(NOT_FOUND.en)).window.document;
    for (const lang of TRANSLATED) {
      const own = new JSDOM(read(NOT_FOUND[lang])).window.document;
      const section = root.querySelector(`main section[lang="${lang}"]`);
      expect(section, lang).not.toBeNull();
      expect(section!.querySelector("h2")!.textContent!.trim()).toBe(
        own.querySelector("h1")!.textContent!.trim(),
      );
      expect([...section!.querySelectorAll("a")].map((a) => a.getAttribute("href"))).toEqual([
        `/${lang}/`,
        `/${lang}/methodology/`,
      ]);
      // A language's own 404 page speaks only its language.
      expect(own.querySelectorAll("main section[lang]").length, lang).toBe(0);
    }
  });
});

describe("the new pages' security and weight", () => {
  const files = [...TRANSLATED.map((l) => STORIES[l]), ...TRANSLATED.map((l) => NOT_FOUND[l])];

  it("carry a CSP with hashes of their inline styles and scripts, and are listed in _headers", () => {
    const headers = read("_headers");
    for (const file of files) {
      const csp = new JSDOM(read(file)).window.document
        .querySelector('meta[http-equiv="content-security-policy"]')
        ?.getAttribute("content");
      expect(csp, file).toMatch(/style-src 'self'[^;]* 'sha256-/);
      expect(csp, file).toMatch(/script-src-attr 'none'/);
      const url = `/${file.replace(/index\.html$/, "")}`;
      expect(headers, file).toContain(`${url}\n  Content-Security-Policy: `);
    }
    expect(existsSync(join(DIST, "ru", "404")), "no ru/404/ folder is left").toBe(false);
  });

  it("ship at most 10 KB of JavaScript, gzipped, counting inline scripts", () => {
    for (const file of TRANSLATED.map((l) => STORIES[l])) {
      const doc = new JSDOM(read(file)).window.document;
      let bytes = 0;
      for (const s of doc.querySelectorAll("script")) {
        const src = s.getAttribute("src");
        const code = src ? readFileSync(join(DIST, src)) : Buffer.from(s.textContent ?? "");
        bytes += gzipSync(code, { level: 9 }).length;
      }
      expect(bytes, file).toBeGreaterThan(0);
      expect(bytes, file).toBeLessThanOrEqual(10 * 1024);
    }
  });
});
