CREATE UNIQUE INDEX "products_id_provider_unique" ON "products" USING btree ("id","provider_organization_id");--> statement-breakpoint
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_product_provider_fk" FOREIGN KEY ("product_id","provider_organization_id") REFERENCES "public"."products"("id","provider_organization_id") ON DELETE restrict ON UPDATE no action;
