/**
 * What a host and a crawler get from the built embed pages, oEmbed responses, chart images and the
 * loader, read from dist/ without a browser: furniture without site chrome, links that leave the
 * iframe, discovery, and byte budgets. Run after `npm run build`.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { chartIds, loadChart, loadCoverage } from "../../src/data/generated.ts";
import { chartStates } from "../../src/render/render-chart.ts";
import { SITE_NAME } from "../../src/shared/site-address.ts";
import { smartQuotes } from "../../src/data/story-copy.ts";

// SITE_DIST lets a developer test a private build while others rebuild dist/ in the same tree.
const DIST = process.env["SITE_DIST"] ?? "dist";
const gzip = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;
const title = (id: string) => smartQuotes(loadChart(id).title);
const page = (id: string) => {
  const html = readFileSync(join(DIST, "embed", id, "index.html"), "utf8");
  return { html, doc: new JSDOM(html).window.document };
};
/** PNG width and height from its IHDR chunk. */
const pngSize = (file: string) => {
  const png = readFileSync(join(DIST, file));
  expect(png.subarray(1, 4).toString(), file).toBe("PNG");
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
};

describe("embed pages", () => {
  it.each(chartIds())("embed/%s/ has the chart with its furniture and no site chrome", (id) => {
    const { doc } = page(id);
    const figure = doc.querySelector(`main figure[data-chart="${id}"]`)!;
    expect(figure).not.toBeNull();
    expect(figure.querySelector(".figure__title")!.textContent!.trim()).toBe(title(id));
    expect(figure.querySelectorAll("svg[role=img]").length).toBeGreaterThan(0);
    expect(figure.querySelectorAll(".figure__source a").length).toBeGreaterThan(0);
    expect(figure.querySelector(".figure__data table")).not.toBeNull();
    expect(figure.querySelector(`a[href$="/data/charts/${id}.json"]`)).not.toBeNull();
    expect(figure.querySelector(`a[href$="/downloads/${id}.csv"]`)).not.toBeNull();
    expect(figure.querySelector(`a[href$="/downloads/${id}.png"]`)).not.toBeNull();
    expect(figure.querySelector(`a[href$="/downloads/${id}.svg"]`)).not.toBeNull();
    expect(doc.querySelector(".masthead, nav, .site-footer, [data-scrolly], [data-progress]")).toBeNull();
    expect(doc.querySelectorAll("main")).toHaveLength(1);
    expect(doc.querySelector("[data-embed]")!.getAttribute("data-states")).toBe(chartStates(id).join(" "));
  });

  it.each(chartIds())("embed/%s/ links back to the story and the methodology, outside the iframe", (id) => {
    const { doc } = page(id);
    expect(doc.querySelector("base")!.getAttribute("target")).toBe("_blank");
    const credit = [...doc.querySelectorAll(".embed__credit a")].map((a) => a.getAttribute("href"));
    expect(credit[0]).toMatch(/\/(#[a-z0-9-]+)?$/);
    expect(credit[1]).toMatch(/\/methodology\/$/);
    for (const a of doc.querySelectorAll("a[target]")) expect(a.getAttribute("target")).toBe("_blank");
  });

  it.each(chartIds())("embed/%s/ offers a citation with title, publisher, dataset version and URL", (id) => {
    const cite = page(id).doc.querySelector(".embed__cite p")!.textContent!;
    expect(cite).toContain(title(id));
    expect(cite).toContain(SITE_NAME);
    expect(cite).toContain(`dataset version ${loadCoverage().version}`);
    expect(cite).toMatch(new RegExp(`/embed/${id}/$`));
  });

  it.each(chartIds())("embed/%s/ announces its oEmbed response and its PNG as social image", (id) => {
    const { doc } = page(id);
    const oembed = doc.querySelector('link[rel="alternate"][type="application/json+oembed"]')!;
    expect(oembed.getAttribute("href")).toMatch(new RegExp(`/oembed/${id}\\.json$`));
    expect(doc.querySelector('meta[property="og:image"]')!.getAttribute("content")).toMatch(
      new RegExp(`/downloads/${id}\\.png$`),
    );
  });

  it.each(chartIds())(
    "embed/%s/ ships its JavaScript inline, at most 4 KB gzipped, and loads nothing from elsewhere",
    (id) => {
      const { doc, html } = page(id);
      let bytes = 0;
      for (const s of doc.querySelectorAll("script")) {
        // A module script from the site's origin would need CORS inside a sandboxed (opaque-origin) iframe.
        expect(s.hasAttribute("src"), "no external script").toBe(false);
        bytes += gzip(s.textContent ?? "");
      }
      expect(bytes).toBeGreaterThan(0);
      expect(bytes).toBeLessThanOrEqual(4 * 1024);
      for (const el of doc.querySelectorAll("link[href], img[src], source[src]")) {
        if (el.matches('link[rel="canonical"], link[rel="alternate"]')) continue;
        expect(el.getAttribute("src") ?? el.getAttribute("href"), el.outerHTML).not.toMatch(
          /^(https?:)?\/\//,
        );
      }
      expect(html).not.toMatch(/@import|@font-face/);
    },
  );

  it("no embed page sizes html or body by the viewport", () => {
    for (const id of chartIds()) {
      const { doc, html } = page(id);
      let css = [...doc.querySelectorAll("style")].map((s) => s.textContent).join("\n");
      for (const link of doc.querySelectorAll('link[rel="stylesheet"]'))
        css += readFileSync(
          join(DIST, link.getAttribute("href")!.replace(/^.*?\/_astro\//, "_astro/")),
          "utf8",
        );
      for (const rule of css.match(/(^|[}\s,])(html|body|:root)[^{]*\{[^}]*\}/g) ?? [])
        expect(rule, id).not.toMatch(/(^|[;{])\s*(min-)?height\s*:\s*(100%|100d?s?l?vh)/);
      expect(html).not.toMatch(/<(html|body)[^>]*style="[^"]*height/);
    }
  });
});

describe("oEmbed responses", () => {
  it.each(chartIds())("oembed/%s.json is a rich oEmbed response with the snippet and the PNG", (id) => {
    const o = JSON.parse(readFileSync(join(DIST, "oembed", `${id}.json`), "utf8"));
    expect(o).toMatchObject({
      version: "1.0",
      type: "rich",
      title: title(id),
      provider_name: SITE_NAME,
    });
    expect(o.width).toBe(640);
    expect(o.height).toBeGreaterThan(200);
    const frag = JSDOM.fragment(o.html);
    const iframe = frag.querySelector("iframe")!;
    expect(iframe.getAttribute("src")).toMatch(new RegExp(`/embed/${id}/$`));
    expect(iframe.getAttribute("title")).toBe(title(id));
    expect(iframe.getAttribute("height")).toBe(String(o.height));
    expect(frag.querySelector("script")!.getAttribute("src")).toMatch(/\/embed\.js$/);
    expect(o.thumbnail_url).toMatch(new RegExp(`/downloads/${id}\\.png$`));
    expect(pngSize(`downloads/${id}.png`)).toEqual([o.thumbnail_width, o.thumbnail_height]);
  });
});

describe("chart images", () => {
  it.each(chartIds())("downloads/%s.svg, .png and @2x.png are the same picture at 1x and 2x", (id) => {
    const svg = readFileSync(join(DIST, "downloads", `${id}.svg`), "utf8");
    const root = new JSDOM(svg, { contentType: "image/svg+xml" }).window.document.documentElement;
    expect(root.getAttribute("xmlns")).toBe("http://www.w3.org/2000/svg");
    expect(svg).not.toContain("var(--");
    expect(root.getAttribute("aria-label")).toBe(title(id));
    const [w, h] = [Number(root.getAttribute("width")), Number(root.getAttribute("height"))];
    expect(pngSize(`downloads/${id}.png`)).toEqual([w, h]);
    expect(pngSize(`downloads/${id}@2x.png`)).toEqual([2 * w, 2 * h]);
  });
});

describe("the embed loader", () => {
  it("embed.js is at most 2 KB gzipped", () => {
    expect(existsSync(join(DIST, "embed.js"))).toBe(true);
    const bytes = gzip(readFileSync(join(DIST, "embed.js")));
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThanOrEqual(2 * 1024);
  });
});

describe("the story's figures", () => {
  const story = () => new JSDOM(readFileSync(join(DIST, "index.html"), "utf8")).window.document;

  it("every figure links its PNG and SVG and, as Embed, its embed page", () => {
    const figures = [...story().querySelectorAll("figure[data-chart]")];
    expect(figures.length).toBeGreaterThanOrEqual(chartIds().length);
    for (const figure of figures) {
      const id = figure.getAttribute("data-chart")!;
      const actions = figure.querySelector(".figure__actions")!;
      expect(actions.querySelector(`a[href$="/downloads/${id}.png"]`), id).not.toBeNull();
      expect(actions.querySelector(`a[href$="/downloads/${id}.svg"]`), id).not.toBeNull();
      const embed = [...actions.querySelectorAll("a")].find((a) => a.textContent === "Embed")!;
      expect(embed.getAttribute("href"), id).toMatch(new RegExp(`/embed/${id}/$`));
    }
  });

  it("every figure's Embed link carries what the dialog shows: the chart's URL, title, starting height, citation and pictures", () => {
    for (const figure of story().querySelectorAll("figure[data-chart]")) {
      const id = figure.getAttribute("data-chart")!;
      const link = figure.querySelector<HTMLAnchorElement>("a[data-share-open]")!;
      expect(link.getAttribute("href"), id).toMatch(new RegExp(`/embed/${id}/$`));
      expect(link.dataset.chart).toBe(id);
      expect(link.dataset.title).toBe(title(id));
      const { height } = JSON.parse(readFileSync(join(DIST, "oembed", `${id}.json`), "utf8"));
      expect(link.dataset.height).toBe(String(height));
      expect(link.dataset.citation).toContain(`dataset version ${loadCoverage().version}`);
      expect(link.dataset.citation!.endsWith(link.getAttribute("href")!)).toBe(true);
      for (const [key, ext] of [
        ["png", ".png"],
        ["png2x", "@2x.png"],
        ["svg", ".svg"],
      ] as const) {
        expect(link.dataset[key], `${id}${ext}`).toMatch(
          new RegExp(`/downloads/${id}${ext.replace(".", "\\.")}$`),
        );
        expect(existsSync(join(DIST, "downloads", `${id}${ext}`)), `${id}${ext} is published`).toBe(true);
      }
    }
  });

  it("the story has one Embed dialog, waiting in a template, that knows the loader's address", () => {
    const templates = [...story().querySelectorAll<HTMLTemplateElement>("template")];
    expect(templates.map((t) => t.id)).toEqual(["share-dialog"]);
    const dialog = templates[0]!.content.querySelector("dialog")!;
    expect(dialog.getAttribute("aria-labelledby")).toBeTruthy();
    expect(dialog.getAttribute("data-loader")).toMatch(/\/embed\.js$/);
    for (const field of ["snippet", "url", "cite"])
      expect(dialog.querySelector(`[data-share-field="${field}"]`), field).not.toBeNull();
  });
});
