-- The product index gains the plan: the subscriptions filter asks per (product, plan) whether anyone holds it, instead of reading every subscription for its distinct plans.
DROP INDEX "subscriptions_product_idx";--> statement-breakpoint
CREATE INDEX "subscriptions_product_plan_idx" ON "subscriptions" USING btree ("product_id","plan_id");