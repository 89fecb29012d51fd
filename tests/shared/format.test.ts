import { describe, expect, it } from "vitest";
import {
  formatClaimValue,
  formatIsoDate,
  formatMagnitude,
  formatNumber,
  formatValue,
} from "../../src/shared/format.ts";

describe("formatNumber", () => {
  it("keeps trailing zeros of whole numbers: 130 reads '130', 30000 reads '30,000'", () => {
    expect(formatNumber(130, 0)).toBe("130");
    expect(formatNumber(30000)).toBe("30,000");
    expect(formatNumber(192000, 0)).toBe("192,000");
  });

  it("drops trailing zeros after the decimal point only: 3.60 reads '3.6', 4.0 reads '4'", () => {
    expect(formatNumber(3.6, 2)).toBe("3.6");
    expect(formatNumber(4, 1)).toBe("4");
    expect(formatNumber(1.05, 2)).toBe("1.05");
  });
});

describe("formatValue", () => {
  it("formats counts below a million in full: 3,600 and 'more than 192,000'", () => {
    expect(formatValue(3600, "count")).toBe("3,600");
    expect(formatValue(192000, "count", { qualifier: "over" })).toBe("more than 192,000");
  });
});

describe("formatValue, unit by unit, as a news desk writes figures", () => {
  it("writes dollars with the sign in front and millions and billions in words", () => {
    expect(formatValue(16_700_000, "USD")).toBe("$16.7 million");
    expect(formatValue(24_100_000_000, "USD")).toBe("$24.1 billion");
    expect(formatValue(642_000, "USD")).toBe("$642,000");
    expect(formatValue(913, "USD")).toBe("$913");
  });

  it("rounds up into the next scale word instead of writing 1,000 of the one below", () => {
    expect(formatValue(999_960_000, "USD")).toBe("$1 billion");
    expect(formatValue(999_960_000, "USD", { compact: true })).toBe("$1B");
  });

  it("writes dollars compactly for tight labels: $16.7M, $6B", () => {
    expect(formatValue(16_700_000, "USD", { compact: true })).toBe("$16.7M");
    expect(formatValue(6_000_000_000, "USD", { compact: true })).toBe("$6B");
  });

  it("writes tenge after the number in words, and with ₸ in front when compact", () => {
    expect(formatValue(13_200_000_000_000, "KZT")).toBe("13.2 trillion tenge");
    expect(formatValue(500_000, "KZT")).toBe("500,000 tenge");
    expect(formatValue(24_000_000_000, "KZT", { compact: true })).toBe("₸24B");
  });

  it("writes USDT after the number, as its own unit", () => {
    expect(formatValue(4_800_000, "USDT")).toBe("4.8 million USDT");
    expect(formatValue(545_000, "USDT")).toBe("545,000 USDT");
  });

  it("writes percentages with a sign and counts from a million in words", () => {
    expect(formatValue(5, "percent", { qualifier: "under" })).toBe("less than 5%");
    expect(formatValue(86_000_000, "count")).toBe("86 million");
  });

  it("writes a year bare, never with a thousands comma or a hedge", () => {
    expect(formatValue(2021, "year")).toBe("2021");
    expect(formatValue(2021, "year", { qualifier: "about" })).toBe("2021");
  });

  it("writes a date as the article gives it, month and year or day, month and year", () => {
    expect(formatValue(19_662, "date", { iso: "2023-11" })).toBe("November 2023");
    expect(formatValue(20_468, "date", { iso: "2026-01-15" })).toBe("15 January 2026");
  });

  it("writes durations with their unit, singular for one", () => {
    expect(formatValue(6, "months")).toBe("6 months");
    expect(formatValue(6, "months", { qualifier: "at-least" })).toBe("at least 6 months");
    expect(formatValue(1, "years")).toBe("1 year");
  });

  it("puts every hedge in words before the figure", () => {
    const hedged = (q: Parameters<typeof formatValue>[2]) => formatValue(100_000_000, "USD", q);
    expect(hedged({ qualifier: "exact" })).toBe("$100 million");
    expect(hedged({ qualifier: "over" })).toBe("more than $100 million");
    expect(hedged({ qualifier: "at-least" })).toBe("at least $100 million");
    expect(hedged({ qualifier: "about" })).toBe("about $100 million");
    expect(hedged({ qualifier: "under" })).toBe("less than $100 million");
    expect(hedged({ qualifier: "at-most" })).toBe("up to $100 million");
  });
});

describe("formatMagnitude, formatIsoDate and formatClaimValue", () => {
  it("scales to trillions, billions and millions, and leaves smaller numbers whole", () => {
    expect(formatMagnitude(1_000_000_000_000)).toBe("1 trillion");
    expect(formatMagnitude(1_800_000_000, true)).toBe("1.8B");
    expect(formatMagnitude(999_999)).toBe("999,999");
  });

  it("names the month in full", () => {
    expect(formatIsoDate("2025-05")).toBe("May 2025");
    expect(formatIsoDate("2026-01-15")).toBe("15 January 2026");
  });

  it("gives a statement, which has no value, no figure at all", () => {
    expect(formatClaimValue({ value: null, unit: null })).toBeNull();
    expect(formatClaimValue({ value: 130, unit: "count", qualifier: "exact" })).toBe("130");
    expect(formatClaimValue({ value: 12_200_000_000_000, unit: "KZT", qualifier: "over" })).toBe(
      "more than 12.2 trillion tenge",
    );
  });
});
