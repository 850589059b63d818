-- The name joins the key of the name-sorted list's index so that a deep page's offset is an index-only walk.
DROP INDEX "organizations_name_idx";--> statement-breakpoint
CREATE INDEX "organizations_name_idx" ON "organizations" USING btree (lower("name"),"id","name");