import { z } from "zod";
import { cursorSchema } from "@/lib/input/identifiers";
import { optionalFilter } from "@/lib/input/list-filter";
import { queryInteger } from "@/lib/input/numbers";
import { sortDirections } from "@/lib/input/table-query";
import { line } from "@/lib/input/text";

/**
 * Where an email stands: kept in the outbox (no SMTP: the outbox is the mailbox), sent, or on
 * its way by SMTP — sending (not yet tried or in progress), retrying after a failed attempt, or
 * failed for good (the last attempt failed; `error` says why).
 */
export const outboxStatuses = ["outbox", "sending", "retrying", "sent", "failed"] as const;
export type OutboxStatus = (typeof outboxStatuses)[number];

export const outboxFilterSchema = z.object({
  to: optionalFilter(line(200)).describe("Part of the recipient's address"),
  status: optionalFilter(z.enum(outboxStatuses)).describe("Where the email stands"),
});
export type OutboxFilter = z.output<typeof outboxFilterSchema>;

/** The orders the list's keyset pages can follow. */
export const outboxSortFields = ["createdOn"] as const;

export const outboxListQuerySchema = outboxFilterSchema.extend({
  sort: optionalFilter(z.enum(outboxSortFields)).default("createdOn"),
  direction: optionalFilter(z.enum(sortDirections)).default("desc"),
  cursor: optionalFilter(cursorSchema).describe("nextCursor of the previous page"),
  limit: queryInteger({ min: 1, max: 200 }).default(50),
});
export type OutboxListQuery = z.input<typeof outboxListQuerySchema>;

/** An email as the Outbox page shows it (instants as ISO text: it crosses to the browser). */
export interface OutboxEmailView {
  id: string;
  to: string;
  subject: string;
  text: string;
  status: OutboxStatus;
  attempts: number;
  error: string | null;
  createdOn: string;
  sentOn: string | null;
}
