import { describe, expect, it } from "vitest";
import { stack } from "../../src/render/furniture.ts";

describe("stack", () => {
  const small = { size: 10, line: 12 };
  const large = { size: 20, line: 30, bold: true };

  it("sets blocks one below the other, a line box each, with each block's space after it", () => {
    // At 1 px every word is wider than the column, so each stands on its own line.
    const { lines, height } = stack(
      [
        { text: "one two three", type: small, after: 5 },
        { text: "four", type: large },
      ],
      1,
    );
    expect(lines.map((l) => [l.text, l.top])).toEqual([
      ["one", 0],
      ["two", 12],
      ["three", 24],
      ["four", 3 * 12 + 5],
    ]);
    expect(lines.at(-1)!.type).toBe(large);
    expect(height).toBe(3 * 12 + 5 + 30);
  });

  it("an empty block takes no room, not even its space after", () => {
    const alone = stack([{ text: "title", type: large, after: 4 }], 500);
    const withEmpty = stack(
      [
        { text: "title", type: large, after: 4 },
        { text: "", type: small, after: 16 },
      ],
      500,
    );
    expect(withEmpty).toEqual(alone);
    expect(alone.height).toBe(30 + 4);
  });
});
