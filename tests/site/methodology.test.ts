/**
 * The built methodology page (run `npm run build` first): every claim, conflict, source and unused
 * number from data/generated/ is on it; every citation link on the site lands on one of its anchors;
 * no seed paragraph is published whole; the claims table works without JavaScript and, with it,
 * sorts and filters by keyboard; axe finds nothing in light or dark; nothing leaves the origin.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCorrections } from "../../src/pipeline/corrections.ts";
import type { ClaimRecord, Coverage, MentionRecord, SourceRecord } from "../../src/data/generated.ts";
import { metricLabel, periodLabel } from "../../src/components/methodology/labels.ts";
import type { Conflict } from "../../src/pipeline/types.ts";
import { launchChromium } from "../../scripts/lib/chromium.ts";
import { serveDist, type StaticServer } from "../../scripts/lib/serve-dist.ts";
import { axeViolations, watchPage } from "../helpers/page-checks.ts";
import { asRead } from "../helpers/values.ts";

const json = <T>(name: string): T => JSON.parse(readFileSync(join("data/generated", name), "utf8")) as T;
const claims = json<{ claims: ClaimRecord[] }>("claims.json").claims;
const conflicts = json<{ conflicts: Conflict[] }>("conflicts.json").conflicts;
const mentions = json<{ mentions: MentionRecord[] }>("mentions.json").mentions;
const sources = json<{ sources: SourceRecord[] }>("sources.json").sources;
const coverage = json<Coverage>("coverage.json");
const claimById = new Map(claims.map((c) => [c.id, c]));
const mentionById = new Map(mentions.map((m) => [m.id, m]));

const PAGE = "dist/methodology/index.html";
const parse = (file: string) => new JSDOM(readFileSync(file, "utf8")).window.document;
const doc = parse(PAGE);
const norm = (s: string | null | undefined) => (s ?? "").replace(/\s+/g, " ").trim();
const textOf = (el: Element | null) => norm(el?.textContent);
/** Quote text without the ellipses an excerpt adds. */
const unellipsed = (s: string) => s.replace(/^…|…$/g, "");
const byId = (id: string) => doc.getElementById(id);
const claimRow = (id: string) => byId(`claim-${id}`);
const conflictEl = (id: string) => byId(`conflict-${id.replaceAll(":", "-")}`);
const valueOf = (c: ClaimRecord) => (c.value === null ? "a statement" : asRead({ ...c, value: c.value }));
const plainValue = (c: ClaimRecord) =>
  c.value === null ? "" : asRead({ ...c, value: c.value, qualifier: null });

describe("the methodology page holds every claim", () => {
  it("has one table row per claim in claims.json, in file order, each with id claim-<id>", () => {
    const rows = [...doc.querySelectorAll("table.claims tbody tr")];
    expect(rows.map((r) => r.id)).toEqual(claims.map((c) => `claim-${c.id}`));
  });

  it.each(claims.filter((c) => c.quote !== null).map((c) => [c.id, c] as const))(
    "shows quoted claim %s with its quote, its number as written marked, its figure, and its article by name",
    (_, c) => {
      const row = claimRow(c.id)!;
      const quote = row.querySelector("q.quote");
      expect(textOf(quote)).toBe(norm(c.quote));
      expect([...quote!.querySelectorAll("mark")].map(textOf)).toEqual(c.asWritten ? [c.asWritten] : []);
      const cells = [...row.querySelectorAll("td")].map(textOf);
      expect(cells).toContain(valueOf(c));
      expect(textOf(row.querySelector("th .claim-link"))).toBe(metricLabel(c.metric));
      expect(textOf(row.querySelector("th .claim-period"))).toBe(periodLabel(c.period));
      const source = sources.find((s) => s.id === c.source)!;
      const link = row.querySelector(`a[href="#source-${c.source!.replace(/\.txt$/, "")}"]`);
      expect(textOf(link)).toBe(source.outlet ?? source.title);
      // Ids and file names belong in the downloads, not in what a reader sees.
      expect(textOf(row)).not.toContain(c.id);
      expect(textOf(row)).not.toContain(c.source!);
    },
  );

  it.each(claims.filter((c) => c.formula !== null).map((c) => [c.id, c] as const))(
    "shows derived claim %s with links to its inputs and the arithmetic with their values",
    (_, c) => {
      const row = claimRow(c.id)!;
      for (const input of c.inputs) {
        expect(row.querySelector(`a[href="#claim-${input}"]`), input).not.toBeNull();
        const i = claimById.get(input)!;
        expect(textOf(row)).toContain(plainValue(i));
      }
      expect(textOf(row)).toContain(`= ${plainValue(c)}`);
      expect(textOf(row)).toContain(valueOf(c));
    },
  );

  it("links each claim in a conflict to that conflict", () => {
    for (const c of claims)
      for (const k of c.conflicts)
        expect(
          claimRow(c.id)!.querySelector(`a[href="#conflict-${k.replaceAll(":", "-")}"]`),
          c.id,
        ).not.toBeNull();
  });
});

describe("the methodology page holds every conflict", () => {
  it.each(conflicts.map((k) => [k.id, k] as const))(
    "shows %s with all of its quotes side by side",
    (_, k) => {
      const el = conflictEl(k.id)!;
      expect(el).not.toBeNull();
      const items = [...el.querySelectorAll(".conflict-item")];
      expect(items).toHaveLength(k.items.length);
      k.items.forEach((item, i) => {
        const shown = textOf(items[i]!.querySelector("q.quote"));
        const mention = item.mention ? mentionById.get(item.mention) : undefined;
        if (item.claim) {
          // A curated quote is shown as curated.
          expect(shown).toBe(norm(claimById.get(item.claim)!.quote));
          expect(items[i]!.querySelector(`a[href="#claim-${item.claim}"]`)).not.toBeNull();
        } else {
          // An extracted sentence is shown whole when short, else as an excerpt around its number.
          expect(norm(item.quote)).toContain(unellipsed(shown));
          if (item.quote.length <= 100) expect(shown).toBe(norm(item.quote));
          expect(shown).toContain(mention!.text);
        }
        if (item.rate !== null) expect(textOf(items[i]!)).toMatch(new RegExp(`Implies ${item.rate}\\b`));
      });
    },
  );

  it.each(conflicts.filter((k) => k.decision).map((k) => [k.id, k] as const))(
    "shows the choice for %s, linked to the chosen claim, and its reason with every claim it names",
    (_, k) => {
      const el = conflictEl(k.id)!;
      const decision = el.querySelector(".decision")!;
      if (k.decision!.chosen)
        expect(decision.querySelector(`a[href="#claim-${k.decision!.chosen}"]`)).not.toBeNull();
      for (const [, ref] of k.decision!.reason.matchAll(/\{([a-z0-9-]+)\}/g)) {
        const link = decision.querySelector(`a[href="#claim-${ref}"]`);
        expect(link, ref).not.toBeNull();
        expect(textOf(link)).toBe(valueOf(claimById.get(ref!)!));
      }
      expect(textOf(decision)).not.toMatch(/\{[a-z0-9-]+\}/);
    },
  );
});

describe("the methodology page reads for readers", () => {
  it.each(conflicts.map((k) => [k.id, k] as const))(
    "heads %s in words and names each article by its outlet or headline",
    (_, k) => {
      const el = conflictEl(k.id)!;
      const heading = textOf(el.querySelector("h3"));
      if (k.title) expect(heading).toBe(k.title);
      expect(heading).not.toMatch(/:|_|\b[a-z0-9]+-[a-z0-9]+-[a-z0-9]+\b/);
      const items = [...el.querySelectorAll(".conflict-item")];
      k.items.forEach((item, i) => {
        const source = sources.find((s) => s.id === item.source)!;
        expect(textOf(items[i]!.querySelector(".conflict-meta"))).toContain(source.outlet ?? source.title);
      });
    },
  );

  it("shows no claim id and no seed file name anywhere a reader reads", () => {
    const main = doc.querySelector("main")!.cloneNode(true) as Element;
    // Quotes are the articles' own words; everything else is ours.
    for (const q of main.querySelectorAll("q, script, style")) q.remove();
    const text = textOf(main);
    for (const c of claims) expect(text, c.id).not.toContain(c.id);
    for (const s of sources) expect(text, s.id).not.toContain(s.id);
    expect(text).not.toMatch(/\{[a-z0-9.-]+\}/);
  });

  it("runs no word into a number in its own prose (the 'explained5' fault)", () => {
    const prose = [
      ...doc.querySelectorAll("main .lede, main section > p, main .steps li, main .decision dd"),
    ];
    expect(prose.length).toBeGreaterThan(5);
    for (const el of prose) expect(textOf(el)).not.toMatch(/[a-z]\d/);
  });

  it("has the site's header with the story's chapters, linking back into the story", () => {
    const links = [...doc.querySelectorAll("nav.methodology-header a")];
    expect(links.length).toBeGreaterThan(3);
    for (const a of links) expect(a.getAttribute("href")).toMatch(/^\/#[a-z0-9-]+$/);
    const story = parse("dist/index.html");
    for (const a of links) {
      const target = story.getElementById(a.getAttribute("href")!.slice(2));
      expect(target, a.getAttribute("href")!).not.toBeNull();
    }
  });
});

describe("the methodology page describes the data", () => {
  it("states the dataset version and the data date from coverage.json", () => {
    expect(textOf(byId("how"))).toContain(coverage.version);
    if (coverage.dataDate)
      expect(doc.querySelector(`#how time[datetime="${coverage.dataDate}"]`)).not.toBeNull();
  });

  it("gives the counts of coverage.json in its account of how the data was compiled", () => {
    const how = textOf(byId("how"));
    for (const n of [
      coverage.seeds,
      coverage.mentions,
      coverage.mentionsUsed,
      coverage.claims,
      coverage.derived,
    ])
      expect(how).toMatch(new RegExp(`\\b${n}\\b`));
  });

  it.each(sources.map((s) => [s.id, s] as const))(
    "lists source %s with its title, what it states, its claim count and caveats",
    (_, s) => {
      const el = byId(`source-${s.id.replace(/\.txt$/, "")}`)!;
      expect(el).not.toBeNull();
      const text = textOf(el);
      const fact = (label: string) =>
        textOf([...el.querySelectorAll("dt")].find((dt) => textOf(dt) === label)?.nextElementSibling ?? null);
      expect(textOf(el.querySelector("h3 q"))).toBe(norm(s.title));
      expect(fact("Author")).toBe(s.author ?? "not stated");
      expect(fact("Outlet")).toBe(s.outlet ?? "not stated");
      if (s.date) expect(el.querySelector(`time[datetime="${s.date}"]`)).not.toBeNull();
      else expect(fact("Date")).toBe("not stated");
      expect(fact("Supports")).toBe(`${s.claims} ${s.claims === 1 ? "claim" : "claims"}`);
      for (const caveat of s.caveats) expect(text).toContain(norm(caveat));
    },
  );

  it("lists every number no claim uses, under its source, with the number marked", () => {
    const unused = mentions.filter((m) => m.usedBy.length === 0);
    expect(unused).toHaveLength(coverage.mentions - coverage.mentionsUsed);
    const listed = [...doc.querySelectorAll("#coverage [data-mention]")];
    expect(listed.map((li) => li.getAttribute("data-mention"))).toEqual(unused.map((m) => m.id));
    for (const m of unused) {
      const li = doc.querySelector(`#coverage [data-mention="${m.id}"]`)!;
      expect(textOf(li.querySelector("mark"))).toBe(m.text);
      expect(norm(m.sentence)).toContain(unellipsed(textOf(li.querySelector("q"))));
      const group = li.closest("section")!;
      expect(group.querySelector(`a[href="#source-${m.source.replace(/\.txt$/, "")}"]`)).not.toBeNull();
    }
  });

  it("shows the corrections of data/corrections.csv, or says there are none", () => {
    const corrections = parseCorrections(readFileSync("data/corrections.csv", "utf8"), claims);
    const section = byId("corrections")!;
    if (corrections.length === 0) expect(textOf(section)).toContain("No corrections yet.");
    for (const c of corrections) {
      const li = byId(`correction-${c.line}`)!;
      expect(li.querySelector(`a[href="#claim-${c.claim}"]`)).not.toBeNull();
      expect(claimRow(c.claim)!.querySelector(`a[href="#correction-${c.line}"]`)).not.toBeNull();
    }
  });
});

describe("citations resolve and articles stay unpublished", () => {
  const BASE = (process.env["BASE_PATH"] ?? "/").replace(/\/?$/, "/");
  const pages = [
    { file: PAGE, path: `${BASE}methodology/` },
    { file: "dist/index.html", path: BASE },
  ].filter((p) => existsSync(p.file));

  it.each(pages.map((p) => [p.file, p] as const))(
    "every #claim-, #conflict- and #source- link in %s lands on an anchor of the methodology page",
    (_, { file, path }) => {
      const page = parse(file);
      const links = [...page.querySelectorAll("a[href]")]
        .map((a) => new URL(a.getAttribute("href")!, `http://site${path}`))
        .filter((u) => /^#(claim|conflict|source)-/.test(u.hash));
      if (file === PAGE) expect(links.length).toBeGreaterThan(claims.length);
      for (const u of links) {
        expect(u.pathname, u.href).toBe(`${BASE}methodology/`);
        expect(byId(decodeURIComponent(u.hash.slice(1))), u.hash).not.toBeNull();
      }
    },
  );

  it("every same-page link on the methodology page lands on an element", () => {
    for (const a of doc.querySelectorAll('a[href^="#"]')) {
      const id = decodeURIComponent(a.getAttribute("href")!.slice(1));
      expect(byId(id), id).not.toBeNull();
    }
  });

  it("no built HTML page holds a seed paragraph (a line over 100 characters) whole", () => {
    const paragraphs = readdirSync("seeds")
      .filter((f) => f.endsWith(".txt"))
      .flatMap((f) =>
        readFileSync(join("seeds", f), "utf8")
          .replace(/^\uFEFF/, "")
          .split(/\r\n?|\n/)
          .map(norm)
          .filter((line) => line.length > 100)
          .map((line) => ({ f, line })),
      );
    expect(paragraphs.length).toBeGreaterThan(0);
    const html = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? html(join(dir, e.name)) : e.name.endsWith(".html") ? [join(dir, e.name)] : [],
      );
    for (const file of html("dist")) {
      const page = parse(file);
      const attrs = [...page.querySelectorAll("*")].flatMap((el) => [...el.attributes].map((a) => a.value));
      const text = norm(`${page.documentElement.textContent} ${attrs.join(" ")}`);
      for (const { f, line } of paragraphs)
        expect(text.includes(line), `${file} publishes a paragraph of ${f}`).toBe(false);
    }
  });
});

describe("the methodology page in Chromium", () => {
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await serveDist();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const open = async (options: { javaScriptEnabled?: boolean; width?: number } = {}) => {
    const context = await browser.newContext({
      javaScriptEnabled: options.javaScriptEnabled ?? true,
      viewport: { width: options.width ?? 1280, height: 800 },
    });
    const page = await context.newPage();
    const watch = watchPage(page, server.origin);
    await page.goto(server.url("/methodology/"));
    return { page, watch, close: () => context.close() };
  };
  const rowIds = (page: Page) =>
    page.locator("table.claims tbody tr:not([hidden])").evaluateAll((rows) => rows.map((r) => r.id));

  it("shows every claim row with JavaScript disabled, and no controls that would not work", async () => {
    const { page, close } = await open({ javaScriptEnabled: false });
    await expect(page.locator("table.claims tbody tr").count()).resolves.toBe(claims.length);
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 800 });
      const visible = await page
        .locator("table.claims tbody tr")
        .evaluateAll((rows) => rows.filter((r) => (r as HTMLElement).offsetHeight > 0).length);
      expect(visible, `rows visible at ${width}px`).toBe(claims.length);
    }
    await expect(page.getByRole("button").count()).resolves.toBe(0);
    await expect(page.getByLabel("Filter claims").count()).resolves.toBe(0);
    await close();
  });

  it("sorts by the figure from the keyboard, ascending then descending, statements last", async () => {
    const { page, watch, close } = await open();
    const header = page.getByRole("columnheader", { name: /Figure/ });
    const button = header.getByRole("button");
    const inOrder = (sign: number) =>
      claims
        .map((c, i) => ({ c, i }))
        .sort((a, b) =>
          a.c.value === null || b.c.value === null
            ? Number(a.c.value === null) - Number(b.c.value === null) || a.i - b.i
            : sign * (a.c.value - b.c.value) || a.i - b.i,
        )
        .map(({ c }) => `claim-${c.id}`);
    await button.focus();
    await page.keyboard.press("Enter");
    await expect(header.getAttribute("aria-sort")).resolves.toBe("ascending");
    expect(await rowIds(page)).toEqual(inOrder(1));
    await page.keyboard.press("Space");
    await expect(header.getAttribute("aria-sort")).resolves.toBe("descending");
    expect(await rowIds(page)).toEqual(inOrder(-1));
    await expect(page.locator("[aria-sort]").count()).resolves.toBe(1);
    await expect(page.getByRole("status").textContent()).resolves.toMatch(/Sorted by figure, descending/);
    expect(watch.errors).toEqual([]);
    await close();
  });

  it("reaches the sort buttons with Tab from the filter, past the scrollable table region", async () => {
    const { page, close } = await open();
    await page.getByLabel("Filter claims").focus();
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.getAttribute("role"))).resolves.toBe("region");
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toMatch(
      /^What it measures/,
    );
    await close();
  });

  it("filters rows by what is typed and announces the count in a live region", async () => {
    const { page, watch, close } = await open();
    const term = "usdt";
    await page.getByLabel("Filter claims").focus();
    await page.keyboard.type(term);
    const shown = await rowIds(page);
    // Every claim whose metric, unit or quote names the term is shown; every row shown holds it.
    const expected = claims.filter((c) =>
      [c.metric, c.unit, c.quote ?? ""].join(" ").toLowerCase().includes(term),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(shown).toEqual(expect.arrayContaining(expected.map((c) => `claim-${c.id}`)));
    expect(shown.length).toBeLessThan(claims.length);
    for (const id of shown) {
      const text = await page.locator(`[id="${id}"]`).textContent();
      expect(text!.toLowerCase()).toContain(term);
    }
    const status = page.getByRole("status");
    await expect(status.getAttribute("aria-live").then((v) => v ?? "polite")).resolves.toBe("polite");
    await expect(status.textContent()).resolves.toBe(`Showing ${shown.length} of ${claims.length} claims.`);

    // Following a link to a claim the filter hides clears the filter.
    const hidden = claims.find((c) => !shown.includes(`claim-${c.id}`))!;
    await page.evaluate((id) => (location.hash = `#claim-${id}`), hidden.id);
    await expect(page.locator(`[id="claim-${hidden.id}"]`).isVisible()).resolves.toBe(true);
    await expect(status.textContent()).resolves.toBe(`${claims.length} claims.`);

    await page.getByLabel("Filter claims").fill("no claim says this");
    await expect(status.textContent()).resolves.toBe(`Showing 0 of ${claims.length} claims.`);
    expect(watch.errors).toEqual([]);
    await close();
  });

  for (const colorScheme of ["light", "dark"] as const)
    for (const width of [1280, 375])
      it(`has no axe violations in ${colorScheme} at ${width}px, makes no outside request and logs no error`, async () => {
        const { page, watch, close } = await open({ width });
        await page.emulateMedia({ colorScheme });
        await page.getByRole("button", { name: /Source/ }).click();
        expect(await axeViolations(page)).toEqual([]);
        expect(watch.external).toEqual([]);
        expect(watch.errors).toEqual([]);
        await close();
      });
});
