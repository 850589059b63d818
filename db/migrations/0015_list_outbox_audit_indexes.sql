-- The Outbox and audit log lists: their keyset orders with the id as tie-breaker, the Outbox's undelivered filter and its recipient search (pg_trgm, from 0014).
DROP INDEX "email_outbox_created_idx";--> statement-breakpoint
DROP INDEX "audit_events_org_occurred_idx";--> statement-breakpoint
CREATE INDEX "email_outbox_unsent_created_idx" ON "email_outbox" USING btree ("created_on","id") WHERE "email_outbox"."transport" = 'smtp' and "email_outbox"."sent_on" is null;--> statement-breakpoint
CREATE INDEX "email_outbox_to_trgm_idx" ON "email_outbox" USING gin ("to" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "email_outbox_created_idx" ON "email_outbox" USING btree ("created_on","id");--> statement-breakpoint
CREATE INDEX "audit_events_org_occurred_idx" ON "audit_events" USING btree ("organization_id","occurred_on","id");