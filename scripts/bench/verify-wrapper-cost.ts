/**
 * What the general endpoint wrapper (lib/http/api-route.ts) would cost verify per request: the
 * same verify called in process through verify's own handler and through `endpoint()` (which
 * adds the per-key request allowance, a write, and the idempotency and query machinery).
 */
import * as verifyRoute from "@/app/api/product-keys/verify/route";
import { endpoint } from "@/lib/http/api-route";
import { verifyProductKeyOperation } from "@/lib/product-keys/verify/operations";
import { verifyProductKey } from "@/lib/product-keys/verify/verify-product-key";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

const wrapped: Handler = endpoint(verifyProductKeyOperation, ({ actor, body }) =>
  verifyProductKey({ actor, input: body }),
);

/** Both handlers, call for call in turn (so a busy moment of the machine hits both alike). */
export async function wrapperCost(apiKey: string, keys: string[], iterations = 1_000) {
  const call = async (handler: Handler) => {
    const request = new Request("http://localhost/api/product-keys/verify", {
      method: "POST",
      headers: { "content-type": "application/json", "x-api-key": apiKey },
      body: JSON.stringify({ key: keys[Math.floor(Math.random() * keys.length)] }),
    });
    const started = performance.now();
    const response = await handler(request, { params: Promise.resolve({}) });
    if (response.status !== 200) throw new Error(`verify: ${response.status} ${await response.text()}`);
    await response.text();
    return performance.now() - started;
  };
  for (let i = 0; i < 50; i++) await Promise.all([call(verifyRoute.POST), call(wrapped)]);
  let lean = 0;
  let general = 0;
  for (let i = 0; i < iterations; i++) {
    lean += await call(verifyRoute.POST);
    general += await call(wrapped);
  }
  return { iterations, leanMs: lean / iterations, wrappedMs: general / iterations };
}
