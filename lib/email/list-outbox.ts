import "server-only";
import { and, asc, desc, eq, ilike, isNotNull, isNull, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/open";
import { emailOutbox, type OutboxEmail } from "@/db/schema";
import { authorize, type Actor } from "@/lib/auth/actor";
import { afterDateCursor, keysetPage } from "@/lib/keyset-cursor";
import { listTotal, type ListTotal } from "@/lib/list-total";
import { containing } from "@/lib/sql-like";
import { parseInput } from "@/lib/validation";
import {
  outboxFilterSchema,
  outboxListQuerySchema,
  type OutboxEmailView,
  type OutboxFilter,
  type OutboxStatus,
} from "./outbox-schemas";

/**
 * The predicate of email_outbox_unsent_created_idx, word for word and with no parameter, so the
 * planner can prove the partial index applies: undelivered mail is little among much sent, and
 * the list reaches it without walking past the rest.
 */
const unsent = sql`${emailOutbox.transport} = 'smtp' and ${emailOutbox.sentOn} is null`;

/** Each status as conditions on the row (see statusOf). */
const statusConditions: Record<OutboxStatus, SQL | undefined> = {
  outbox: eq(emailOutbox.transport, "outbox"),
  sent: and(eq(emailOutbox.transport, "smtp"), isNotNull(emailOutbox.sentOn)),
  sending: and(unsent, isNull(emailOutbox.error)),
  retrying: and(unsent, isNotNull(emailOutbox.error), isNotNull(emailOutbox.nextAttemptOn)),
  failed: and(unsent, isNotNull(emailOutbox.error), isNull(emailOutbox.nextAttemptOn)),
};

function statusOf(row: OutboxEmail): OutboxStatus {
  if (row.transport === "outbox") return "outbox";
  if (row.sentOn) return "sent";
  if (!row.error) return "sending";
  return row.nextAttemptOn ? "retrying" : "failed";
}

function present(row: OutboxEmail): OutboxEmailView {
  return {
    id: row.id,
    to: row.to,
    subject: row.subject,
    text: row.text,
    status: statusOf(row),
    attempts: row.attempts,
    error: row.error,
    createdOn: row.createdOn.toISOString(),
    sentOn: row.sentOn?.toISOString() ?? null,
  };
}

function filterConditions(f: OutboxFilter): SQL | undefined {
  return and(
    f.to ? ilike(emailOutbox.to, containing(f.to)) : undefined,
    f.status ? statusConditions[f.status] : undefined,
  );
}

/**
 * Every email the portal sent, for platform admins (the demo's mailbox when no SMTP is
 * configured): filtered, newest first or oldest first, in keyset pages.
 */
export async function listOutbox({
  actor,
  query,
}: {
  actor: Actor;
  query: unknown;
}): Promise<{ items: OutboxEmailView[]; nextCursor: string | null }> {
  authorize(actor, "platform.outbox.read");
  const q = parseInput(outboxListQuerySchema, query);
  const order = q.direction === "asc" ? asc : desc;
  const db = await getDb();
  const rows = await db
    .select()
    .from(emailOutbox)
    .where(
      and(
        filterConditions(q),
        q.cursor
          ? afterDateCursor(q.cursor, { at: emailOutbox.createdOn, id: emailOutbox.id }, q.direction)
          : undefined,
      ),
    )
    .orderBy(order(emailOutbox.createdOn), order(emailOutbox.id))
    .limit(q.limit + 1);
  const { page, nextCursor } = keysetPage(rows, q.limit, (row) => ({
    value: row.createdOn.toISOString(),
    id: row.id,
  }));
  return { items: page.map(present), nextCursor };
}

/** How many emails match the filters (the list's "1–20 of N"), estimated above 10,000. */
export async function countOutbox({ actor, filter }: { actor: Actor; filter: unknown }): Promise<ListTotal> {
  authorize(actor, "platform.outbox.read");
  const where = filterConditions(parseInput(outboxFilterSchema, filter));
  const db = await getDb();
  return listTotal(db, db.select({ id: emailOutbox.id }).from(emailOutbox).where(where));
}
