import { sql } from "drizzle-orm";
import { index, integer, pgEnum, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { timestampColumn } from "./columns";

export const emailTransport = pgEnum("email_transport", ["outbox", "smtp"]);

/**
 * Every email the portal sends. Without SMTP_URL this is where mail "lands", and platform
 * admins read it on the Outbox page; with SMTP it is the delivery log and the delivery job's
 * queue: a message is due while `nextAttemptOn` is set and has passed (null once sent, or
 * once the last attempt failed — `error` then says why).
 */
export const emailOutbox = pgTable(
  "email_outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    to: text("to").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    transport: emailTransport("transport").notNull(),
    sentOn: timestampColumn("sent_on"),
    error: text("error"),
    /** SMTP sends tried so far, including one in progress. */
    attempts: integer("attempts").notNull().default(0),
    nextAttemptOn: timestampColumn("next_attempt_on"),
    createdOn: timestampColumn("created_on").notNull().defaultNow(),
  },
  (t) => [
    // The Outbox list's order, newest or oldest first, with the id as tie-breaker.
    index("email_outbox_created_idx").on(t.createdOn, t.id),
    // Its filters on mail not delivered (sending, retrying, failed): few rows among many sent.
    index("email_outbox_unsent_created_idx")
      .on(t.createdOn, t.id)
      .where(sql`${t.transport} = 'smtp' and ${t.sentOn} is null`),
    // Its recipient search (ILIKE '%…%') through pg_trgm.
    index("email_outbox_to_trgm_idx").using("gin", sql`${t.to} gin_trgm_ops`),
    index("email_outbox_next_attempt_idx").on(t.nextAttemptOn),
  ],
);

export type OutboxEmail = typeof emailOutbox.$inferSelect;
