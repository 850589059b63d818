import { describe, expect, it } from "vitest";
import { generateProductKey, hashProductKey, isWellFormedProductKey } from "./key-format";

describe("product key format", () => {
  it("is sdpk_, 32 random base62 characters and a checksum, stored as a hash beside its prefix", () => {
    const { key, prefix, secretHash } = generateProductKey();
    expect(key).toMatch(/^sdpk_[0-9A-Za-z]{38}$/);
    expect(prefix).toBe(key.slice(0, 12));
    expect(secretHash).toBe(hashProductKey(key));
    expect(secretHash).not.toContain(key.slice(5));
    expect(isWellFormedProductKey(key)).toBe(true);
  });

  it("catches every single-character typo through its checksum", () => {
    const { key } = generateProductKey();
    for (let i = 5; i < key.length; i++) {
      const typo = key.slice(0, i) + (key[i] === "a" ? "b" : "a") + key.slice(i + 1);
      expect(isWellFormedProductKey(typo), `typo at ${i}`).toBe(false);
    }
  });

  it("refuses other shapes", () => {
    const { key } = generateProductKey();
    for (const bad of [
      "",
      "sdpk_",
      key.slice(0, -1),
      `${key}a`,
      key.replace("sdpk_", "sdk_x"),
      `${key.slice(0, 10)}-${key.slice(11)}`,
    ]) {
      expect(isWellFormedProductKey(bad)).toBe(false);
    }
  });

  it("spreads its randomness: 2,000 keys, no repeats, every character of the alphabet used", () => {
    const keys = Array.from({ length: 2000 }, () => generateProductKey().key);
    expect(new Set(keys).size).toBe(2000);
    const seen = new Set(keys.flatMap((key) => [...key.slice(5, 37)]));
    expect(seen.size).toBe(62);
  });
});
