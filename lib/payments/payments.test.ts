import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import * as webhookRoute from "@/app/api/webhooks/payments/route";
import { getDb } from "@/db/open";
import { auditEvents, paymentEvents, productKeys, subscriptions } from "@/db/schema";
import { nowMs } from "@/lib/clock";
import { makeVerifyFixture } from "@/lib/testing/verify-fixture";
import { verifyProductKey } from "@/lib/product-keys/verify/verify-product-key";
import { callRoute } from "@/lib/testing/call-route";
import { signPaymentWebhook } from "./webhook-signature";

const secret = vi.hoisted(() => {
  const value = "a-shared-secret-of-at-least-32-characters";
  process.env.PAYMENT_WEBHOOK_SECRET = value;
  return value;
});

let fixture: Awaited<ReturnType<typeof makeVerifyFixture>>;
beforeAll(async () => {
  fixture = await makeVerifyFixture();
});

const seconds = () => Math.floor(nowMs() / 1000);

function deliver(event: unknown, signature?: string | null) {
  const body = JSON.stringify(event);
  return callRoute(webhookRoute.POST, {
    method: "POST",
    path: "/api/webhooks/payments",
    rawBody: body,
    headers: {
      "content-type": "application/json",
      ...(signature === null
        ? {}
        : { "subdesk-signature": signature ?? signPaymentWebhook(body, secret, seconds()) }),
    },
  });
}

const event = (type: string, organizationId = fixture.customer.organization.id) => ({
  id: `evt_${randomUUID()}`,
  type,
  organizationId,
});

describe("POST /api/webhooks/payments", () => {
  it("refuses a missing, wrong, foreign or stale signature with 401 and changes nothing", async () => {
    const failed = event("payment_failed");
    const body = JSON.stringify(failed);
    const cases = [
      null,
      "t=1,v1=00",
      signPaymentWebhook(body, "another-secret-of-at-least-32-characters", seconds()),
      signPaymentWebhook(body, secret, seconds() - 301),
      signPaymentWebhook(JSON.stringify({ ...failed, type: "payment_succeeded" }), secret, seconds()),
    ];
    for (const signature of cases) {
      const answer = await deliver(failed, signature);
      expect(answer).toMatchObject({ status: 401, contentType: "application/problem+json" });
    }
    const db = await getDb();
    expect(await db.select().from(paymentEvents).where(eq(paymentEvents.eventId, failed.id))).toHaveLength(0);
  });

  it("answers 404 for an organization it does not know, recording nothing", async () => {
    const unknown = event("payment_failed", randomUUID());
    expect((await deliver(unknown)).status).toBe(404);
    const db = await getDb();
    expect(await db.select().from(paymentEvents).where(eq(paymentEvents.eventId, unknown.id))).toHaveLength(
      0,
    );
  });

  it("holds keys and moves paid subscriptions into grace on failure, ignores a replay, and releases on success", async () => {
    const db = await getDb();
    const subscription = await fixture.subscribe();
    const guarded = await fixture.issueKey({
      disableOnPaymentFailure: true,
      subscriptionId: subscription.id,
    });
    const plain = await fixture.issueKey();
    const verify = (key: string) => verifyProductKey({ actor: fixture.provider.owner, input: { key } });

    const failed = event("payment_failed");
    const first = await deliver(failed);
    expect(first).toMatchObject({
      status: 200,
      body: { outcome: "applied", changes: { keysHeld: 1, subscriptionsInGrace: 1 } },
    });
    expect(await verify(guarded.key)).toMatchObject({
      valid: false,
      reason: "DISABLED",
      detail: "payment_held",
    });
    expect(await verify(plain.key)).toMatchObject({ valid: true });
    const [inGrace] = await db.select().from(subscriptions).where(eq(subscriptions.id, subscription.id));
    expect(inGrace).toMatchObject({ status: "grace", endReason: "payment failed" });

    // The same event delivered again: 200, and nothing moves twice.
    expect(await deliver(failed)).toMatchObject({ status: 200, body: { outcome: "replayed" } });

    const succeeded = await deliver(event("payment_succeeded"));
    expect(succeeded.body).toMatchObject({ changes: { keysReleased: 1, subscriptionsReactivated: 1 } });
    expect(await verify(guarded.key)).toMatchObject({ valid: true });
    const [active] = await db.select().from(subscriptions).where(eq(subscriptions.id, subscription.id));
    expect(active).toMatchObject({ status: "active", graceEndsOn: null, endReason: null });
    const [key] = await db.select().from(productKeys).where(eq(productKeys.id, guarded.id));
    expect(key!.changeSequence).toBe(3);

    const trail = await db.select().from(auditEvents).where(eq(auditEvents.objectId, guarded.id));
    expect(trail.map((e) => e.action).sort()).toEqual([
      "product_key.payment_held",
      "product_key.payment_released",
    ]);
    const payments = await db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.objectId, fixture.customer.organization.id));
    expect(payments.map((e) => e.action).sort()).toEqual([
      "payment.payment_failed",
      "payment.payment_succeeded",
    ]);
  });

  it("records and ignores event types it does not handle, and names a bad field", async () => {
    expect(await deliver(event("invoice_created"))).toMatchObject({
      status: 200,
      body: { outcome: "ignored" },
    });
    const bad = await deliver({ id: "evt", type: "payment_failed", organizationId: "nope" });
    expect(bad.status).toBe(400);
    expect(bad.body.invalidFields).toEqual([expect.objectContaining({ name: "organizationId" })]);
  });
});
