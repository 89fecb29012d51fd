import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractMentions } from "../../src/pipeline/extract.ts";
import type { Mention } from "../../src/pipeline/types.ts";

const only = (text: string): Mention => {
  const found = extractMentions(text, "t.txt");
  expect(found, `mentions in ${JSON.stringify(text)}`).toHaveLength(1);
  return found[0]!;
};

describe("extractMentions reads money in the forms news copy uses", () => {
  it.each([
    ["$16.7 million", 16_700_000, "USD"],
    ["$16.7M", 16_700_000, "USD"],
    ["$6.8B", 6_800_000_000, "USD"],
    ["$6.8bn", 6_800_000_000, "USD"],
    ["US$2.1 billion", 2_100_000_000, "USD"],
    ["$642,000", 642_000, "USD"],
    ["24 billion KZT", 24_000_000_000, "KZT"],
    ["24B KZT", 24_000_000_000, "KZT"],
    ["7.5 billion tenge", 7_500_000_000, "KZT"],
    ["₸420,000", 420_000, "KZT"],
    ["KZT 500,000", 500_000, "KZT"],
    ["$545,000 USDT", 545_000, "USDT"],
    ["$4.8 million in USDT", 4_800_000, "USDT"],
  ] as const)("reads %j as %d %s", (text, value, unit) => {
    const m = only(`Officials said ${text} was involved.`);
    expect(m.value).toBe(value);
    expect(m.unit).toBe(unit);
    expect(m.text).toBe(text);
    expect(m.qualifier).toBe("exact");
  });

  it("reads '13.2 trillion KZT ($24.1 billion)' as a KZT amount with a USD equivalent", () => {
    const m = only("Withdrawals hit 13.2 trillion KZT ($24.1 billion) overall.");
    expect(m).toMatchObject({ value: 13.2e12, unit: "KZT", text: "13.2 trillion KZT" });
    expect(m.conversion).toMatchObject({
      value: 24.1e9,
      unit: "USD",
      qualifier: "exact",
      text: "$24.1 billion",
    });
  });

  it("reads '13.2T KZT (~$24.1B)' with an approximate conversion", () => {
    const m = only("Withdrawals hit 13.2T KZT (~$24.1B).");
    expect(m).toMatchObject({ value: 13.2e12, unit: "KZT" });
    expect(m.conversion).toMatchObject({ value: 24.1e9, unit: "USD", qualifier: "about", text: "$24.1B" });
  });

  it("reads '500,000 tenge ($925)' and '₸420,000 (about $913)' with their dollar conversions", () => {
    const [a, b] = extractMentions(
      "Top-ups of 500,000 tenge ($925) and transfers of ₸420,000 (about $913).",
      "t",
    );
    expect(a).toMatchObject({
      value: 500_000,
      unit: "KZT",
      conversion: { value: 925, unit: "USD", qualifier: "exact" },
    });
    expect(b).toMatchObject({
      value: 420_000,
      unit: "KZT",
      conversion: { value: 913, unit: "USD", qualifier: "about" },
    });
  });

  it("does not report a bracketed conversion a second time as its own mention", () => {
    expect(extractMentions("They moved 24 billion KZT (over $43 million).", "t")).toHaveLength(1);
  });

  it("carries the currency of an earlier amount to a bare 'one trillion' in the same paragraph", () => {
    const mentions = extractMentions(
      "Withdrawals reached 13.2 trillion KZT. This is one trillion higher than before.",
      "t",
    );
    const rise = mentions.find((m) => m.text === "one trillion")!;
    expect(rise).toMatchObject({ value: 1e12, unit: "KZT", unitFrom: "context" });
  });

  it("does not carry a currency across a paragraph break", () => {
    const mentions = extractMentions(
      "Withdrawals reached 13.2 trillion KZT.\nSome one trillion stars shine.",
      "t",
    );
    expect(mentions.find((m) => m.value === 1e12)?.unit).toBe("count");
  });
});

describe("extractMentions reads qualifiers", () => {
  it.each([
    ["over 3,500 platforms", 3500, "over", "over 3,500"],
    ["more than $500 million", 500e6, "over", "more than $500 million"],
    ["approximately 30,000 transactions", 30000, "about", "approximately 30,000"],
    ["around $16.7 million", 16.7e6, "about", "around $16.7 million"],
    ["about $913", 913, "about", "about $913"],
    ["less than 5%", 5, "under", "less than 5%"],
    ["192,000+ users", 192000, "at-least", "192,000+"],
    ["1,100+ illegal services", 1100, "at-least", "1,100+"],
    ["exceeding $100 million", 100e6, "over", "exceeding $100 million"],
    ["~40 exchanges", 40, "about", "~40"],
    ["~ 40 exchanges", 40, "about", "~ 40"],
    ["Approx. 40 exchanges", 40, "about", "Approx. 40"],
    ["UP TO 12 months", 12, "at-most", "UP TO 12 months"],
    ["no more than 3 exchanges", 3, "at-most", "no more than 3"],
    ["a maximum of 9 exchanges", 9, "at-most", "a maximum of 9"],
    ["upwards of\n$5 million", 5e6, "over", "upwards of\n$5 million"],
    ["fewer than 10 exchanges", 10, "under", "fewer than 10"],
    ["the Rover 40 exchanges", 40, "exact", "40"],
  ] as const)("reads %j as %d with qualifier %s", (text, value, qualifier, mentionText) => {
    const m = only(`They counted ${text} in all.`);
    expect(m).toMatchObject({ value, qualifier, text: mentionText });
  });
});

describe("extractMentions reads counts, percentages, durations, dates and years", () => {
  it("reads '130 crypto platforms' as a count of crypto platforms", () => {
    expect(only("Authorities shut down 130 crypto platforms quickly.")).toMatchObject({
      value: 130,
      unit: "count",
      noun: "crypto platforms",
    });
  });

  it.each([
    ["six months", 6, "months"],
    ["90 days", 90, "days"],
    ["three years", 3, "years"],
    ["a 90-day deadline", 90, "days"],
  ] as const)("reads %j as a duration of %d %s", (text, value, unit) => {
    const m = only(`Banks keep footage for ${text}.`);
    expect(m).toMatchObject({ value, unit });
  });

  it("reads 'one trillion' as a number word with a scale", () => {
    expect(only("That is one trillion dollars.")).toMatchObject({ value: 1e12, unit: "USD" });
  });

  it.each([
    ["March 3, 2025", "2025-03-03", Date.UTC(2025, 2, 3) / 86_400_000],
    ["Jan 15, 2026", "2026-01-15", Date.UTC(2026, 0, 15) / 86_400_000],
    ["15 January 2026", "2026-01-15", Date.UTC(2026, 0, 15) / 86_400_000],
    ["November 2023", "2023-11", Date.UTC(2023, 10, 1) / 86_400_000],
  ] as const)("reads the date %j as %s", (text, iso, days) => {
    const m = only(`It happened on ${text} in public.`);
    expect(m).toMatchObject({ unit: "date", iso, value: days, text });
  });

  it("reads a year as a year, not an amount", () => {
    expect(only("In 2025, the agency acted.")).toMatchObject({ value: 2025, unit: "year", noun: null });
  });

  it("does not read 'may 2025' (a verb) as a date", () => {
    expect(only("Rules may 2025 apply.")).toMatchObject({ unit: "year" });
  });

  it("ignores number words that count nothing, times, ordinals and digits inside words", () => {
    expect(
      extractMentions(
        "One of the boldest moves, at 2:58 am, in its 3rd year, for Web3 and B2B firms.",
        "t",
      ).map((m) => m.text),
    ).toEqual([]);
  });

  it("does not read 'ten' inside 'tenge' or 'Digital Tenge' as a number", () => {
    expect(extractMentions("The Digital Tenge is the tenge's digital twin.", "t")).toEqual([]);
  });
});

describe("extractMentions reports where each mention is", () => {
  it("gives offsets into the text, the 1-based line and the whole sentence", () => {
    const text = "Title line\nFirst sentence here. Officials seized $16.7 million in crypto. Next one.";
    const m = only(text);
    expect(text.slice(m.start, m.end)).toBe("$16.7 million");
    expect(m.line).toBe(2);
    expect(m.sentence).toBe("Officials seized $16.7 million in crypto.");
    expect(m.id).toBe(`t.txt:${text.indexOf("$16.7")}`);
  });

  it("keeps decimals and abbreviations inside one sentence", () => {
    const m = only("The U.S. firm paid $16.7 million. Then it left.");
    expect(m.sentence).toBe("The U.S. firm paid $16.7 million.");
  });
});

describe("extractMentions on real sentences from each seed", () => {
  const files = readdirSync("seeds").sort();
  const text = (i: number) => readFileSync(`seeds/${files[i]}`, "utf8").replace(/\r\n?/g, "\n");
  const find = (i: number, mentionText: string) => {
    const m = extractMentions(text(i), files[i]!).find((x) => x.text === mentionText);
    expect(m, `${mentionText} in ${files[i]}`).toBeDefined();
    return m!;
  };

  it("seed 000: '130 crypto platforms', '$16.7 million' and '500,000 tenge ($925)'", () => {
    expect(find(0, "130")).toMatchObject({ value: 130, unit: "count", noun: "crypto platforms" });
    expect(find(0, "$16.7 million")).toMatchObject({ value: 16.7e6, unit: "USD" });
    expect(find(0, "exceeding 500,000 tenge")).toMatchObject({
      value: 5e5,
      unit: "KZT",
      qualifier: "over",
      conversion: { value: 925, unit: "USD" },
    });
    expect(find(0, "$642,000")).toMatchObject({ value: 642_000, unit: "USD" });
  });

  it("seed 001: 'over 13.2 trillion KZT ($24.1 billion)' and the 'one trillion' rise in tenge", () => {
    expect(find(1, "over 13.2 trillion KZT")).toMatchObject({
      value: 13.2e12,
      unit: "KZT",
      qualifier: "over",
      conversion: { value: 24.1e9, unit: "USD" },
    });
    expect(find(1, "one trillion")).toMatchObject({ value: 1e12, unit: "KZT", unitFrom: "context" });
    expect(find(1, "more than 24 billion KZT")).toMatchObject({
      value: 24e9,
      unit: "KZT",
      conversion: { value: 43e6, unit: "USD", qualifier: "over" },
    });
    expect(find(1, "3,600")).toMatchObject({ value: 3600, unit: "count", noun: "shell firms" });
    expect(find(1, "six months")).toMatchObject({ value: 6, unit: "months" });
  });

  it("seed 002: '₸420,000 (about $913)', '$1.8 billion' and 'November 2023'", () => {
    expect(find(2, "exceeding ₸420,000")).toMatchObject({
      value: 420_000,
      unit: "KZT",
      conversion: { value: 913, qualifier: "about" },
    });
    expect(find(2, "$1.8 billion")).toMatchObject({ value: 1.8e9, unit: "USD" });
    expect(find(2, "November 2023")).toMatchObject({ unit: "date", iso: "2023-11" });
  });

  it("seed 003: '$4.8 million in USDT', 'over 3,500' and 'less than 5%'", () => {
    expect(find(3, "$4.8 million in USDT")).toMatchObject({ value: 4.8e6, unit: "USDT" });
    expect(find(3, "over 3,500")).toMatchObject({ value: 3500, qualifier: "over" });
    expect(find(3, "less than 5%")).toMatchObject({ value: 5, unit: "percent", qualifier: "under" });
    expect(find(3, "2021")).toMatchObject({ unit: "year" });
  });

  it("seed 004: '$6.8B', '192,000+', '1,100+' and the dateline 'Jan 15, 2026'", () => {
    expect(find(4, "$6.8B")).toMatchObject({ value: 6.8e9, unit: "USD" });
    expect(find(4, "192,000+")).toMatchObject({ value: 192_000, qualifier: "at-least" });
    expect(find(4, "1,100+")).toMatchObject({ value: 1100, qualifier: "at-least" });
    expect(find(4, "Jan 15, 2026")).toMatchObject({ unit: "date", iso: "2026-01-15" });
    expect(find(4, "113")).toMatchObject({ value: 113, unit: "count" });
  });

  it("finds no amounts in the 'ET4min' byline clutter or the '2:58 am' time of seed 004", () => {
    const mentions = extractMentions(text(4), files[4]!);
    expect(mentions.some((m) => m.text === "58" || m.text === "2" || m.text.startsWith("4"))).toBe(false);
  });
});
