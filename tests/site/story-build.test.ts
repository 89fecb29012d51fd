/**
 * What a reader and a crawler get from the built story page, read from dist/ without a browser:
 * figures, citations, copy without typed numbers, share metadata and byte budgets.
 * Run after `npm run build`.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { JSDOM } from "jsdom";
import { beforeAll, describe, expect, it } from "vitest";
import { chartIds, loadClaims, loadConflicts, loadSources } from "../../src/data/generated.ts";
import { chartStates } from "../../src/render/render-chart.ts";
import { SITE_NAME } from "../../src/shared/site-address.ts";
import { storyCharts, storyClaimRefs } from "../helpers/story-content.ts";
import { asRead } from "../helpers/values.ts";

// SITE_DIST lets a developer test a private build while others rebuild dist/ in the same tree.
const DIST = process.env["SITE_DIST"] ?? "dist";
let doc: Document;
let html: string;
const claims = new Map(loadClaims().map((c) => [c.id, c]));
const sources = new Map(loadSources().map((s) => [s.id, s]));
const conflicts = new Map(loadConflicts().map((k) => [k.id, k]));

/** Text of `el` with the parts a reader does not see as copy removed: citations and their popovers. */
function copyText(el: Element): string {
  const clone = el.cloneNode(true) as Element;
  for (const c of clone.querySelectorAll(".cite, [data-claim]")) c.remove();
  return clone.textContent ?? "";
}

/** The accessible name of an element from aria-labelledby or aria-label. */
function accessibleName(el: Element): string {
  const ids = el.getAttribute("aria-labelledby");
  if (ids)
    return ids
      .split(/\s+/)
      .map((id) => el.ownerDocument.getElementById(id)?.textContent ?? "")
      .join(" ")
      .trim();
  return (el.getAttribute("aria-label") ?? "").trim();
}

beforeAll(() => {
  html = readFileSync(join(DIST, "index.html"), "utf8");
  doc = new JSDOM(html).window.document;
});

describe("the story page's figures", () => {
  it("every figure holds an inline SVG with role img and an accessible name", () => {
    const figures = [...doc.querySelectorAll("figure[data-chart]")];
    expect(figures.map((f) => f.getAttribute("data-chart"))).toEqual(storyCharts());
    for (const fig of figures) {
      const svgs = [...fig.querySelectorAll("svg[role=img]")];
      expect(svgs.length, `${fig.id} has no SVG`).toBeGreaterThan(0);
      for (const svg of svgs) expect(accessibleName(svg), `${fig.id} SVG has no name`).not.toBe("");
      expect(accessibleName(fig), `${fig.id} has no name`).not.toBe("");
    }
  });

  it("every chart dataset appears in a figure", () => {
    const shown = new Set(
      [...doc.querySelectorAll("figure[data-chart]")].map((f) => f.getAttribute("data-chart")),
    );
    for (const id of chartIds()) expect(shown.has(id), id).toBe(true);
  });

  it("every figure has its furniture: title, source links, description, data table and a data download", () => {
    for (const fig of doc.querySelectorAll("figure[data-chart]")) {
      const id = fig.getAttribute("data-chart")!;
      expect(fig.querySelector(".figure__title")?.textContent?.trim(), id).toBeTruthy();
      const sourceLinks = [...fig.querySelectorAll(".figure__source a")].map((a) => a.getAttribute("href"));
      expect(sourceLinks.length, id).toBeGreaterThan(0);
      for (const href of sourceLinks) expect(href).toMatch(/\/methodology\/#claim-[a-z0-9-]+$/);
      expect(fig.querySelector(".figure__desc")?.textContent?.trim(), id).toBeTruthy();
      const table = fig.querySelector("details table");
      expect(table, id).not.toBeNull();
      expect(table!.querySelectorAll("tbody tr").length, id).toBeGreaterThan(0);
      const download = fig.querySelector<HTMLAnchorElement>("a.figure__download")!;
      expect(download.getAttribute("href")).toBe(`/data/charts/${id}.json`);
      expect(existsSync(join(DIST, "data", "charts", `${id}.json`)), `${id}.json is published`).toBe(true);
      const csv = fig.querySelector<HTMLAnchorElement>(`a[href="/downloads/${id}.csv"]`);
      expect(csv, `${id} links its CSV`).not.toBeNull();
      expect(existsSync(join(DIST, "downloads", `${id}.csv`)), `${id}.csv is published`).toBe(true);
      expect(fig.querySelector('[data-slot="embed"]'), `${id} keeps the embed slot`).not.toBeNull();
    }
  });

  it("every step names a state its chart has, and every figure starts in one", () => {
    for (const scrolly of doc.querySelectorAll("[data-scrolly]")) {
      const fig = scrolly.querySelector("figure[data-chart]")!;
      const states = chartStates(fig.getAttribute("data-chart")!);
      expect(states).toContain(fig.getAttribute("data-state"));
      for (const step of scrolly.querySelectorAll("[data-step]"))
        expect(states, step.id).toContain(step.getAttribute("data-state"));
    }
  });

  it("the sticky chart drawing is hidden from screen readers, its description and table are not", () => {
    for (const fig of doc.querySelectorAll("figure.figure--sticky")) {
      expect(fig.querySelector(".figure__chart")!.getAttribute("aria-hidden")).toBe("true");
      expect(fig.querySelector(".figure__foot")!.closest("[aria-hidden]")).toBeNull();
    }
  });
});

describe("the story page's numbers", () => {
  it("every citation shows its claim's value, year or article, and a statement shows a source mark", () => {
    const cites = [...doc.querySelectorAll("[data-claim]")];
    expect(new Set(cites.map((el) => el.getAttribute("data-claim")))).toEqual(storyClaimRefs());
    for (const el of cites) {
      const id = el.getAttribute("data-claim")!;
      const claim = claims.get(id)!;
      expect(claim, `unknown claim ${id}`).toBeDefined();
      const field = el.getAttribute("data-field");
      const source = claim.source ? sources.get(claim.source) : undefined;
      const { value } = claim;
      // The README's rules: a year as written, an article by its outlet or else its headline.
      const expected =
        field === "period"
          ? claim.period
          : field === "source"
            ? (source?.outlet ?? `the article “${source?.title}”`)
            : value === null
              ? "source"
              : asRead({ ...claim, value });
      expect(el.textContent, id).toBe(expected);
    }
  });

  it("a popover names its article by headline and outlet, never by file name", () => {
    for (const pop of doc.querySelectorAll(".cite__pop")) {
      for (const file of sources.keys()) expect(pop.textContent ?? "", pop.id).not.toContain(file);
      const id = pop.previousElementSibling?.getAttribute("data-claim") ?? undefined;
      const claim = id ? claims.get(id) : undefined;
      if (!claim?.source) continue;
      const source = sources.get(claim.source)!;
      expect(pop.querySelector("cite")?.textContent, id).toBe(source.title);
      if (source.outlet) expect(pop.textContent ?? "", id).toContain(source.outlet);
    }
  });

  it("every value citation opens a popover with its quote and a link to the claim in the methodology", () => {
    for (const button of doc.querySelectorAll("button.cite__value")) {
      const id = button.getAttribute("data-claim")!;
      const pop = doc.getElementById(button.getAttribute("popovertarget")!);
      expect(pop?.hasAttribute("popover"), id).toBe(true);
      const claim = claims.get(id)!;
      if (claim.quote) expect(pop!.querySelector("q")?.textContent).toBe(claim.quote);
      const links = [...pop!.querySelectorAll("a")].map((a) => a.getAttribute("href"));
      expect(links).toContain(`/methodology/#claim-${id}`);
      // Every disagreement is linked, except one over exactly the same figures as a linked one (the
      // same dollar amounts as a value conflict and as a conversion conflict), which would repeat it.
      const figures = (cid: string) =>
        [...new Set(conflicts.get(cid)!.items.map((i) => `${i.value} ${i.unit} ${i.qualifier}`))]
          .sort()
          .join();
      const linked = claim.conflicts.filter((cid) =>
        links.includes(`/methodology/#conflict-${cid.replace(/:/g, "-")}`),
      );
      for (const cid of claim.conflicts)
        expect(
          linked.includes(cid) ||
            linked.some((l) => conflicts.get(cid)!.kind !== "declared" && figures(l) === figures(cid)),
          `${id}: ${cid}`,
        ).toBe(true);
      const boxes = [...pop!.querySelectorAll(".cite__conflict")].map((b) => b.textContent);
      expect(new Set(boxes).size, id).toBe(boxes.length);
    }
  });

  it("no digit is typed in the copy: every number sits in a citation", () => {
    const copy = [...doc.querySelectorAll("[data-copy]")];
    expect(copy.length).toBeGreaterThan(30);
    for (const el of copy) expect(copyText(el), el.outerHTML.slice(0, 120)).not.toMatch(/\d/);
  });

  it("no raw {placeholder} is left anywhere in the page text", () => {
    // The page's text, not its code: inline scripts and styles may hold braces of their own.
    const body = doc.body.cloneNode(true) as HTMLElement;
    for (const el of body.querySelectorAll("script, style")) el.remove();
    expect(body.textContent).not.toMatch(/\{[a-z0-9-.]+\}/);
    // The Embed dialog's template holds text too.
    for (const t of doc.querySelectorAll("template"))
      expect(t.innerHTML).not.toMatch(/>[^<]*\{[a-z0-9-.]+\}/);
    expect(doc.title).not.toMatch(/[{}]/);
  });

  it("the copy says where sources disagree and that dollars are conversions", () => {
    const text = doc.querySelector("main")!.textContent!.replace(/\s+/g, " ");
    expect(text).toMatch(/does not say at what rate/);
    expect(text).toMatch(/do not plot the other with it/);
    expect(text).toMatch(/is disputed/);
    expect(text).toMatch(/That is our inference/);
  });
});

describe("the story page's metadata and weight", () => {
  it("has a title, description, Open Graph and Twitter tags and a social image rendered as PNG", () => {
    const meta = (sel: string) => doc.querySelector(sel)?.getAttribute("content") ?? "";
    expect(doc.title).toMatch(/Kazakhstan/);
    expect(meta('meta[name="description"]')).toMatch(/crypto exchangers/);
    expect(meta('meta[property="og:title"]')).toBe(doc.title);
    expect(meta('meta[name="twitter:card"]')).toBe("summary_large_image");
    const image = meta('meta[property="og:image"]');
    expect(image).toMatch(/social\.png$/);
    const png = readFileSync(join(DIST, "social.png"));
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(630);
  });

  it("requests nothing from another origin: no external scripts, styles, images or fonts", () => {
    for (const el of doc.querySelectorAll("script[src], link[href], img[src], source[src]")) {
      const url = el.getAttribute("src") ?? el.getAttribute("href")!;
      if (el.matches('link[rel="canonical"]')) continue;
      expect(url, el.outerHTML).not.toMatch(/^(https?:)?\/\//);
    }
    expect(html).not.toMatch(/@import|fonts\.googleapis|@font-face/);
  });

  it("ships at most 10 KB of JavaScript, gzipped, counting inline scripts", () => {
    let bytes = 0;
    for (const s of doc.querySelectorAll("script")) {
      const src = s.getAttribute("src");
      const code = src ? readFileSync(join(DIST, src)) : Buffer.from(s.textContent ?? "");
      bytes += gzipSync(code, { level: 9 }).length;
    }
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThanOrEqual(10 * 1024);
  });

  it("ships no d3 or Observable Plot to the browser", () => {
    for (const s of doc.querySelectorAll("script")) {
      const src = s.getAttribute("src");
      const code = src ? readFileSync(join(DIST, src), "utf8") : (s.textContent ?? "");
      expect(code, src ?? "inline script").not.toMatch(/d3-selection|observablehq|createElementNS\(/);
    }
  });
});

describe("the story's furniture", () => {
  it("a byline names the publisher from the site's configuration, with the publication date and the data's date and version", () => {
    const byline = doc.querySelector(".hero__byline")!;
    expect(byline.textContent).toContain(`By ${SITE_NAME}`);
    const coverage = JSON.parse(readFileSync("data/generated/coverage.json", "utf8")) as {
      dataDate: string | null;
      version: string;
    };
    const times = [...byline.querySelectorAll("time")].map((t) => [
      t.parentElement!.textContent,
      t.getAttribute("datetime"),
    ]);
    // Published: the date git gives for the story's English copy, read here independently of the
    // build. Its subfolders are the translations (ru/, kk/), whose edits do not republish it.
    const translations = readdirSync("src/content/story", { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => `:(exclude)src/content/story/${e.name}`);
    const copy = spawnSync("git", ["log", "-1", "--format=%cs", "--", "src/content/story", ...translations], {
      encoding: "utf8",
    });
    const published = copy.status === 0 ? copy.stdout.trim() : "";
    if (published) expect(times).toContainEqual([expect.stringMatching(/^Published /), published]);
    if (coverage.dataDate) {
      expect(times).toContainEqual([expect.stringMatching(/^Data as of /), coverage.dataDate]);
      expect(byline.textContent).toContain(coverage.version);
    }
    expect(times.length).toBe((published ? 1 : 0) + (coverage.dataDate ? 1 : 0));
  });

  it("the chapter menu names every chapter by its heading, in order", () => {
    const links = [...doc.querySelectorAll<HTMLAnchorElement>("[data-menu-link]")];
    const sections = [...doc.querySelectorAll("main section[id]")];
    expect(links.map((a) => a.getAttribute("href"))).toEqual(sections.map((s) => `#${s.id}`));
    for (const [i, a] of links.entries())
      expect(a.textContent!.trim()).toBe(sections[i]!.querySelector("h2")!.textContent!.trim());
  });
});

describe("the story's links into the methodology", () => {
  it("every claim and conflict link lands on an anchor that exists on the methodology page", () => {
    const page = join(DIST, "methodology", "index.html");
    expect(existsSync(page), "methodology/index.html is built").toBe(true);
    const methodology = new JSDOM(readFileSync(page, "utf8")).window.document;
    const anchors = new Set(
      [...doc.querySelectorAll<HTMLAnchorElement>('a[href*="methodology/#"]')].map(
        (a) => a.href.split("#")[1]!,
      ),
    );
    expect(anchors.size).toBeGreaterThan(20);
    for (const id of anchors) expect(methodology.getElementById(id), `#${id}`).not.toBeNull();
  });
});
