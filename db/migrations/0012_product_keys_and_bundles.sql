CREATE TYPE "public"."access_status_value" AS ENUM('ACTIVATION_REQUESTED', 'ACTIVE', 'DEACTIVATION_REQUESTED', 'INACTIVE');--> statement-breakpoint
CREATE TYPE "public"."approval_level" AS ENUM('bundle', 'product', 'plan');--> statement-breakpoint
CREATE TYPE "public"."approval_status" AS ENUM('REQUESTED', 'IN_PROGRESS', 'APPROVED', 'REJECTED', 'IN_TERMINATION', 'TERMINATED');--> statement-breakpoint
CREATE TYPE "public"."business_case_key" AS ENUM('USE_CASE', 'ADDED_VALUE', 'TRAFFIC');--> statement-breakpoint
CREATE TYPE "public"."contract_status" AS ENUM('DRAFT', 'REQUESTED', 'IN_PROGRESS', 'APPROVED', 'REJECTED', 'IN_TERMINATION', 'TERMINATED');--> statement-breakpoint
CREATE TABLE "payment_events" (
	"event_id" text PRIMARY KEY NOT NULL,
	"organization_id" uuid,
	"type" text NOT NULL,
	"received_on" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "product_key_products" (
	"product_key_id" uuid NOT NULL,
	"product_id" uuid NOT NULL,
	CONSTRAINT "product_key_products_product_key_id_product_id_pk" PRIMARY KEY("product_key_id","product_id")
);
--> statement-breakpoint
CREATE TABLE "product_key_secrets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"product_key_id" uuid NOT NULL,
	"prefix" text NOT NULL,
	"secret_hash" text NOT NULL,
	"created_on" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_on" timestamp with time zone,
	"revoked_on" timestamp with time zone,
	"created_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "product_key_usage" (
	"product_key_id" uuid NOT NULL,
	"day" date NOT NULL,
	"accepted" bigint DEFAULT 0 NOT NULL,
	"consumed" bigint DEFAULT 0 NOT NULL,
	"refused" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "product_key_usage_product_key_id_day_pk" PRIMARY KEY("product_key_id","day")
);
--> statement-breakpoint
CREATE TABLE "product_keys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"change_sequence" integer DEFAULT 1 NOT NULL,
	"created_on" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_on" timestamp with time zone DEFAULT now() NOT NULL,
	"provider_organization_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"subscription_id" uuid,
	"owner_user_id" uuid,
	"owner_email" text NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"company" text,
	"description" text DEFAULT '' NOT NULL,
	"valid" boolean DEFAULT true NOT NULL,
	"starts_on" timestamp with time zone NOT NULL,
	"expires_on" timestamp with time zone,
	"quota" bigint,
	"consumed_quota" bigint DEFAULT 0 NOT NULL,
	"quota_notification_threshold" double precision,
	"quota_threshold_notified_on" timestamp with time zone,
	"external_quote_id" text,
	"external_application_id" text,
	"consumer_data_provider_configuration_id" text,
	"applications" text[] DEFAULT '{}'::text[] NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"named_consumers" text[] DEFAULT '{}'::text[] NOT NULL,
	"named_organizations" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"sla_definition_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"pricing_rule_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"notify_creator_on_creation" boolean DEFAULT false NOT NULL,
	"notification_addresses_on_creation" text[] DEFAULT '{}'::text[] NOT NULL,
	"notify_owner_on_quota_threshold" boolean DEFAULT false NOT NULL,
	"notification_addresses_on_quota_threshold" text[] DEFAULT '{}'::text[] NOT NULL,
	"disable_on_payment_failure" boolean DEFAULT false NOT NULL,
	"payment_held_on" timestamp with time zone,
	"allow_mid_period_cancellation" boolean DEFAULT false NOT NULL,
	"notify_before_trial_expiry" boolean DEFAULT false NOT NULL,
	"disabled_on" timestamp with time zone,
	"disabled_reason" text,
	"revoked_on" timestamp with time zone,
	"revoked_reason" text,
	"last_used_on" timestamp with time zone,
	"created_by" text NOT NULL,
	"modified_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bundle_access_statuses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"access_id" uuid NOT NULL,
	"status_value" "access_status_value" NOT NULL,
	"note" text,
	"created_by_id" uuid,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bundle_accesses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"change_sequence" integer DEFAULT 1 NOT NULL,
	"created_on" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_on" timestamp with time zone DEFAULT now() NOT NULL,
	"bundle_id" uuid NOT NULL,
	"name" text NOT NULL,
	"exchange_type" "access_exchange_type" NOT NULL,
	"status" "access_status_value" NOT NULL,
	"product_ids" uuid[] NOT NULL,
	"product_key_id" uuid,
	"secret_shown_on" timestamp with time zone,
	"created_by_id" uuid
);
--> statement-breakpoint
CREATE TABLE "bundle_approvals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bundle_id" uuid NOT NULL,
	"level" "approval_level" NOT NULL,
	"target_id" uuid,
	"approval_status" "approval_status" NOT NULL,
	"note" text,
	"created_by_id" uuid,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bundle_business_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bundle_id" uuid NOT NULL,
	"key" "business_case_key" NOT NULL,
	"text" text DEFAULT '' NOT NULL,
	"pending_text" text
);
--> statement-breakpoint
CREATE TABLE "bundle_plan_subscriptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bundle_id" uuid NOT NULL,
	"bundle_product_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"plan_version" integer NOT NULL,
	"approval_status" "approval_status",
	"valid_until" timestamp with time zone,
	"subscription_id" uuid,
	"created_on" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bundle_products" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bundle_id" uuid NOT NULL,
	"product_id" uuid NOT NULL,
	"approval_status" "approval_status"
);
--> statement-breakpoint
CREATE TABLE "bundles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"change_sequence" integer DEFAULT 1 NOT NULL,
	"created_on" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_on" timestamp with time zone DEFAULT now() NOT NULL,
	"organization_id" uuid NOT NULL,
	"provider_organization_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"detailed_description" text DEFAULT '' NOT NULL,
	"colour" text,
	"icon_path" text,
	"contact_id" uuid,
	"contract_status" "contract_status" DEFAULT 'DRAFT' NOT NULL,
	"access_allowed" boolean DEFAULT true NOT NULL,
	"access_note" text,
	"requested_on" timestamp with time zone,
	"created_by_id" uuid,
	"created_by" text NOT NULL,
	"modified_by" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "payment_events" ADD CONSTRAINT "payment_events_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_key_products" ADD CONSTRAINT "product_key_products_product_key_id_product_keys_id_fk" FOREIGN KEY ("product_key_id") REFERENCES "public"."product_keys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_key_products" ADD CONSTRAINT "product_key_products_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_key_secrets" ADD CONSTRAINT "product_key_secrets_product_key_id_product_keys_id_fk" FOREIGN KEY ("product_key_id") REFERENCES "public"."product_keys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_key_usage" ADD CONSTRAINT "product_key_usage_product_key_id_product_keys_id_fk" FOREIGN KEY ("product_key_id") REFERENCES "public"."product_keys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_keys" ADD CONSTRAINT "product_keys_provider_organization_id_organizations_id_fk" FOREIGN KEY ("provider_organization_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_keys" ADD CONSTRAINT "product_keys_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_keys" ADD CONSTRAINT "product_keys_subscription_id_subscriptions_id_fk" FOREIGN KEY ("subscription_id") REFERENCES "public"."subscriptions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_keys" ADD CONSTRAINT "product_keys_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bundle_access_statuses" ADD CONSTRAINT "bundle_access_statuses_access_id_bundle_accesses_id_fk" FOREIGN KEY ("access_id") REFERENCES "public"."bundle_accesses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bundle_access_statuses" ADD CONSTRAINT "bundle_access_statuses_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bundle_accesses" ADD CONSTRAINT "bundle_accesses_bundle_id_bundles_id_fk" FOREIGN KEY ("bundle_id") REFERENCES "public"."bundles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bundle_accesses" ADD CONSTRAINT "bundle_accesses_product_key_id_product_keys_id_fk" FOREIGN KEY ("product_key_id") REFERENCES "public"."product_keys"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bundle_accesses" ADD CONSTRAINT "bundle_accesses_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bundle_approvals" ADD CONSTRAINT "bundle_approvals_bundle_id_bundles_id_fk" FOREIGN KEY ("bundle_id") REFERENCES "public"."bundles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bundle_approvals" ADD CONSTRAINT "bundle_approvals_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bundle_business_cases" ADD CONSTRAINT "bundle_business_cases_bundle_id_bundles_id_fk" FOREIGN KEY ("bundle_id") REFERENCES "public"."bundles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bundle_plan_subscriptions" ADD CONSTRAINT "bundle_plan_subscriptions_bundle_id_bundles_id_fk" FOREIGN KEY ("bundle_id") REFERENCES "public"."bundles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bundle_plan_subscriptions" ADD CONSTRAINT "bundle_plan_subscriptions_bundle_product_id_bundle_products_id_fk" FOREIGN KEY ("bundle_product_id") REFERENCES "public"."bundle_products"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bundle_plan_subscriptions" ADD CONSTRAINT "bundle_plan_subscriptions_subscription_id_subscriptions_id_fk" FOREIGN KEY ("subscription_id") REFERENCES "public"."subscriptions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bundle_products" ADD CONSTRAINT "bundle_products_bundle_id_bundles_id_fk" FOREIGN KEY ("bundle_id") REFERENCES "public"."bundles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bundle_products" ADD CONSTRAINT "bundle_products_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bundles" ADD CONSTRAINT "bundles_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bundles" ADD CONSTRAINT "bundles_provider_organization_id_organizations_id_fk" FOREIGN KEY ("provider_organization_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bundles" ADD CONSTRAINT "bundles_contact_id_organization_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."organization_contacts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bundles" ADD CONSTRAINT "bundles_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "product_key_products_product_idx" ON "product_key_products" USING btree ("product_id");--> statement-breakpoint
CREATE UNIQUE INDEX "product_key_secrets_hash_unique" ON "product_key_secrets" USING btree ("secret_hash");--> statement-breakpoint
CREATE INDEX "product_key_secrets_key_idx" ON "product_key_secrets" USING btree ("product_key_id");--> statement-breakpoint
CREATE INDEX "product_key_secrets_prefix_idx" ON "product_key_secrets" USING btree ("prefix");--> statement-breakpoint
CREATE INDEX "product_keys_org_created_idx" ON "product_keys" USING btree ("organization_id","created_on","id");--> statement-breakpoint
CREATE INDEX "product_keys_provider_created_idx" ON "product_keys" USING btree ("provider_organization_id","created_on","id");--> statement-breakpoint
CREATE INDEX "product_keys_created_idx" ON "product_keys" USING btree ("created_on","id");--> statement-breakpoint
CREATE INDEX "product_keys_subscription_idx" ON "product_keys" USING btree ("subscription_id");--> statement-breakpoint
CREATE INDEX "product_keys_tags_idx" ON "product_keys" USING gin ("tags");--> statement-breakpoint
CREATE INDEX "bundle_access_statuses_access_idx" ON "bundle_access_statuses" USING btree ("access_id","created_at");--> statement-breakpoint
CREATE INDEX "bundle_accesses_bundle_idx" ON "bundle_accesses" USING btree ("bundle_id");--> statement-breakpoint
CREATE INDEX "bundle_approvals_bundle_idx" ON "bundle_approvals" USING btree ("bundle_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "bundle_business_cases_unique" ON "bundle_business_cases" USING btree ("bundle_id","key");--> statement-breakpoint
CREATE UNIQUE INDEX "bundle_plan_subscriptions_unique" ON "bundle_plan_subscriptions" USING btree ("bundle_id","plan_id");--> statement-breakpoint
CREATE INDEX "bundle_plan_subscriptions_status_idx" ON "bundle_plan_subscriptions" USING btree ("approval_status");--> statement-breakpoint
CREATE UNIQUE INDEX "bundle_products_unique" ON "bundle_products" USING btree ("bundle_id","product_id");--> statement-breakpoint
CREATE INDEX "bundle_products_product_idx" ON "bundle_products" USING btree ("product_id");--> statement-breakpoint
CREATE INDEX "bundles_org_idx" ON "bundles" USING btree ("organization_id","name","id");--> statement-breakpoint
CREATE INDEX "bundles_provider_status_idx" ON "bundles" USING btree ("provider_organization_id","contract_status","requested_on");