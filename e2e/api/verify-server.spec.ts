import { expect, test } from "../fixtures";
import { e2eVerifyPort } from "../settings";

/**
 * The dedicated verify server that `npm start` runs beside the app on PostgreSQL
 * (scripts/verify-server.ts): same path, same API keys, same answers as the app's route.
 */
const verifyServer = `http://localhost:${e2eVerifyPort}/api/product-keys/verify`;

test.skip(!process.env.DATABASE_URL, "the verify server runs beside the app on PostgreSQL only");

test("the verify server answers beside the app, as the app's own route does", async ({
  request,
  platformKey,
}) => {
  const post = (url: string, key?: string) =>
    request.post(url, {
      headers: { "content-type": "application/json", ...(key ? { "x-api-key": key } : {}) },
      data: { key: "sdpk_not-a-key" },
    });
  await expect
    .poll(async () => (await post(verifyServer, platformKey).catch(() => null))?.status(), {
      timeout: 30_000,
    })
    .toBe(200);

  const fromServer = await post(verifyServer, platformKey);
  const fromApp = await post("/api/product-keys/verify", platformKey);
  expect(await fromServer.json()).toEqual(await fromApp.json());
  expect(await fromServer.json()).toMatchObject({ valid: false, reason: "UNKNOWN" });

  const anonymous = await post(verifyServer);
  expect(anonymous.status()).toBe(401);
  expect(anonymous.headers()["content-type"]).toBe("application/problem+json");
  expect((await request.get(verifyServer)).status()).toBe(405);
});
