import { describe, expect, it } from "vitest";
import { chartCitation, SITE_NAME, siteAddress } from "../../src/shared/site-address.ts";

describe("siteAddress", () => {
  it("siteAddress(undefined, '/') gives base-rooted paths when the build does not know its address", () => {
    const at = siteAddress(undefined, "/");
    expect(at.absolute).toBe(false);
    expect(at.url()).toBe("/");
    expect(at.url("embed/shutdowns/")).toBe("/embed/shutdowns/");
  });

  it("siteAddress(site, base) joins the origin and a sub-path base, with or without slashes", () => {
    for (const [site, base] of [
      ["https://example.org", "/a/b/"],
      ["https://example.org/", "/a/b"],
      [new URL("https://example.org/"), "a/b/"],
    ] as const) {
      const at = siteAddress(site, base);
      expect(at.absolute).toBe(true);
      expect(at.base).toBe("/a/b/");
      expect(at.url("embed/x/")).toBe("https://example.org/a/b/embed/x/");
      expect(at.url("/embed.js")).toBe("https://example.org/a/b/embed.js");
      expect(at.url()).toBe("https://example.org/a/b/");
    }
  });

  it("siteAddress keeps a fragment path as given, for links into the story", () => {
    expect(siteAddress(null, "/sub/").url("#cash-at-the-atm")).toBe("/sub/#cash-at-the-atm");
  });
});

describe("chartCitation", () => {
  it("chartCitation names the title, the publisher, the dataset version, the data date and the URL", () => {
    expect(
      chartCitation({
        title: "Cash withdrawn from ATMs kept rising",
        url: "https://example.org/embed/atm-withdrawals/",
        version: "923d2045d036",
        dataDate: "2026-11-21",
      }),
    ).toBe(
      `“Cash withdrawn from ATMs kept rising.” ${SITE_NAME}, chart, dataset version 923d2045d036 ` +
        "(data as of 21 November 2026). https://example.org/embed/atm-withdrawals/",
    );
  });

  it("chartCitation leaves the data date out when the build does not know it", () => {
    expect(chartCitation({ title: "T", url: "https://x/", version: "v1", dataDate: null })).toBe(
      `“T.” ${SITE_NAME}, chart, dataset version v1. https://x/`,
    );
  });

  it("chartCitation adds no second full stop to a title that ends in one", () => {
    expect(chartCitation({ title: "Why?", url: "u", version: "v", dataDate: "2025-01-02" })).toMatch(
      /^“Why\?” /,
    );
  });
});
