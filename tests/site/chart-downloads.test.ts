/**
 * The SVG chart downloads as a journalist opens them: in a browser, with the reader's own system
 * font rather than the width table the layout measured with. Debian's Chromium sets system-ui in
 * DejaVu Sans, wider than the table's Helvetica-like metrics, so it is a fair worst case. Every
 * SVG download the build wrote, in every language folder. Run after `npm run build`.
 */
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { useSite } from "../helpers/use-site.ts";

const DIST = process.env["SITE_DIST"] ?? "dist";
const site = useSite(DIST);

/** Every `downloads/*.svg` below dist/, as site paths ("/downloads/x.svg", "/ru/downloads/x.svg"). */
function svgDownloads(dir = DIST): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...svgDownloads(path));
    else if (/(^|\/)downloads\/[^/]+\.svg$/.test(relative(DIST, path)))
      found.push(`/${relative(DIST, path).split("\\").join("/")}`);
  }
  return found.sort();
}

describe("SVG chart downloads", () => {
  it("set every line of text inside the picture, in the browser's own system font", async () => {
    const paths = svgDownloads();
    expect(paths.length).toBeGreaterThan(0);
    const page = await site.browser.newPage();
    const outside: string[] = [];
    for (const path of paths) {
      await page.goto(site.server.url(path));
      const found = await page.evaluate(() => {
        const svg = document.documentElement as unknown as SVGSVGElement;
        const box = svg.getBoundingClientRect();
        return [...svg.querySelectorAll("text")]
          .map((t) => ({ text: t.textContent ?? "", r: t.getBoundingClientRect() }))
          .filter(({ text, r }) => text.trim() && (r.left < box.left - 0.5 || r.right > box.right + 0.5))
          .map(
            ({ text, r }) =>
              `"${text}" spans ${Math.round(r.left)}–${Math.round(r.right)} px of ${box.width}`,
          );
      });
      outside.push(...found.map((f) => `${path}: ${f}`));
    }
    await page.close();
    expect(outside).toEqual([]);
  });
});
