import { describe, expect, it } from "vitest";
import { generateApiKey, prefixOf, secretMatches } from "./key-format";

describe("API key format", () => {
  it("is a visible prefix plus a secret, stored only as a hash", () => {
    const { key, prefix, secretHash } = generateApiKey();
    expect(key).toMatch(/^sdk_[A-Za-z0-9]{8}_[A-Za-z0-9]{32}$/);
    expect(prefixOf(key)).toBe(prefix);
    expect(secretHash).not.toContain(key.slice(13));
    expect(secretMatches(key, secretHash)).toBe(true);
    expect(secretMatches(`${key.slice(0, -1)}x`, secretHash)).toBe(false);
  });

  it("never repeats", () => {
    const keys = new Set(Array.from({ length: 500 }, () => generateApiKey().key));
    expect(keys.size).toBe(500);
  });

  it("recognises only its own shape", () => {
    for (const bad of [
      "",
      "sdk_",
      "Bearer x",
      `sdk_short_${"a".repeat(32)}`,
      `sdk_AAAAAAAA_${"a".repeat(31)}`,
    ]) {
      expect(prefixOf(bad)).toBeNull();
    }
  });
});
