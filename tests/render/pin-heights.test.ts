import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DRAWINGS } from "../../src/charts/frame.ts";
import { LEAD_COLUMNS, leadStyle, pinHeights } from "../../src/render/pin-heights.ts";

const css = readFileSync(new URL("../../src/styles/story.css", import.meta.url), "utf8");

describe("the steps' lead on phones, band by band", () => {
  it("starts a band where each drawing starts, so no band's lead is worked out over the other drawing", () => {
    expect(LEAD_COLUMNS[0]).toBe(DRAWINGS[0].width);
    for (const { width } of DRAWINGS) expect(LEAD_COLUMNS).toContain(width);
    expect([...LEAD_COLUMNS].sort((a, b) => a - b)).toEqual([...LEAD_COLUMNS]);
  });

  it("story.css picks each band's lead by a container query at the band's width, and no other", () => {
    // The narrowest band's lead is the rule's own; each wider one's comes from its container query.
    const queried = [
      ...css.matchAll(
        /@container \(min-width: (\d+)px\) \{\s*\.js \.scrolly__steps \{\s*--lead: var\(--pin-(\d+)\);/g,
      ),
    ].map((m) => [Number(m[1]), Number(m[2])]);
    for (const [width, pin] of queried) expect(pin, `the query at ${width}px`).toBe(width);
    expect(queried.map(([width]) => width)).toEqual(LEAD_COLUMNS.slice(1));
    expect(css).toContain(
      `--lead: var(--pin-${LEAD_COLUMNS[0]});\n    padding-top: calc(var(--lead, 0px) + var(--sp-lg));`,
    );
    const used = new Set([...css.matchAll(/--pin-(\d+)/g)].map((m) => Number(m[1])));
    expect([...used].sort((a, b) => a - b)).toEqual([...LEAD_COLUMNS]);
  });

  it("hands every band its height, shorter or equal as the column widens within a drawing", () => {
    const heights = pinHeights("aifc-market", { state: "volume", switched: false, locale: "ru" });
    expect(Object.keys(heights).map(Number)).toEqual([...LEAD_COLUMNS]);
    const style = leadStyle(heights);
    expect(style.split(";")).toHaveLength(LEAD_COLUMNS.length);
    for (const column of LEAD_COLUMNS) expect(style).toContain(`--pin-${column}:${heights[column]}px`);
    // A wider column wraps the title and subtitle in no more lines, over the same drawing.
    const narrow = LEAD_COLUMNS.filter((c) => c < DRAWINGS[1].width);
    for (const [a, b] of narrow.slice(1).map((c, i) => [narrow[i]!, c] as const))
      expect(heights[b], `${b} px against ${a} px`).toBeLessThanOrEqual(heights[a]);
  });
});
