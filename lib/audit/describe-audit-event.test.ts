import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { subscriptionChangeKind, subscriptionChangeState } from "@/db/schema";
import { handledPaymentEvents } from "@/lib/payments/payment-event-schema";
import { describeAuditEvent, describesAuditAction } from "./describe-audit-event";

/** Every .ts file under a folder, tests left out. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sources(file);
    return file.endsWith(".ts") && !file.endsWith(".test.ts") ? [file] : [];
  });
}

const root = path.resolve(import.meta.dirname, "../..");
const bundleEvents = ["plans.add", "access.allow", "access.block"];
const code = [...sources(path.join(root, "lib")), path.join(root, "db/seed.ts")].map((f) =>
  readFileSync(f, "utf8"),
);

/**
 * Action names written as literals: `action: "plan.create"`, and ternaries choosing between two.
 * A bundle's own events are written bare (`action: "plans.add"`): bundle-history.ts prefixes them.
 */
const literalActions = [
  ...new Set(
    code.flatMap((text) =>
      [...text.matchAll(/action:\s*([^,\n]+),/g)].flatMap(([, expression]) =>
        [...expression!.matchAll(/"([a-z_]+\.[a-z_.]+)"/g)].map(([, name]) => name!),
      ),
    ),
  ),
].map((name) => (bundleEvents.includes(name) ? `bundle.${name}` : name));

/**
 * The actions assembled from parts at run time, each listed from where it is built: the
 * subscription changes (record-change.ts), organizations' status verbs, product-key writes
 * (save-product-key.ts callers), bundle events (bundle-history.ts callers), the provider-owned
 * stores (provider-owned.ts), payments (handle-payment-event.ts), users' status (update-user.ts)
 * and the product changes product-writes.ts passes to its changeProduct helper.
 */
const assembledActions = [
  ...["update", "publish", "unpublish", "activate", "deactivate", "archive"].map((verb) => `product.${verb}`),
  ...subscriptionChangeKind.enumValues.flatMap((kind) => [
    `subscription.${kind}`,
    ...subscriptionChangeState.enumValues.map((state) => `subscription.${kind}.${state}`),
  ]),
  ...["reactivate", "suspend", "close"].map((verb) => `organization.${verb}`),
  ...["update", "disable", "enable", "revoke", "rotate"].map((verb) => `product_key.${verb}`),
  ...["update", "submit", "start_processing", "decide", "terminate", "request_termination"]
    .concat(bundleEvents)
    .map((verb) => `bundle.${verb}`),
  ...["sla_definition", "pricing_rule"].flatMap((type) =>
    ["create", "update", "delete"].map((v) => `${type}.${v}`),
  ),
  ...handledPaymentEvents.map((type) => `payment.${type}`),
  "user.update",
  "user.disable",
  "user.enable",
];

const names = {
  actor: "Olivia Owner",
  organization: "Acme Corporation",
  target: "Northwind Kubernetes",
  to: "Pro",
};

describe("audit events in words", () => {
  it("finds the literal action names in the code (the scan itself works)", () => {
    expect(literalActions).toEqual(
      expect.arrayContaining(["plan.create", "membership.change_role", "bundle.access.grant"]),
    );
    expect(literalActions).toEqual(
      expect.arrayContaining(["membership.leave", "membership.remove", "contact.update"]),
    );
    expect(literalActions.length).toBeGreaterThan(40);
  });

  it.each([...new Set([...literalActions, ...assembledActions])].sort())(
    "%s has its own sentence",
    (action) => {
      expect(describesAuditAction(action)).toBe(true);
      const sentence = describeAuditEvent(action, names);
      expect(sentence.startsWith("Olivia Owner ")).toBe(true);
      expect(sentence).not.toContain(action);
      expect(sentence).not.toContain("undefined");
      expect(sentence).not.toContain("null");
    },
  );

  it("names who did what to which record: the issue's example", () => {
    expect(
      describeAuditEvent("subscription.plan", {
        ...names,
        target: "Northwind Kubernetes",
        to: "Kubernetes Business",
      }),
    ).toBe(
      "Olivia Owner changed the plan of Acme Corporation's Northwind Kubernetes subscription to Kubernetes Business",
    );
    expect(describeAuditEvent("subscription.plan.pending", names)).toBe(
      "Olivia Owner scheduled a plan change of Acme Corporation's Northwind Kubernetes subscription to Pro",
    );
    expect(
      describeAuditEvent("membership.change_role", { ...names, target: "Max Member", to: "admin" }),
    ).toBe("Olivia Owner changed the role of Max Member in Acme Corporation to admin");
  });

  it("still reads without the names it could not find", () => {
    expect(
      describeAuditEvent("product.archive", { actor: "Subdesk", organization: null, target: null }),
    ).toBe("Subdesk archived a product");
  });

  it("falls back to the action's code for an action it does not know", () => {
    expect(describesAuditAction("widget.polish")).toBe(false);
    expect(
      describeAuditEvent("widget.polish", { actor: "Ada Admin", organization: null, target: "W-1" }),
    ).toBe("Ada Admin recorded “widget.polish” on W-1");
  });
});
