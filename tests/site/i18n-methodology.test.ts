/**
 * The methodology in Russian and Kazakh, read from dist/ without a browser: each at its prefix with
 * `lang`, hreflang alternates and a language switcher; no English outside quotes, names and data
 * (the same check src/i18n/copy.ts runs on copy, run on the built page's text); every quote kept in
 * English and followed by the editors' translation; the figures in each language's style; the
 * translated story linking to its own methodology. Run after `npm run build`.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { translationRows } from "../helpers/translation-rows.ts";
import { englishWords } from "../../src/i18n/copy.ts";
import { latinNames, loadGlossary } from "../../src/i18n/glossary.ts";
import { loadClaims, loadConflicts } from "../../src/data/generated.ts";
import { shownNumber, shownTolerance } from "../helpers/locale-values.ts";

const DIST = process.env["SITE_DIST"] ?? "dist";
const LANGS = ["ru", "kk"] as const;
const read = (file: string) => readFileSync(join(DIST, file), "utf8");
const page = (file: string) => new JSDOM(read(file)).window.document;
const pages = {
  en: page("methodology/index.html"),
  ru: page("ru/methodology/index.html"),
  kk: page("kk/methodology/index.html"),
};
const claims = loadClaims();
const conflicts = loadConflicts();
const norm = (s: string | null | undefined) => (s ?? "").replace(/\s+/g, " ").trim();
const rowsOf = translationRows;
/** How each edition labels the editors' translation, as a Russian and a Kazakh editor write it. */
const TRANSLATION_LABEL = { ru: "Перевод редакции:", kk: "Редакция аудармасы:" };

describe("the methodology in three languages", () => {
  it("is at /methodology/, /ru/methodology/ and /kk/methodology/, each with its lang", () => {
    for (const l of ["en", "ru", "kk"] as const) expect(pages[l].documentElement.lang, l).toBe(l);
  });

  it("writes no hreflang alternates without SITE_URL: they must be absolute URLs", () => {
    // With SITE_URL they are written for all three and x-default (tests/site/subpath.test.ts).
    for (const l of ["en", "ru", "kk"] as const)
      expect(pages[l].querySelectorAll('link[rel="alternate"][hreflang]').length, l).toBe(0);
  });

  it("has a language switcher in its header that keeps the place, marking the current language", () => {
    for (const l of ["en", "ru", "kk"] as const) {
      const links = [
        ...pages[l].querySelectorAll<HTMLAnchorElement>(".methodology-bar nav.langs a[data-lang-link]"),
      ];
      expect(
        links.map((a) => [a.getAttribute("href"), a.hreflang]),
        l,
      ).toEqual([
        ["/methodology/", "en"],
        ["/ru/methodology/", "ru"],
        ["/kk/methodology/", "kk"],
      ]);
      expect(
        links.filter((a) => a.getAttribute("aria-current") === "page").map((a) => a.hreflang),
        l,
      ).toEqual([l]);
    }
  });

  it("has the same sections, claim rows and disagreements, by id, in every language", () => {
    const ids = (doc: Document) =>
      [...doc.querySelectorAll("main section[id], tr[id], article[id], li[id]")].map((el) => el.id);
    expect(ids(pages.en).length).toBeGreaterThan(claims.length);
    for (const l of LANGS) expect(ids(pages[l]), l).toEqual(ids(pages.en));
  });

  it("links its header back to the story in its own language", () => {
    for (const l of LANGS) {
      const links = [...pages[l].querySelectorAll("nav.methodology-header a")].map((a) =>
        a.getAttribute("href")!,
      );
      expect(links.length, l).toBeGreaterThan(3);
      for (const href of links) expect(href, l).toMatch(new RegExp(`^/${l}/#[a-z0-9-]+$`));
      expect(pages[l].querySelector(".methodology-header__name")?.getAttribute("href"), l).toBe(`/${l}/`);
    }
  });
});

describe("the Russian and Kazakh methodology", () => {
  it("leaves no English outside quotes, names and data; what stays English is marked lang=en", () => {
    // What may be English, and why: a source's words (q), an article's headline (cite, or a link
    // naming a source by its headline), an author's name, a file or field name (code, the list of
    // downloads), the switcher's own name for English.
    const ENGLISH = [
      "q",
      "cite",
      "code",
      "a[href^='#source-']",
      ".source-facts span",
      ".conflict-value > span",
      "ul.inline-list",
      "a.langs__link[hreflang=en]",
    ].join(", ");
    for (const l of LANGS) {
      const body = pages[l].body.cloneNode(true) as HTMLElement;
      for (const el of body.querySelectorAll("[lang=en]"))
        expect(el.matches(ENGLISH), `${l}: ${el.outerHTML.slice(0, 120)}`).toBe(true);
      for (const el of body.querySelectorAll("script, style, template, [lang=en]")) el.remove();
      expect(englishWords(body.textContent ?? "", latinNames(loadGlossary(), l)), l).toEqual([]);
      for (const text of [
        pages[l].title,
        pages[l].querySelector('meta[name="description"]')?.getAttribute("content"),
      ])
        expect(text, l).toMatch(/\p{Script=Cyrillic}/u);
    }
  });

  it("keeps every quote in the article's English, followed by the editors' translation, marked as such", () => {
    for (const l of LANGS) {
      const rows = rowsOf(l);
      const quotes = [...pages[l].querySelectorAll("q.quote")];
      expect(quotes.length, l).toBeGreaterThan(claims.filter((c) => c.quote).length);
      for (const q of quotes) {
        expect(q.getAttribute("lang"), l).toBe("en");
        const translation = q.nextElementSibling;
        expect(translation?.matches(".quote-translation"), `${l}: ${q.textContent}`).toBe(true);
        expect(norm(translation!.querySelector(".quote-translation__label")?.textContent), l).toBe(
          TRANSLATION_LABEL[l],
        );
      }
      // The claims table's quotes are the claims' own English, each with its row's translation.
      for (const c of claims.filter((c) => c.quote !== null)) {
        const row = pages[l].getElementById(`claim-${c.id}`)!;
        expect(norm(row.querySelector("q.quote")?.textContent), c.id).toBe(norm(c.quote));
        expect(norm(row.querySelector(".quote-translation")?.textContent), c.id).toBe(
          `${TRANSLATION_LABEL[l]} ${norm(rows.get(`quote:${c.id}`))}`,
        );
      }
    }
  });

  it("heads each disagreement with its editors' translation, and gives the reason in the language", () => {
    for (const l of LANGS) {
      const rows = rowsOf(l);
      for (const k of conflicts) {
        const el = pages[l].getElementById(`conflict-${k.id.replaceAll(":", "-")}`)!;
        if (k.title)
          expect(norm(el.querySelector("h3")?.textContent), k.id).toBe(norm(rows.get(`title:${k.id}`)));
        if (k.decision)
          expect(norm(el.querySelector(".decision dd:last-child")?.textContent), k.id).toMatch(
            /\p{Script=Cyrillic}/u,
          );
      }
    }
  });

  it("shows every figure in the claims table in the language's style, as the claim's own number", () => {
    for (const l of LANGS)
      for (const c of claims.filter((c) => c.value !== null && c.unit !== "date")) {
        const text = pages[l].getElementById(`claim-${c.id}`)!.querySelector("td.num")!.textContent!;
        expect(text, `${l} ${c.id}`).not.toMatch(/\d\.\d/);
        expect(text.replace("USDT", ""), `${l} ${c.id}`).not.toMatch(/\p{Script=Latin}/u);
        expect(Math.abs(shownNumber(text)! - c.value!), `${l} ${c.id}: ${text}`).toBeLessThanOrEqual(
          shownTolerance(c.value!),
        );
      }
  });

  it("writes dates in the language: a month's name, never the English one", () => {
    for (const l of LANGS) {
      const times = [...pages[l].querySelectorAll("main time[datetime]")];
      expect(times.length, l).toBeGreaterThan(0);
      for (const t of times) {
        expect(t.textContent, l).toMatch(/\p{Script=Cyrillic}/u);
        expect(t.textContent, l).toContain(t.getAttribute("datetime")!.slice(0, 4));
      }
    }
  });

  it("explains the English column names of the one dataset in the language", () => {
    for (const l of LANGS) {
      const note = pages[l].querySelector(".facts-note")!;
      expect(note.textContent, l).toMatch(/\p{Script=Cyrillic}/u);
      const fields = [...note.querySelectorAll("code")].map((c) => c.textContent);
      // The columns of claims.json, as the English note names them.
      expect(fields, l).toEqual([...pages.en.querySelectorAll(".facts-note code")].map((c) => c.textContent));
      expect(fields, l).toEqual(expect.arrayContaining(["claims.json", "id", "metric", "value", "quote"]));
    }
  });

  it("every same-page link lands on an element", () => {
    for (const l of LANGS)
      for (const a of pages[l].querySelectorAll('a[href^="#"]')) {
        const id = decodeURIComponent(a.getAttribute("href")!.slice(1));
        expect(pages[l].getElementById(id), `${l} #${id}`).not.toBeNull();
      }
  });
});

describe("the translated story's links to the methodology", () => {
  it("go to the methodology in the story's language, not marked as English", () => {
    for (const l of LANGS) {
      const story = page(`${l}/index.html`);
      // Figures are the charts' furniture, translated on their own branch (src/components/Figure.astro).
      const links = [...story.querySelectorAll<HTMLAnchorElement>('a[href*="methodology/"]')].filter(
        (a) => !a.closest("figure"),
      );
      expect(links.length, l).toBeGreaterThan(10);
      for (const a of links) {
        expect(a.getAttribute("href"), l).toMatch(new RegExp(`^/${l}/methodology/(#[a-z0-9-]+)?$`));
        expect(a.hasAttribute("hreflang"), l).toBe(false);
        const id = a.getAttribute("href")!.split("#")[1];
        if (id) expect(pages[l].getElementById(id), `${l} #${id}`).not.toBeNull();
      }
      const outsideFigures = story.body.cloneNode(true) as HTMLElement;
      for (const f of outsideFigures.querySelectorAll("figure")) f.remove();
      expect(outsideFigures.textContent, l).not.toMatch(/на английском\)|ағылшынша\)/);
    }
  });
});

describe("the translated story's citation popovers", () => {
  it("follow each English quote with the editors' translation, and give notes and titles in the language", () => {
    for (const l of LANGS) {
      const rows = rowsOf(l);
      const pops = [...page(`${l}/index.html`).querySelectorAll(".cite__pop")].filter(
        (p) => !p.closest("figure"),
      );
      expect(pops.length, l).toBeGreaterThan(40);
      for (const pop of pops) {
        const id = pop.previousElementSibling?.getAttribute("data-claim");
        const claim = claims.find((c) => c.id === id)!;
        if (claim.quote === null) continue;
        const t = pop.querySelector(".cite__translation");
        expect(norm(t?.querySelector(".cite__label")?.textContent), `${l} ${id}`).toBe(TRANSLATION_LABEL[l]);
        expect(norm(t?.textContent), `${l} ${id}`).toContain(norm(rows.get(`quote:${id}`)).slice(0, 20));
        if (claim.note)
          expect(pop.querySelector(".cite__note")?.textContent, `${l} ${id}`).toMatch(/\p{Script=Cyrillic}/u);
      }
    }
  });
});

describe("the hosts' per-language 404", () => {
  it("dist/_redirects sends missing paths under /ru/ and /kk/ to their own 404 page, with status 404", () => {
    expect(read("_redirects").trim().split("\n")).toEqual([
      "/ru/* /ru/404.html 404",
      "/kk/* /kk/404.html 404",
    ]);
  });

  it("each 404 page links to the methodology in its own language", () => {
    for (const l of LANGS)
      expect(
        [...page(`${l}/404.html`).querySelectorAll("main a")].map((a) => a.getAttribute("href")),
        l,
      ).toContain(`/${l}/methodology/`);
  });
});
