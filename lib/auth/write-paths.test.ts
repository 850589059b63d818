import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { is } from "drizzle-orm";
import { PgTable } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import * as schema from "@/db/schema";

/*
 * A backstop for the write guard (write-guard.ts): every file in lib/ that inserts, updates or
 * deletes rows of a table must pass a guard entry point, or be listed here with the reason it
 * needs none. A new write path that forgets the guard fails this test instead of shipping.
 */

const guardEntryPoints = [
  "authorize(",
  "organizationScope(",
  "catalogProviderScope(",
  "authorizeCatalogWrite(",
  "assertMayWrite(",
  "organizationRefusal(",
  "assertSubscriberWritable(",
  "authorizeCommercial(",
  "writeSubscription(",
  "loadBundle(",
  "loadProductKey(",
];

/** Writes that are not an organization's or a user's own: each says why no guard applies. */
const unguarded: Record<string, string> = {
  "lib/api-keys/authenticate-api-key.ts": "notes when a key was last used: bookkeeping of a request",
  "lib/users/verify-credentials.ts": "notes the sign-in time: bookkeeping of a sign-in",
  "lib/sessions/start-session.ts": "signing in",
  "lib/sessions/end-session.ts": "signing out, which every account may do",
  "lib/sessions/end-all-sessions.ts": "signing out everywhere, which every account may do",
  "lib/sessions/live-session.ts": "notes when a session was last seen",
  "lib/signup/open-pending-account.ts": "a visitor opening a pending account, behind the sign-up limits",
  "lib/signup/password-reset.ts": "proving the mailbox with an emailed token",
  "lib/signup/consume-token.ts": "using up an emailed token",
  "lib/signup/verification-email.ts": "a new verification link, which an unverified user may ask for",
  "lib/signup/mark-email-verified.ts": "the effect of a proved mailbox",
  "lib/signup/purge-expired-auth-tokens.ts": "a system job",
  "lib/members/purge-expired-invitations.ts": "a system job",
  "lib/idempotency/with-idempotency.ts": "the stored answer of a request",
  "lib/idempotency/purge-expired-idempotency-records.ts": "a system job",
  "lib/email/queue-email.ts": "the outbox row of a write that was guarded",
  "lib/email/send-due-emails.ts": "delivering the outbox: a system job",
  "lib/audit/record-audit-event.ts": "the audit record of a write that was guarded",
  "lib/catalog/product-values.ts": "called only from the guarded product writes",
  "lib/catalog/platform-provider.ts": "the platform's own provider, created on first use by the system",
  "lib/subscriptions/record-change.ts": "called only from the guarded subscription writes",
  "lib/subscriptions/astra/account-product.ts": "the platform's own account product, created by the system",
  "lib/subscriptions/jobs/trial-reminders.ts": "a system job",
  "lib/dashboard/summary/refresh-summaries.ts": "a system job keeping figures derived from subscriptions",
  "lib/bundles/access-history.ts": "called only from the guarded bundle writes (after loadBundle)",
  "lib/bundles/apply-decisions.ts": "called only from the guarded bundle writes (after loadBundle)",
  "lib/bundles/approved-subscriptions.ts": "called only from the guarded bundle writes (after loadBundle)",
  "lib/bundles/bundle-history.ts": "called only from the guarded bundle writes (after loadBundle)",
  "lib/bundles/bundle-items.ts": "called only from the guarded bundle writes (after loadBundle)",
  "lib/bundles/business-cases.ts": "called only from the guarded bundle writes (after loadBundle)",
  "lib/bundles/derive-statuses.ts": "called only from the guarded bundle writes (after loadBundle)",
  "lib/bundles/grant-access.ts": "called only from the guarded bundle writes (after loadBundle)",
  "lib/payments/handle-payment-event.ts":
    "a payment provider's event, its signature checked: the system acts",
  "lib/payments/payment-holds.ts": "called only from handlePaymentEvent, the system acting on a signed event",
  "lib/product-keys/jobs/trial-expiry-notices.ts": "a system job",
  "lib/product-keys/verify/quota-threshold-notice.ts":
    "marks a threshold notice sent, after a verify whose gateway key was checked: the system acts",
  "lib/product-keys/add-product-key-secret.ts":
    "called only from guarded key writes (issueProductKey, rotateProductKey) and bundles' guarded reveal",
};

const tableNames = new Set(
  Object.entries(schema)
    .filter(([, value]) => is(value, PgTable))
    .map(([name]) => name),
);

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === "testing" ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The files of lib/ that write rows of a named table. */
function writingFiles(): string[] {
  const root = join(__dirname, "..", "..");
  return sourceFiles(join(root, "lib"))
    .filter((path) =>
      [...readFileSync(path, "utf8").matchAll(/\.(?:insert|update|delete)\(\s*(\w+)\s*\)/g)].some((m) =>
        tableNames.has(m[1]!),
      ),
    )
    .map((path) => relative(root, path));
}

describe("write paths", () => {
  it("all pass the write guard, or say why they need none", () => {
    const files = writingFiles();
    expect(files.length).toBeGreaterThan(20);
    const root = join(__dirname, "..", "..");
    const forgotten = files.filter(
      (file) =>
        !(file in unguarded) &&
        !guardEntryPoints.some((entry) => readFileSync(join(root, file), "utf8").includes(entry)),
    );
    expect(forgotten, "these write without the guard (lib/auth/write-guard.ts)").toEqual([]);
  });

  it("list no file that no longer writes", () => {
    const files = new Set(writingFiles());
    expect(Object.keys(unguarded).filter((file) => !files.has(file))).toEqual([]);
  });
});
