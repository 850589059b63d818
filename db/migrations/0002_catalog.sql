CREATE TYPE "public"."access_exchange_type" AS ENUM('GENERATE_TOKEN', 'MANUAL_EXCHANGE');--> statement-breakpoint
CREATE TYPE "public"."plan_terms" AS ENUM('trial', 'paid');--> statement-breakpoint
CREATE TYPE "public"."plan_type" AS ENUM('STATIC', 'DYNAMIC');--> statement-breakpoint
CREATE TYPE "public"."pricing_rule_type" AS ENUM('FLAT', 'PER_UNIT', 'TIERED', 'DISCOUNT_PERCENT');--> statement-breakpoint
CREATE TYPE "public"."product_status" AS ENUM('DRAFT', 'PUBLISHED');--> statement-breakpoint
CREATE TABLE "plans" (
	"row_id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"product_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"plan_type" "plan_type" DEFAULT 'STATIC' NOT NULL,
	"valid_from" timestamp with time zone,
	"valid_until" timestamp with time zone,
	"deleted" boolean DEFAULT false NOT NULL,
	"approval_required" boolean DEFAULT false NOT NULL,
	"terms" "plan_terms" DEFAULT 'paid' NOT NULL,
	"subscription_period" integer DEFAULT -1 NOT NULL,
	"grace_period" integer DEFAULT 0 NOT NULL,
	"reminder_before_period" integer DEFAULT -1 NOT NULL,
	"app_limit" integer DEFAULT -1 NOT NULL,
	"namespace_limit" integer DEFAULT -1 NOT NULL,
	"cost_per_app_unit_minor" bigint DEFAULT 0 NOT NULL,
	"cost_per_namespace_unit_minor" bigint DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pricing_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"change_sequence" integer DEFAULT 1 NOT NULL,
	"created_on" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_on" timestamp with time zone DEFAULT now() NOT NULL,
	"provider_organization_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"rule_type" "pricing_rule_type" NOT NULL,
	"currency" text DEFAULT 'USD' NOT NULL,
	"parameters" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "product_compatibilities" (
	"product_id" uuid NOT NULL,
	"compatible_product_id" uuid NOT NULL,
	CONSTRAINT "product_compatibilities_product_id_compatible_product_id_pk" PRIMARY KEY("product_id","compatible_product_id")
);
--> statement-breakpoint
CREATE TABLE "product_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"change_sequence" integer DEFAULT 1 NOT NULL,
	"created_on" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_on" timestamp with time zone DEFAULT now() NOT NULL,
	"provider_organization_id" uuid,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"overview_markdown" text DEFAULT '' NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"search_text" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "products" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"change_sequence" integer DEFAULT 1 NOT NULL,
	"created_on" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_on" timestamp with time zone DEFAULT now() NOT NULL,
	"provider_organization_id" uuid NOT NULL,
	"product_group_id" uuid,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"detailed_description" text DEFAULT '' NOT NULL,
	"overview_markdown" text DEFAULT '' NOT NULL,
	"image_url" text,
	"price_minor" bigint,
	"currency" text DEFAULT 'USD' NOT NULL,
	"price_id" text,
	"price_suffix" text,
	"number_of_credits" integer,
	"has_quantity" boolean DEFAULT false NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"promoted" boolean DEFAULT false NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"project_templates" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"product_status" "product_status" DEFAULT 'DRAFT' NOT NULL,
	"publicly_available" boolean DEFAULT false NOT NULL,
	"support_multiple_plans" boolean DEFAULT false NOT NULL,
	"colour" text,
	"access_exchange_type" "access_exchange_type" DEFAULT 'GENERATE_TOKEN' NOT NULL,
	"archived_on" timestamp with time zone,
	"archive_reason" text,
	"search_text" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sla_definitions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"change_sequence" integer DEFAULT 1 NOT NULL,
	"created_on" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_on" timestamp with time zone DEFAULT now() NOT NULL,
	"provider_organization_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"uptime_percent" numeric(6, 3) NOT NULL,
	"response_time_ms" integer,
	"support_hours" text
);
--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pricing_rules" ADD CONSTRAINT "pricing_rules_provider_organization_id_organizations_id_fk" FOREIGN KEY ("provider_organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_compatibilities" ADD CONSTRAINT "product_compatibilities_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_compatibilities" ADD CONSTRAINT "product_compatibilities_compatible_product_id_products_id_fk" FOREIGN KEY ("compatible_product_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_groups" ADD CONSTRAINT "product_groups_provider_organization_id_organizations_id_fk" FOREIGN KEY ("provider_organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_provider_organization_id_organizations_id_fk" FOREIGN KEY ("provider_organization_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_product_group_id_product_groups_id_fk" FOREIGN KEY ("product_group_id") REFERENCES "public"."product_groups"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sla_definitions" ADD CONSTRAINT "sla_definitions_provider_organization_id_organizations_id_fk" FOREIGN KEY ("provider_organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "plans_plan_version_unique" ON "plans" USING btree ("plan_id","version");--> statement-breakpoint
CREATE INDEX "plans_product_idx" ON "plans" USING btree ("product_id");--> statement-breakpoint
CREATE INDEX "product_groups_order_idx" ON "product_groups" USING btree ("sort_order","id");--> statement-breakpoint
CREATE INDEX "products_group_order_idx" ON "products" USING btree ("product_group_id","sort_order","id");--> statement-breakpoint
CREATE INDEX "products_provider_idx" ON "products" USING btree ("provider_organization_id");