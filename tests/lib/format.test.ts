import { describe, expect, it } from "vitest";
import { formatNumber, formatValue } from "../../src/lib/format.ts";

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
