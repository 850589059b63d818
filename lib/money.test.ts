import { describe, expect, it } from "vitest";
import { fromMinorUnits, minorDigits, toMinorUnits } from "./money";
import { amountSchema } from "./money-schemas";

describe("money", () => {
  it("never loses a cent on the way in or out", () => {
    for (const [amount, minor] of [
      [19.99, 1999],
      [0.1, 10],
      ["0.10", 10],
      [0.29, 29],
      [1.005, undefined],
      [100, 10000],
      ["1234567.89", 123456789],
    ] as const) {
      expect(toMinorUnits(amount, 2), String(amount)).toBe(minor);
      if (minor !== undefined) expect(fromMinorUnits(minor, 2)).toBe(Number(amount));
    }
    for (let cents = 0; cents < 100_000; cents += 7) {
      expect(toMinorUnits(fromMinorUnits(cents, 2), 2)).toBe(cents);
    }
  });

  it("refuses what is not a plain non-negative amount, and knows each currency's minor unit", () => {
    for (const bad of [-1, "-1", "1e3", 1e21, "abc", "1.2.3", "", NaN])
      expect(toMinorUnits(bad, 2)).toBeUndefined();
    expect(minorDigits("USD")).toBe(2);
    expect(minorDigits("JPY")).toBe(0);
    expect(toMinorUnits(500, minorDigits("JPY"))).toBe(500);
    expect(toMinorUnits("5.5", minorDigits("JPY"))).toBeUndefined();
  });

  it("answers a decimal comma with 'use a dot', and other bad text with the general message", () => {
    const reason = (value: unknown) => amountSchema.safeParse(value).error?.issues.map((i) => i.message);
    expect(reason("19,99")).toEqual(["use a dot for decimals: 19.99, not 19,99"]);
    expect(reason(" 0,5 ")).toEqual(["use a dot for decimals: 19.99, not 19,99"]);
    expect(reason("1,000.00")).toEqual(["must be a decimal amount such as 19.99"]);
    expect(reason("abc")).toEqual(["must be a decimal amount such as 19.99"]);
    expect(amountSchema.parse("19.99")).toBe("19.99");
  });
});
