/** Which state the social card draws the lead chart in (data/story-copy.ts, socialState). */
import { describe, expect, it } from "vitest";
import { socialState } from "../../src/data/story-copy.ts";

const step = (id: string, text: string, state?: string) => ({ id, text, ...(state ? { state } : {}) });

describe("socialState", () => {
  const lead = {
    steps: [
      step("a", "Before: {old} shut.", "before"),
      step("b", "Then {new} shut and {seized} taken.", "after"),
      step("c", "Also {blocked} blocked.", "wider"),
    ],
  };

  it("picks the card citing most of the claims the headline and dek cite", () => {
    expect(socialState({ headline: "Headline {new}", dek: "Also {seized}, up from {old}" }, lead)).toBe(
      "after",
    );
  });

  it("on a tie, picks the later card", () => {
    expect(socialState({ headline: "Headline", dek: "{new} shut, up from {old}" }, lead)).toBe("after");
    expect(socialState({ headline: "{blocked} and {old}", dek: "" }, lead)).toBe("wider");
  });

  it("counts a claim cited in a continuation paragraph for its card", () => {
    const withMore = {
      steps: [...lead.steps.slice(0, 1), step("a2", "More: {blocked}."), ...lead.steps.slice(1)],
    };
    expect(socialState({ headline: "{blocked} and {old}", dek: "" }, withMore)).toBe("before");
  });

  it("ignores a claim's period or source, and falls back to the rest state when no card matches", () => {
    expect(socialState({ headline: "In {new.period}", dek: "per {new.source}" }, lead)).toBe("before");
    expect(socialState({ headline: "{other}", dek: "" }, { ...lead, rest: "wider" })).toBe("wider");
  });
});
