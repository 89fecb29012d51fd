import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { CHART_IMAGE_INNER, CHART_IMAGE_WIDTH, chartImage, chartPng } from "../../src/render/chart-image.ts";

const chartSvg =
  `<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="100%" height="200" data-width="${CHART_IMAGE_INNER}" ` +
  `style="fill:var(--c-text, #1a1a1a)"><style>svg [data-states]{opacity:0}</style>` +
  `<rect width="50" height="100" style="fill:var(--c-accent, #b3261e)"/></svg>`;

const chart = new JSDOM(chartSvg, { contentType: "image/svg+xml" }).window.document.querySelector("svg")!;
const options = {
  title: "Cash withdrawn from ATMs kept rising",
  subtitle: "Cash withdrawn through ATMs in Kazakhstan, per year",
  notes: ["The earlier year is derived."],
  chart: { svg: chart, height: 200 },
  credit: ["Source: news reports.", "Chart: the site."],
};
const parse = (svg: string) =>
  new JSDOM(svg, { contentType: "image/svg+xml" }).window.document.documentElement;

describe("chartImage", () => {
  it("chartImage(options) is a standalone SVG with its size, a white background and every piece of text", () => {
    const image = chartImage(options);
    expect(image.width).toBe(CHART_IMAGE_WIDTH);
    const svg = parse(image.svg);
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
    // The chart given stays as it was: the page shows it themed.
    expect(chart.querySelector("style")).not.toBeNull();
    expect(chart.querySelector("rect")!.getAttribute("style")).toBe("fill:var(--c-accent, #b3261e)");
  });

  it("chartImage keeps markup characters in its text as text", () => {
    const title = 'Cash <withdrawn> & "kept" rising';
    const svg = parse(chartImage({ ...options, title }).svg);
    expect(svg.querySelector("parsererror")).toBeNull();
    expect(svg.getAttribute("aria-label")).toBe(title);
    expect(svg.querySelector(":scope > text")!.textContent).toBe(title);
  });

  it("chartImage places the chart at its drawn size below the title and grows with a longer title", () => {
    const image = chartImage(options);
    const placed = (svg: string) => parse(svg).querySelector(":scope > svg")!;
    const inner = placed(image.svg);
    expect([inner.getAttribute("x"), inner.getAttribute("width"), inner.getAttribute("height")]).toEqual([
      "24",
      String(CHART_IMAGE_INNER),
      "200",
    ]);
    const subtitleY = Number(parse(image.svg).querySelectorAll(":scope > text")[1]!.getAttribute("y"));
    expect(Number(inner.getAttribute("y"))).toBeGreaterThan(subtitleY);
    const long = chartImage({ ...options, title: `${options.title} `.repeat(4).trim() });
    expect(long.height).toBeGreaterThan(image.height + 50);
    // The chart moves down by as much as the image grows: the notes below it keep their place under it.
    expect(Number(placed(long.svg).getAttribute("y")) - Number(inner.getAttribute("y"))).toBe(
      long.height - image.height,
    );
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
