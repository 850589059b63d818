-- The staff dashboards' subscription figures as the summary job computed them: one row per scope (the platform's, each provider's), so a view reads a row instead of counting every subscription.
CREATE TABLE "dashboard_summaries" (
	"organization_id" uuid,
	"by_status" jsonb NOT NULL,
	"movement" jsonb NOT NULL,
	"revenue" jsonb NOT NULL,
	"computed_on" timestamp with time zone NOT NULL,
	CONSTRAINT "dashboard_summaries_scope_unique" UNIQUE NULLS NOT DISTINCT("organization_id")
);
--> statement-breakpoint
ALTER TABLE "dashboard_summaries" ADD CONSTRAINT "dashboard_summaries_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;