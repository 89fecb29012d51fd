import { describe, expect, it } from "vitest";
import { chartPlace } from "../../src/render/standalone.ts";
import type { Chapter, Story } from "../../src/data/story-copy.ts";

const chapter = (c: Partial<Chapter>): Chapter =>
  ({ kind: "chapter", title: "t", steps: [], after: [], ...c }) as Chapter;

const story = {
  opening: {},
  ending: {},
  chapters: [
    chapter({
      id: "the-crackdown",
      chart: "shutdowns",
      steps: [
        { id: "a", state: "2024", text: "" },
        { id: "b", state: "2025", text: "" },
      ],
    }),
    chapter({
      id: "cash-at-the-atm",
      chart: "atm-withdrawals",
      rest: "kzt",
      switch: { legend: "Show amounts in", options: [] },
      steps: [{ id: "c", state: "usd", text: "" }],
      after: [{ type: "figure", chart: "aifc-investment" }],
    }),
  ],
} as unknown as Story;

describe("chartPlace", () => {
  it("chartPlace(story, id) of a scrolly chart: its chapter and the chart's complete state, every value labelled", () => {
    expect(chartPlace(story, "shutdowns")).toEqual({
      chapter: "the-crackdown",
      state: "wider",
      switch: undefined,
    });
  });

  it("chartPlace carries the chapter's switch; a switched chart's complete state shows both currencies", () => {
    const place = chartPlace(story, "atm-withdrawals");
    expect(place.state).toBe("both");
    expect(place.switch?.legend).toBe("Show amounts in");
  });

  it("chartPlace of a figure after the steps: its chapter and the chart's complete state", () => {
    expect(chartPlace(story, "aifc-investment")).toEqual({ chapter: "cash-at-the-atm", state: "split" });
  });

  it("chartPlace of a chart the story does not show: no chapter, the complete state", () => {
    expect(chartPlace(story, "timeline")).toEqual({ chapter: null, state: "all" });
  });
});
