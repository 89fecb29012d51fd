import { describe, expect, it } from "vitest";
import { MAX_HEIGHT, MIN_HEIGHT, heightMessages, readHeight } from "../../src/client/embed-messages.ts";

describe("embed height messages", () => {
  it("heightMessages sends the own JSON, AMP's embed-size and, with a pym id, pym's height message", () => {
    expect(heightMessages(512.2, "shutdowns", "chart-1")).toEqual([
      '{"type":"kz-embed:height","chart":"shutdowns","height":513}',
      { sentinel: "amp", type: "embed-size", height: 513 },
      "pymxPYMxchart-1xPYMxheightxPYMx513",
    ]);
    expect(heightMessages(300, "x", null)).toHaveLength(2);
  });

  it("readHeight reads back every message heightMessages sends", () => {
    for (const m of heightMessages(640, "atm", "pym-x-id")) expect(readHeight(m)).toBe(640);
  });

  it("readHeight reads a pym message from pym's own Child, whose ids may contain an x", () => {
    expect(readHeight("pymxPYMxexample-xyzxPYMxheightxPYMx733")).toBe(733);
  });

  it.each([
    ["a foreign JSON message", '{"type":"resize","height":500}'],
    ["an AMP message of another type", { sentinel: "amp", type: "embed-ready", height: 500 }],
    ["a negative height", { sentinel: "amp", type: "embed-size", height: -5 }],
    ["an infinite height", { type: "kz-embed:height", height: Infinity }],
    ["NaN", { type: "kz-embed:height", height: NaN }],
    ["a height above the bound", { type: "kz-embed:height", height: MAX_HEIGHT + 1 }],
    ["a height below the bound", { type: "kz-embed:height", height: MIN_HEIGHT - 1 }],
    ["a height that is a CSS string", { type: "kz-embed:height", height: "100vh" }],
    ["a pym message of another kind", "pymxPYMxidxPYMxnavigateToxPYMxhttps://evil.example"],
    ["broken JSON", "{not json"],
    ["null", null],
  ])("readHeight ignores %s", (_, message) => {
    expect(readHeight(message)).toBeNull();
  });
});
