CREATE INDEX "product_key_secrets_prefix_key_idx" ON "product_key_secrets" USING btree ("prefix" text_pattern_ops,"product_key_id");--> statement-breakpoint
DROP INDEX "product_key_secrets_prefix_idx";--> statement-breakpoint
DROP INDEX "product_key_secrets_prefix_pattern_idx";
