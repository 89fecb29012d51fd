import { describe, expect, expectTypeOf, it } from "vitest";
import { claimSchema, mentionSchema } from "../../src/pipeline/schema.ts";
import { QUALIFIERS, UNITS } from "../../src/pipeline/vocabulary.ts";
import type { Claim, Decision, Mention, Qualifier, Unit } from "../../src/pipeline/types.ts";

const mention = {
  id: "001_a.txt:10",
  source: "001_a.txt",
  start: 10,
  end: 14,
  line: 1,
  text: "3,500",
  sentence: "Over 3,500 platforms were shut.",
  value: 3500,
  unit: "count",
  qualifier: "over",
  iso: null,
  noun: "platforms",
  unitFrom: "text",
  conversion: null,
};

describe("the schemas are the types", () => {
  it("a pipeline type is its schema's output, with units and qualifiers as literal unions", () => {
    expectTypeOf<Mention>().toEqualTypeOf<ReturnType<typeof mentionSchema.parse>>();
    expectTypeOf<Unit>().toEqualTypeOf<(typeof UNITS)[number]>();
    expectTypeOf<Qualifier>().toEqualTypeOf<(typeof QUALIFIERS)[number]>();
    expectTypeOf<Claim["unit"]>().toEqualTypeOf<Unit | null>();
    expectTypeOf<"KZT">().toExtend<Unit>();
    expectTypeOf<"furlongs">().not.toExtend<Unit>();
    expectTypeOf<"amount">().toExtend<Decision["difference"]>();
    expectTypeOf<string>().not.toExtend<Decision["difference"]>();
  });

  it("mentionSchema accepts a mention in a known unit and rejects one in any other", () => {
    expect(mentionSchema.safeParse(mention).success).toBe(true);
    expect(mentionSchema.safeParse({ ...mention, unit: "furlongs" }).success).toBe(false);
    expect(mentionSchema.safeParse({ ...mention, qualifier: "roughly" }).success).toBe(false);
  });

  it("claimSchema takes a statement claim (no value, no unit) but not a field it does not know", () => {
    const claim = {
      id: "seized-crypto-sold",
      metric: "seized-crypto",
      period: "event",
      value: null,
      unit: null,
      qualifier: "exact",
      iso: null,
      source: "001_a.txt",
      quote: "seized assets go to the state fund",
      note: "",
      formula: null,
      inputs: [],
      mention: null,
      asWritten: null,
      quoteStart: 0,
      quoteEnd: 34,
      line: 2,
    };
    expect(claimSchema.safeParse(claim).success).toBe(true);
    expect(claimSchema.safeParse({ ...claim, conflicts: [] }).success).toBe(false);
  });
});
