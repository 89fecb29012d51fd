import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { SOCIAL_WIDTH, socialSvg } from "../../src/render/social-image.ts";
import { textWidth } from "../../src/shared/text-measure.ts";

const chartSvg =
  '<svg xmlns="http://www.w3.org/2000/svg" width="100%" height="300"><rect width="10" height="10"/></svg>';
const options = {
  kicker: "Data story",
  headline: "Kazakhstan squeezes illicit crypto & its “cash-out” networks while it builds a licensed market",
  chartTitle: "Crypto platforms shut down <by year>",
  chart: {
    svg: new JSDOM(chartSvg, { contentType: "image/svg+xml" }).window.document.querySelector("svg")!,
    height: 300,
  },
  credit: "Source: news reports",
};

describe("socialSvg", () => {
  const doc = new JSDOM(socialSvg(options), { contentType: "image/svg+xml" }).window.document;
  const lines = (index: number) => [...doc.querySelectorAll("text")[index]!.querySelectorAll("tspan")];

  it("is well-formed SVG whose text reads back exactly, markup characters included", () => {
    expect(doc.querySelector("parsererror")).toBeNull();
    expect(
      lines(1)
        .map((t) => t.textContent)
        .join(" "),
    ).toBe(options.headline);
    expect(
      lines(2)
        .map((t) => t.textContent)
        .join(" "),
    ).toBe(options.chartTitle);
  });

  it("wraps the headline and the chart title to their columns by the charts' width table", () => {
    const chartX = SOCIAL_WIDTH - 64 - 500;
    expect(lines(1).length).toBeGreaterThan(1);
    for (const t of lines(1))
      expect(textWidth(t.textContent!, 46, { bold: true })).toBeLessThanOrEqual(chartX - 64 - 48);
    for (const t of lines(2)) expect(textWidth(t.textContent!, 22, { bold: true })).toBeLessThanOrEqual(500);
  });
});
