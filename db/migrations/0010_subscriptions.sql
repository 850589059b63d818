CREATE TYPE "public"."barring_reason" AS ENUM('DEBT', 'RISK', 'MIGRATION', 'ATC', 'CUST');--> statement-breakpoint
CREATE TYPE "public"."subscription_change_kind" AS ENUM('create', 'plan', 'quantity', 'status', 'terms', 'barring', 'cancel', 'pause', 'resume');--> statement-breakpoint
CREATE TYPE "public"."subscription_change_state" AS ENUM('pending', 'held', 'applied', 'cancelled', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."subscription_status" AS ENUM('scheduled', 'trialing', 'active', 'paused', 'grace', 'ended');--> statement-breakpoint
CREATE TABLE "subscription_barrings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subscription_id" uuid NOT NULL,
	"reason" "barring_reason" NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"applied_on" timestamp with time zone NOT NULL,
	"applied_by" text NOT NULL,
	"lifted_on" timestamp with time zone,
	"lifted_by" text,
	"lift_note" text
);
--> statement-breakpoint
CREATE TABLE "subscription_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sequence" bigint GENERATED ALWAYS AS IDENTITY (sequence name "subscription_changes_sequence_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"subscription_id" uuid NOT NULL,
	"kind" "subscription_change_kind" NOT NULL,
	"state" "subscription_change_state" NOT NULL,
	"from_value" jsonb,
	"to_value" jsonb,
	"requested_on" timestamp with time zone NOT NULL,
	"effective_on" timestamp with time zone NOT NULL,
	"applied_on" timestamp with time zone,
	"reason" text,
	"requested_by" text NOT NULL,
	"decided_by" text,
	"decision_note" text,
	"risk_decision" text
);
--> statement-breakpoint
CREATE TABLE "subscriptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"change_sequence" integer DEFAULT 1 NOT NULL,
	"created_on" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_on" timestamp with time zone DEFAULT now() NOT NULL,
	"number" bigint GENERATED ALWAYS AS IDENTITY (sequence name "subscriptions_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"organization_id" uuid NOT NULL,
	"provider_organization_id" uuid NOT NULL,
	"product_id" uuid NOT NULL,
	"plan_id" uuid,
	"plan_version" integer,
	"quantity" integer DEFAULT 1 NOT NULL,
	"status" "subscription_status" NOT NULL,
	"terms" "plan_terms" DEFAULT 'paid' NOT NULL,
	"subscription_period" integer DEFAULT -1 NOT NULL,
	"grace_period" integer DEFAULT 0 NOT NULL,
	"reminder_before_period" integer DEFAULT -1 NOT NULL,
	"app_limit" integer DEFAULT -1 NOT NULL,
	"namespace_limit" integer DEFAULT -1 NOT NULL,
	"cost_per_app_unit_minor" bigint DEFAULT 0 NOT NULL,
	"cost_per_namespace_unit_minor" bigint DEFAULT 0 NOT NULL,
	"starts_on" timestamp with time zone NOT NULL,
	"current_period_ends_on" timestamp with time zone,
	"grace_ends_on" timestamp with time zone,
	"cancel_at_period_end" boolean DEFAULT false NOT NULL,
	"ended_on" timestamp with time zone,
	"end_reason" text,
	"paused_on" timestamp with time zone,
	"trial_reminder_sent_on" timestamp with time zone,
	"customer_profile_id" text,
	"payment_profile_id" text,
	"payment_expiry" text,
	"payment_first_name" text,
	"payment_last_name" text,
	"payment_address" jsonb,
	"purchase_order_number" text,
	"license_sn" text,
	"marketplace" text,
	"onboard_status" text DEFAULT 'not started' NOT NULL,
	"labels" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" text NOT NULL,
	"modified_by" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "number" bigint NOT NULL GENERATED ALWAYS AS IDENTITY (sequence name "products_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1);--> statement-breakpoint
ALTER TABLE "subscription_barrings" ADD CONSTRAINT "subscription_barrings_subscription_id_subscriptions_id_fk" FOREIGN KEY ("subscription_id") REFERENCES "public"."subscriptions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscription_changes" ADD CONSTRAINT "subscription_changes_subscription_id_subscriptions_id_fk" FOREIGN KEY ("subscription_id") REFERENCES "public"."subscriptions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_provider_organization_id_organizations_id_fk" FOREIGN KEY ("provider_organization_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "subscription_barrings_subscription_idx" ON "subscription_barrings" USING btree ("subscription_id","active");--> statement-breakpoint
CREATE UNIQUE INDEX "subscription_barrings_active_reason_unique" ON "subscription_barrings" USING btree ("subscription_id","reason") WHERE "subscription_barrings"."active";--> statement-breakpoint
CREATE INDEX "subscription_changes_history_idx" ON "subscription_changes" USING btree ("subscription_id","requested_on" DESC NULLS LAST,"sequence" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "subscription_changes_due_idx" ON "subscription_changes" USING btree ("state","effective_on") WHERE "subscription_changes"."state" in ('pending', 'held');--> statement-breakpoint
CREATE UNIQUE INDEX "subscriptions_number_unique" ON "subscriptions" USING btree ("number");--> statement-breakpoint
CREATE INDEX "subscriptions_org_created_idx" ON "subscriptions" USING btree ("organization_id","created_on","id");--> statement-breakpoint
CREATE INDEX "subscriptions_provider_created_idx" ON "subscriptions" USING btree ("provider_organization_id","created_on","id");--> statement-breakpoint
CREATE INDEX "subscriptions_created_idx" ON "subscriptions" USING btree ("created_on","id");--> statement-breakpoint
CREATE INDEX "subscriptions_product_idx" ON "subscriptions" USING btree ("product_id");--> statement-breakpoint
CREATE INDEX "subscriptions_status_period_idx" ON "subscriptions" USING btree ("status","current_period_ends_on");--> statement-breakpoint
CREATE INDEX "subscriptions_status_grace_idx" ON "subscriptions" USING btree ("status","grace_ends_on");--> statement-breakpoint
CREATE INDEX "subscriptions_status_starts_idx" ON "subscriptions" USING btree ("status","starts_on");--> statement-breakpoint
CREATE UNIQUE INDEX "products_number_unique" ON "products" USING btree ("number");--> statement-breakpoint
-- Data move: every Kodexa product subscription becomes a subscription with the same id —
-- active, paid, on the product alone, its quantity kept, started when it was created — with
-- one "create" history row. Creation times are cut to milliseconds, as the app writes them,
-- so keyset cursors (which carry JavaScript dates) page over them exactly.
INSERT INTO "subscriptions" ("id", "change_sequence", "created_on", "updated_on", "organization_id", "provider_organization_id", "product_id", "quantity", "status", "terms", "starts_on", "created_by", "modified_by")
SELECT ps."id", ps."change_sequence", date_trunc('milliseconds', ps."created_on"), ps."updated_on", ps."organization_id", p."provider_organization_id", ps."product_id", ps."quantity", 'active', 'paid', date_trunc('milliseconds', ps."created_on"), 'migration', 'migration'
FROM "product_subscriptions" ps JOIN "products" p ON p."id" = ps."product_id"
ORDER BY ps."created_on", ps."id";--> statement-breakpoint
INSERT INTO "subscription_changes" ("subscription_id", "kind", "state", "to_value", "requested_on", "effective_on", "applied_on", "reason", "requested_by")
SELECT s."id", 'create', 'applied', jsonb_build_object('productId', s."product_id", 'quantity', s."quantity", 'status', 'active'), s."created_on", s."created_on", s."created_on", 'moved from product_subscriptions', 'migration'
FROM "subscriptions" s;
