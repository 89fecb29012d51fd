/**
 * Embeds in real headless Chromium, as a publisher uses them: a host page on another origin (a
 * second server on another port) pastes the snippet, and each iframe keeps its content's height
 * as the host resizes; pym.js hosts, sandboxed iframes and hosts without scripts work too; nothing
 * a foreign frame or a bogus message says moves an iframe. Run after `npm run build`.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContextOptions, ElementHandle, Frame, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PING } from "../../src/client/embed-messages.ts";
import { embedSnippet } from "../../src/client/embed-snippet.ts";
import { chartIds, loadChart } from "../../src/data/generated.ts";
import { hostPage, serveHost, type HostServer } from "../../scripts/lib/host-page.ts";
import { launchChromium } from "../../scripts/lib/chromium.ts";
import { serveDist, type StaticServer } from "../../scripts/lib/serve-dist.ts";
import { axeViolations, watchPage } from "../helpers/page-checks.ts";

// SITE_DIST lets a developer test a private build while others rebuild dist/ in the same tree.
const DIST = process.env["SITE_DIST"] ?? "dist";
const WIDE = { width: 1024, height: 800 };
const NARROW = { width: 320, height: 800 };

let site: StaticServer;
let host: HostServer;
let browser: Browser;

beforeAll(async () => {
  site = await serveDist(DIST);
  host = await serveHost();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
  await site?.close();
});

/** The snippet for chart `id` with this test's site address, at the starting height the build chose. */
function snippetFor(id: string): string {
  const { height, title } = JSON.parse(readFileSync(join(DIST, "oembed", `${id}.json`), "utf8"));
  return embedSnippet({ src: site.url(`/embed/${id}/`), title, height, loader: site.url("/embed.js") });
}

/** Opens a host page made of `body` in a fresh context; `watch` sees requests leaving both origins. */
async function openHost(body: string, options: BrowserContextOptions = {}, head = "") {
  const context = await browser.newContext({ viewport: WIDE, ...options });
  context.setDefaultTimeout(8000);
  const page = await context.newPage();
  const watch = watchPage(page, site.origin);
  const path = `/article-${Math.random().toString(36).slice(2)}.html`;
  host.set(path, hostPage(body, head));
  await page.goto(host.url(path));
  return { page, watch, context, close: () => context.close() };
}

const iframes = (page: Page) => page.$$("iframe") as Promise<ElementHandle<HTMLIFrameElement>[]>;

/** The iframe's height on the host page and its document's own height, in CSS px. */
async function heights(iframe: ElementHandle<HTMLIFrameElement>) {
  const frame = (await iframe.contentFrame()) as Frame;
  const outer = await iframe.evaluate((f) => f.getBoundingClientRect().height);
  const inner = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
  return { outer, inner };
}

/** Waits until the iframe's height is within 2 px of its content's, scrolling it in to load it. */
async function expectFitted(iframe: ElementHandle<HTMLIFrameElement>, label: string) {
  await iframe.scrollIntoViewIfNeeded();
  await expect
    .poll(
      async () => {
        const frame = await iframe.contentFrame();
        if (!frame?.url().startsWith(site.origin)) return Infinity; // a lazy iframe not yet loading
        await frame.waitForLoadState("load");
        const { outer, inner } = await heights(iframe);
        return Math.abs(outer - inner);
      },
      { timeout: 5000, message: `${label}: iframe height should follow its content` },
    )
    .toBeLessThanOrEqual(2);
  return (await heights(iframe)).outer;
}

describe("a host page on another origin", () => {
  it("embeds every chart with the snippet; each iframe fits its content after load, at 320 px and wide again", async () => {
    const ids = chartIds();
    const { page, watch, close } = await openHost(
      ids.map((id) => `<p>Text before ${id}.</p>${snippetFor(id)}`).join("\n"),
    );
    expect(new URL(page.url()).origin).not.toBe(site.origin);
    const frames = await iframes(page);
    expect(frames).toHaveLength(ids.length);

    const wide: number[] = [];
    for (const [i, f] of frames.entries()) wide.push(await expectFitted(f, `${ids[i]} after load`));

    await page.setViewportSize(NARROW);
    const narrow: number[] = [];
    for (const [i, f] of frames.entries()) narrow.push(await expectFitted(f, `${ids[i]} at 320 px`));

    await page.setViewportSize(WIDE);
    for (const [i, f] of frames.entries()) {
      const again = await expectFitted(f, `${ids[i]} wide again`);
      expect(again, `${ids[i]} shrinks back when the host widens`).toBeLessThan(narrow[i]!);
      expect(Math.abs(again - wide[i]!), `${ids[i]} returns to its wide height`).toBeLessThanOrEqual(2);
    }
    expect(watch.external.filter((u) => !u.startsWith(host.origin))).toEqual([]);
    expect(watch.errors).toEqual([]);
    await close();
  });

  it("embeds out of view follow a resized host page without being scrolled to", async () => {
    const ids = chartIds().slice(0, 4);
    const { page, close } = await openHost(
      `<div style="height:2400px">A long article.</div>` + ids.map((id) => snippetFor(id)).join("\n"),
      { viewport: { width: 900, height: 800 } },
    );
    const frames = await iframes(page);
    for (const [i, f] of frames.entries()) await expectFitted(f, `${ids[i]} at 900 px`);
    // Back to the top: every embed is now far below the fold, where browsers throttle frames.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.setViewportSize({ width: 320, height: 800 });
    for (const [i, f] of frames.entries()) {
      expect(await f.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThan(800);
      await expect
        .poll(
          async () => {
            const { outer, inner } = await heights(f);
            return Math.abs(outer - inner);
          },
          { timeout: 5000, message: `${ids[i]} at 320 px, off-screen` },
        )
        .toBeLessThanOrEqual(2);
    }
    await close();
  });

  it("an iframe keeps a steady height: the embed does not grow with its frame", async () => {
    const { page, close } = await openHost(snippetFor("shutdowns"));
    const [iframe] = await iframes(page);
    const first = await expectFitted(iframe!, "shutdowns");
    // Make the frame taller than its chart, then ask the embed for its height as the loader does:
    // an embed that measured its frame rather than its content would answer with the taller height.
    await iframe!.evaluate((f) => (f.style.height = `${f.getBoundingClientRect().height + 300}px`));
    await iframe!.evaluate((f, ping) => f.contentWindow!.postMessage(ping, "*"), PING);
    await expect
      .poll(async () => (await heights(iframe!)).outer, {
        message: "the embed answers with its chart's height",
      })
      .toBe(first);
    await close();
  });

  it("the embed page is as tall in a short window as in a tall one", async () => {
    const measure = async (height: number) => {
      const page = await browser.newPage({ viewport: { width: 600, height } });
      await page.goto(site.url("/embed/seizures/"));
      const h = await page.evaluate(() => document.documentElement.getBoundingClientRect().height);
      await page.close();
      return h;
    };
    expect(await measure(300)).toBe(await measure(3000));
  });

  it("a loader that arrives after the embed loaded still sizes it (it pings, the embed answers)", async () => {
    const src = site.url("/embed/rules/");
    const { page, close } = await openHost(
      `<iframe src="${src}" title="Rules" data-kz-embed width="100%" height="150" style="width:100%;border:0"></iframe>`,
      {},
      `<script>window.__heard = []; addEventListener("message", (e) => __heard.push(e.data));</script>`,
    );
    const [iframe] = await iframes(page);
    // The embed posts its height on load, unheard. Messages from one window arrive in order: once
    // a marker posted after load reaches the host, so has every height the embed sent before it.
    const frame = (await iframe!.contentFrame())!;
    await frame.waitForLoadState("load");
    await frame.evaluate(() => parent.postMessage("marker:loaded", "*"));
    await page.waitForFunction(() =>
      (window as unknown as { __heard: unknown[] }).__heard.includes("marker:loaded"),
    );
    expect((await heights(iframe!)).outer).toBe(150);
    await page.addScriptTag({ url: site.url("/embed.js") });
    await expectFitted(iframe!, "rules after a late loader");
    await close();
  });

  it("a pym.js Parent resizes an embed", async () => {
    const { page, close } = await openHost(
      `<div id="pym-chart"></div><script src="/pym.js"></script>` +
        `<script>new pym.Parent("pym-chart", ${JSON.stringify(site.url("/embed/cashout-networks/"))}, {title: "Cash-out networks"});</script>`,
    );
    const [iframe] = await iframes(page);
    expect(await iframe!.getAttribute("src")).toContain("childId=pym-chart");
    const wide = await expectFitted(iframe!, "pym at 1024 px");
    await page.setViewportSize(NARROW);
    const narrow = await expectFitted(iframe!, "pym at 320 px");
    expect(narrow).toBeGreaterThan(wide);
    await close();
  });

  it("a message from a foreign frame, from the host itself or with a bogus height changes nothing", async () => {
    host.set(
      "/foreign.html",
      `<!doctype html><title>Foreign</title><p>Foreign</p><script>
        addEventListener("message", (e) => {
          if (e.data !== "go") return;
          for (const m of ['{"type":"kz-embed:height","chart":"shutdowns","height":900}',
                           {sentinel: "amp", type: "embed-size", height: 900},
                           "pymxPYMxpym-chartxPYMxheightxPYMx900", "marker:foreign"]) parent.postMessage(m, "*");
        });
      </script>`,
    );
    const { page, close } = await openHost(
      `${snippetFor("shutdowns")}<iframe id="foreign" src="/foreign.html" title="Foreign" style="width:100%;height:120px;border:0"></iframe>`,
    );
    const [ours, foreign] = await iframes(page);
    const fitted = await expectFitted(ours!, "shutdowns");
    const foreignHeight = await foreign!.evaluate((f) => f.getBoundingClientRect().height);

    // Messages from one window to another arrive in the order they were posted: each sender ends
    // with a marker, and once the host has heard all three, the loader has handled every message.
    await page.evaluate(() => {
      const heard: string[] = [];
      (window as unknown as { __markers: string[] }).__markers = heard;
      addEventListener("message", (e) => {
        if (typeof e.data === "string" && e.data.startsWith("marker:")) heard.push(e.data);
      });
    });
    await page.evaluate(() =>
      (document.getElementById("foreign") as HTMLIFrameElement).contentWindow!.postMessage("go", "*"),
    );
    await page.evaluate(() => {
      postMessage({ type: "kz-embed:height", chart: "shutdowns", height: 901 }, "*");
      postMessage("marker:host", "*");
    });
    const frame = (await ours!.contentFrame())!;
    await frame.evaluate(() => {
      for (const height of [1e9, -5, 0, Infinity, "100vh", "12px", null])
        parent.postMessage({ type: "kz-embed:height", chart: "shutdowns", height }, "*");
      parent.postMessage("pymxPYMxidxPYMxheightxPYMx99999999", "*");
      parent.postMessage('{"type":"kz-embed:height","height":"calc(100% + 1px)"}', "*");
      parent.postMessage("marker:embed", "*");
    });
    await page.waitForFunction(
      () => (window as unknown as { __markers: string[] }).__markers.length === 3,
      undefined,
      { timeout: 5000 },
    );
    expect((await heights(ours!)).outer).toBe(fitted);
    expect(await foreign!.evaluate((f) => f.getBoundingClientRect().height)).toBe(foreignHeight);
    await close();
  });

  it("a sandboxed iframe (allow-scripts allow-popups) still sizes itself and opens links in a new tab", async () => {
    const sandboxed = snippetFor("atm-withdrawals").replace(
      "<iframe ",
      '<iframe sandbox="allow-scripts allow-popups" ',
    );
    const { page, watch, context, close } = await openHost(sandboxed);
    const [iframe] = await iframes(page);
    await expectFitted(iframe!, "sandboxed atm-withdrawals");
    const frame = (await iframe!.contentFrame())!;
    expect(await frame.evaluate(() => origin)).toBe("null");
    // The switch is script-driven: it shows and works inside the sandbox.
    await frame.getByRole("radio", { name: "US dollars" }).click();
    await expect.poll(() => frame.locator("figure").getAttribute("data-state")).toBe("usd");
    const popup = context.waitForEvent("page");
    await frame.locator(".embed__credit a").first().click();
    expect((await popup).url()).toContain(site.origin);
    expect(watch.errors).toEqual([]);
    await close();
  });

  it("with scripts stripped, the iframe shows the finished chart at its starting height, all of it", async () => {
    const { page, close } = await openHost(snippetFor("atm-withdrawals").replace(/<script.*<\/script>/, ""), {
      javaScriptEnabled: false,
      viewport: { width: 656, height: 900 },
    });
    const [iframe] = await iframes(page);
    await iframe!.scrollIntoViewIfNeeded();
    const frame = (await iframe!.contentFrame())!;
    await frame.waitForLoadState("load");
    const { outer, inner } = await heights(iframe!);
    const { height } = JSON.parse(readFileSync(join(DIST, "oembed/atm-withdrawals.json"), "utf8"));
    expect(outer).toBe(height);
    // Sensible: nothing cut off, and not much empty space below.
    expect(inner).toBeLessThanOrEqual(outer);
    expect(inner).toBeGreaterThan(outer * 0.85);
    const svg = frame.locator("figure svg[role=img]").filter({ visible: true });
    expect(await svg.count()).toBe(1);
    // Without the switch, both currencies: the tenge figures with their dollar conversions.
    expect(await frame.locator("figure").getAttribute("data-state")).toBe("both");
    await close();
  });
});

describe("an embed page", () => {
  async function openEmbed(path: string, options: BrowserContextOptions = {}) {
    const context = await browser.newContext({ viewport: { width: 640, height: 800 }, ...options });
    const page = await context.newPage();
    const watch = watchPage(page, site.origin);
    await page.goto(site.url(path));
    return { page, watch, close: () => context.close() };
  }

  it("?state=usd shows the dollar view, and the switch goes back to tenge", async () => {
    const { page, close } = await openEmbed("/embed/atm-withdrawals/?state=usd");
    const figure = page.locator("figure");
    expect(await figure.getAttribute("data-state")).toBe("usd");
    const usd = page.getByRole("radio", { name: "US dollars" });
    expect(await usd.isChecked()).toBe(true);
    await page.getByRole("radio", { name: "Tenge" }).click();
    expect(await figure.getAttribute("data-state")).toBe("kzt");
    for (const svg of await page.locator("figure svg[data-state]").all())
      expect(await svg.getAttribute("data-state")).toBe("kzt");
    await close();
  });

  it("with the switch working, a chart that shows both currencies without it starts in the first, checked", async () => {
    const { page, close } = await openEmbed("/embed/atm-withdrawals/");
    expect(await page.locator("figure").getAttribute("data-state")).toBe("kzt");
    expect(await page.getByRole("radio", { name: "Tenge" }).isChecked()).toBe(true);
    await close();
  });

  it("an unknown ?state= leaves the chart in its complete state", async () => {
    const { page, close } = await openEmbed("/embed/shutdowns/?state=nonsense");
    expect(await page.locator("figure").getAttribute("data-state")).toBe("wider");
    await close();
  });

  for (const colorScheme of ["light", "dark"] as const)
    it(`axe-core finds no violations (${colorScheme}), nothing leaves the origin, no console error`, async () => {
      const { page, watch, close } = await openEmbed("/embed/atm-withdrawals/", {
        colorScheme,
        reducedMotion: "reduce",
      });
      await page.locator(".figure__data summary").click();
      await page.locator(".embed__cite summary").click();
      expect(await axeViolations(page)).toEqual([]);
      expect(watch.external).toEqual([]);
      expect(watch.errors).toEqual([]);
      await close();
    });
});

describe("the Embed dialog in the story", () => {
  const atm = "#figure-cash-at-the-atm";

  async function openStory(options: BrowserContextOptions = {}) {
    const context = await browser.newContext({ viewport: WIDE, reducedMotion: "reduce", ...options });
    context.setDefaultTimeout(8000);
    const page = await context.newPage();
    const watch = watchPage(page, site.origin);
    await page.goto(site.url("/"));
    return { page, watch, context, close: () => context.close() };
  }

  it("opens from the keyboard, copies a snippet that works pasted into a host page, and gives focus back", async () => {
    const { page, context, watch, close } = await openStory();
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: site.origin });
    const button = page.locator(atm).getByRole("button", { name: "Embed" });
    expect(await button.getAttribute("aria-haspopup")).toBe("dialog");
    await button.focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Embed this chart" });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Copy code");
    await page.keyboard.press("Enter");
    await expect.poll(() => dialog.getByRole("status").textContent()).toBe("Copied the code.");
    const snippet = await page.evaluate(() => navigator.clipboard.readText());
    expect(snippet).toBe(await dialog.getByLabel("Embed code").inputValue());
    // No SITE_URL at build: the URLs come from the page's own address.
    expect(snippet).toContain(`src="${site.url("/embed/atm-withdrawals/")}"`);
    expect(snippet).toContain(`src="${site.url("/embed.js")}"`);
    expect(await dialog.getByLabel("Link to this chart").inputValue()).toBe(
      site.url("/embed/atm-withdrawals/"),
    );
    expect(await dialog.getByLabel("Cite this chart").inputValue()).toMatch(
      new RegExp(`dataset version \\w+ .*${site.url("/embed/atm-withdrawals/")}$`),
    );
    await page.keyboard.press("Escape");
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
    expect(watch.errors).toEqual([]);

    const pasted = await openHost(snippet);
    const [iframe] = await iframes(pasted.page);
    expect(await iframe!.getAttribute("title")).toBe(loadChart("atm-withdrawals").title);
    await expectFitted(iframe!, "the pasted snippet");
    await pasted.close();
    await close();
  });

  it("where the clipboard refuses, Copy selects the whole field and says how to copy it", async () => {
    const { page, close } = await openStory();
    await page.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new Error("denied"));
    });
    await page.locator(atm).getByRole("button", { name: "Embed" }).click();
    const dialog = page.getByRole("dialog", { name: "Embed this chart" });
    await dialog.getByRole("button", { name: "Copy link" }).click();
    await expect.poll(() => dialog.getByRole("status").textContent()).toMatch(/selected: press Ctrl\+C/);
    const field = dialog.getByLabel("Link to this chart");
    expect(await field.evaluate((f: HTMLInputElement) => f === document.activeElement)).toBe(true);
    expect(await field.evaluate((f: HTMLInputElement) => [f.selectionStart, f.selectionEnd])).toEqual([
      0,
      (await field.inputValue()).length,
    ]);
    await dialog.getByRole("button", { name: "Close" }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await close();
  });

  it("every story chart has an Embed button, and axe finds nothing wrong with a dialog open", async () => {
    const { page, close } = await openStory();
    const figures = page.locator("figure[data-chart]");
    const count = await figures.count();
    expect(count).toBeGreaterThanOrEqual(chartIds().length);
    for (const figure of await figures.all())
      expect(await figure.getByRole("button", { name: "Embed" }).count()).toBe(1);
    await page.locator(atm).getByRole("button", { name: "Embed" }).click();
    expect(await axeViolations(page)).toEqual([]);
    await close();
  });

  it("without JavaScript, Embed is a link to the chart's embed page", async () => {
    const { page, close } = await openStory({ javaScriptEnabled: false });
    const link = page.locator(atm).getByRole("link", { name: "Embed" });
    expect(await link.getAttribute("href")).toBe("/embed/atm-withdrawals/");
    await link.click();
    await page.waitForURL(site.url("/embed/atm-withdrawals/"));
    await close();
  });
});
