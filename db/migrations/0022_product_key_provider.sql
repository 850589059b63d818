-- A key's products carry the key's provider, so that two foreign keys can hold every product of
-- a key to that provider. Hand-ordered: the index the new key refers to comes first, and the
-- column is filled from its key before it is required. Issuing and updating keys have always
-- refused products of another provider, so the foreign keys validate; were a row written around
-- them, the migration stops there, and this finds it:
--   select p.* from product_key_products p join products r on r.id = p.product_id
--   join product_keys k on k.id = p.product_key_id
--   where r.provider_organization_id <> k.provider_organization_id;
CREATE UNIQUE INDEX "product_keys_id_provider_unique" ON "product_keys" USING btree ("id","provider_organization_id");--> statement-breakpoint
ALTER TABLE "product_key_products" ADD COLUMN "provider_organization_id" uuid;--> statement-breakpoint
UPDATE "product_key_products" AS p SET "provider_organization_id" = k."provider_organization_id" FROM "product_keys" AS k WHERE k."id" = p."product_key_id";--> statement-breakpoint
ALTER TABLE "product_key_products" ALTER COLUMN "provider_organization_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "product_key_products" DROP CONSTRAINT "product_key_products_product_key_id_product_keys_id_fk";--> statement-breakpoint
ALTER TABLE "product_key_products" DROP CONSTRAINT "product_key_products_product_id_products_id_fk";--> statement-breakpoint
ALTER TABLE "product_key_products" ADD CONSTRAINT "product_key_products_key_provider_fk" FOREIGN KEY ("product_key_id","provider_organization_id") REFERENCES "public"."product_keys"("id","provider_organization_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_key_products" ADD CONSTRAINT "product_key_products_product_provider_fk" FOREIGN KEY ("product_id","provider_organization_id") REFERENCES "public"."products"("id","provider_organization_id") ON DELETE restrict ON UPDATE no action;
