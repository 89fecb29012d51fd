import { describe, expect, it } from "vitest";
import { escapeMarkup } from "../../src/shared/markup.ts";

describe("escapeMarkup", () => {
  it("escapes the characters that would end a text node or a double-quoted attribute", () => {
    expect(escapeMarkup(`Tom & "Jerry" <3 > 2`)).toBe("Tom &amp; &quot;Jerry&quot; &lt;3 &gt; 2");
  });

  it("leaves curly quotes, apostrophes and currency signs as they are, and escapes an entity's ampersand again", () => {
    expect(escapeMarkup("Kazakhstan’s “₸13.2T” isn't")).toBe("Kazakhstan’s “₸13.2T” isn't");
    expect(escapeMarkup("&amp;")).toBe("&amp;amp;");
  });
});
