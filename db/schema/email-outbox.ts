import { index, pgEnum, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { timestampColumn } from "./columns";

export const emailTransport = pgEnum("email_transport", ["outbox", "smtp"]);

/**
 * Every email the portal sends. Without SMTP_URL this is where mail "lands", and platform
 * admins read it on the Outbox page; with SMTP it is the delivery log.
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
    createdOn: timestampColumn("created_on").notNull().defaultNow(),
  },
  (t) => [index("email_outbox_created_idx").on(t.createdOn)],
);

export type OutboxEmail = typeof emailOutbox.$inferSelect;
