import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { embedSnippet } from "../../src/client/embed-snippet.ts";

const parse = (html: string) => JSDOM.fragment(html);

describe("embedSnippet", () => {
  const snippet = embedSnippet({
    src: "https://example.org/a/embed/shutdowns/",
    title: "Kazakhstan's crackdown on crypto exchangers sharpened",
    height: 612.4,
    loader: "https://example.org/a/embed.js",
  });

  it("embedSnippet(options) is an iframe with a title, lazy loading, full width and a starting height", () => {
    const iframe = parse(snippet).querySelector("iframe")!;
    expect(iframe.getAttribute("src")).toBe("https://example.org/a/embed/shutdowns/");
    expect(iframe.getAttribute("title")).toBe("Kazakhstan's crackdown on crypto exchangers sharpened");
    expect(iframe.getAttribute("loading")).toBe("lazy");
    expect(iframe.getAttribute("width")).toBe("100%");
    expect(iframe.getAttribute("height")).toBe("612");
    expect(iframe.hasAttribute("data-kz-embed")).toBe(true);
    expect(iframe.getAttribute("style")).toContain("width:100%");
  });

  it("embedSnippet(options) ends with the loader script, async", () => {
    const script = parse(snippet).querySelector("script")!;
    expect(script.getAttribute("src")).toBe("https://example.org/a/embed.js");
    expect(script.hasAttribute("async")).toBe(true);
  });

  it("embedSnippet escapes quotes and angle brackets in the title", () => {
    const html = embedSnippet({
      src: "/e/",
      title: `He said "<b>no</b>" & left`,
      height: 100,
      loader: "/l.js",
    });
    expect(parse(html).querySelector("iframe")!.getAttribute("title")).toBe(`He said "<b>no</b>" & left`);
    expect(parse(html).querySelectorAll("b")).toHaveLength(0);
  });
});
