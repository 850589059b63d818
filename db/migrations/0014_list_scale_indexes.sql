-- pg_trgm serves the lists' substring searches (ILIKE '%…%') from GIN indexes; PGlite loads it in db/open.ts.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE INDEX "organizations_slug_id_idx" ON "organizations" USING btree ("slug","id");--> statement-breakpoint
CREATE INDEX "organizations_search_trgm_idx" ON "organizations" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "organizations_name_trgm_idx" ON "organizations" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "organizations_slug_trgm_idx" ON "organizations" USING gin ("slug" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "products_search_trgm_idx" ON "products" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "products_name_trgm_idx" ON "products" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "subscriptions_status_created_idx" ON "subscriptions" USING btree ("status","created_on","id");--> statement-breakpoint
CREATE INDEX "subscriptions_product_created_idx" ON "subscriptions" USING btree ("product_id","created_on","id");--> statement-breakpoint
CREATE INDEX "subscriptions_live_created_idx" ON "subscriptions" USING btree ("created_on","id") WHERE "subscriptions"."status" <> 'ended';--> statement-breakpoint
CREATE INDEX "product_key_secrets_prefix_pattern_idx" ON "product_key_secrets" USING btree ("prefix" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "product_keys_owner_email_pattern_idx" ON "product_keys" USING btree ("owner_email" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "bundles_name_idx" ON "bundles" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "bundles_created_idx" ON "bundles" USING btree ("created_on","id");--> statement-breakpoint
CREATE INDEX "bundles_updated_idx" ON "bundles" USING btree ("updated_on","id");--> statement-breakpoint
CREATE INDEX "bundles_requested_idx" ON "bundles" USING btree ("requested_on","id");--> statement-breakpoint
CREATE INDEX "bundles_status_idx" ON "bundles" USING btree ("contract_status","id");--> statement-breakpoint
CREATE INDEX "bundles_status_requested_idx" ON "bundles" USING btree ("contract_status","requested_on","id");--> statement-breakpoint
CREATE INDEX "bundles_open_requested_idx" ON "bundles" USING btree ("requested_on","id") WHERE "bundles"."contract_status" in ('REQUESTED', 'IN_PROGRESS');--> statement-breakpoint
CREATE INDEX "bundles_name_trgm_idx" ON "bundles" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "bundles_description_trgm_idx" ON "bundles" USING gin ("description" gin_trgm_ops);