import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { CHART_IMAGE_INNER, CHART_IMAGE_WIDTH, chartImage, chartPng } from "../../src/render/chart-image.ts";

const chartSvg =
  `<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="100%" height="200" data-width="${CHART_IMAGE_INNER}" ` +
  `style="fill:var(--c-text, #1a1a1a)"><style>svg [data-states]{opacity:0}</style>` +
  `<rect width="50" height="100" style="fill:var(--c-accent, #b3261e)"/></svg>`;

const options = {
  title: "Cash withdrawn from ATMs kept rising",
  subtitle: "Cash withdrawn through ATMs in Kazakhstan, per year",
  notes: ["The earlier year is derived."],
  chartSvg,
  credit: ["Source: news reports.", "Chart: the site."],
};

describe("chartImage", () => {
  it("chartImage(options) is a standalone SVG with its size, a white background and every piece of text", () => {
    const image = chartImage(options);
    expect(image.width).toBe(CHART_IMAGE_WIDTH);
    const svg = new JSDOM(image.svg, { contentType: "image/svg+xml" }).window.document.documentElement;
    expect(svg.getAttribute("width")).toBe(String(CHART_IMAGE_WIDTH));
    expect(svg.getAttribute("height")).toBe(String(image.height));
    expect(svg.querySelector("rect")!.getAttribute("fill")).toBe("#ffffff");
    const text = [...svg.querySelectorAll(":scope > text")].map((t) => t.textContent);
    expect(text).toEqual([options.title, options.subtitle, ...options.notes, ...options.credit]);
  });

  it("chartImage flattens the chart: light colours instead of theme variables, no stylesheet", () => {
    const { svg } = chartImage(options);
    expect(svg).not.toContain("var(--");
    expect(svg).not.toContain("<style");
    expect(svg).toContain("fill:#b3261e");
  });

  it("chartImage places the chart at its drawn size below the title and grows with a longer title", () => {
    const { svg, height } = chartImage(options);
    expect(svg).toMatch(new RegExp(`<svg x="24" y="\\d+"[^>]* width="${CHART_IMAGE_INNER}" height="200"`));
    const long = chartImage({ ...options, title: `${options.title} `.repeat(4).trim() });
    expect(long.height).toBeGreaterThan(height + 50);
  });

  it("chartPng renders the image at 1x and 2x", () => {
    const { svg, height } = chartImage(options);
    for (const scale of [1, 2]) {
      const png = chartPng(svg, scale);
      const view = new DataView(png.buffer, png.byteOffset);
      expect([view.getUint32(16), view.getUint32(20)]).toEqual([CHART_IMAGE_WIDTH * scale, height * scale]);
    }
  });
});
