import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "../fixtures";
import { e2eVerifyPort } from "../settings";

/**
 * The dedicated verify server that `npm start` runs beside the app on PostgreSQL
 * (scripts/verify-server.ts): same path, same API keys, same answers as the app's route.
 */
const verifyServer = `http://localhost:${e2eVerifyPort}/api/product-keys/verify`;

const post = (request: APIRequestContext, url: string, key?: string) =>
  request.post(url, {
    headers: { "content-type": "application/json", ...(key ? { "x-api-key": key } : {}) },
    data: { key: "sdpk_not-a-key" },
  });

if (!process.env.DATABASE_URL) {
  // The embedded database's data directory belongs to one process: the app verifies alone.
  test("on the embedded database no verify server runs, and the app's own route verifies", async ({
    request,
    platformKey,
  }) => {
    expect(await post(request, verifyServer, platformKey).catch(() => "refused")).toBe("refused");
    const fromApp = await post(request, "/api/product-keys/verify", platformKey);
    expect(fromApp.status()).toBe(200);
    expect(await fromApp.json()).toMatchObject({ valid: false, reason: "UNKNOWN" });
  });
} else {
  test("the verify server answers beside the app, as the app's own route does", async ({
    request,
    platformKey,
  }) => {
    await expect
      .poll(async () => (await post(request, verifyServer, platformKey).catch(() => null))?.status(), {
        timeout: 30_000,
      })
      .toBe(200);

    const fromServer = await post(request, verifyServer, platformKey);
    const fromApp = await post(request, "/api/product-keys/verify", platformKey);
    expect(await fromServer.json()).toEqual(await fromApp.json());
    expect(await fromServer.json()).toMatchObject({ valid: false, reason: "UNKNOWN" });

    const anonymous = await post(request, verifyServer);
    expect(anonymous.status()).toBe(401);
    expect(anonymous.headers()["content-type"]).toBe("application/problem+json");
    expect((await request.get(verifyServer)).status()).toBe(405);
  });
}
