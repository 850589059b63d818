import { encode } from "next-auth/jwt";
import { afterEach, describe, expect, it, vi } from "vitest";
import { rememberedClaims, rememberingDecode } from "./session-token-memo";

const secret = "a-test-secret-of-enough-length-for-auth-js";
const salt = "authjs.session-token";
const token = (sid: string, maxAge = 3600) => encode({ token: { sub: "user-1", sid }, secret, salt, maxAge });

afterEach(() => vi.useRealTimers());

describe("the session-token memo", () => {
  it("remembers a token Auth.js accepted, by its exact text and cookie name", async () => {
    const accepted = await token("s-1");
    expect(rememberedClaims(salt, accepted)).toBeNull();
    expect(await rememberingDecode({ token: accepted, secret, salt })).toMatchObject({ sid: "s-1" });
    expect(rememberedClaims(salt, accepted)).toMatchObject({ sub: "user-1", sid: "s-1" });
    expect(rememberedClaims(`__Secure-${salt}`, accepted)).toBeNull();
    expect(rememberedClaims(salt, `${accepted}x`)).toBeNull();
  });

  it("never remembers a token Auth.js refused", async () => {
    const foreign = await encode({ token: { sub: "user-1", sid: "s-2" }, secret: `${secret}-other`, salt });
    await expect(rememberingDecode({ token: foreign, secret, salt })).rejects.toThrow();
    expect(rememberedClaims(salt, foreign)).toBeNull();
    await expect(rememberingDecode({ token: "not.a.token", secret, salt })).rejects.toThrow();
    expect(rememberedClaims(salt, "not.a.token")).toBeNull();
  });

  it("forgets a token once it expires", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const shortLived = await token("s-3", 60);
    await rememberingDecode({ token: shortLived, secret, salt });
    vi.setSystemTime(Date.now() + 59_000);
    expect(rememberedClaims(salt, shortLived)).not.toBeNull();
    vi.setSystemTime(Date.now() + 2_000);
    expect(rememberedClaims(salt, shortLived)).toBeNull();
  });
});
