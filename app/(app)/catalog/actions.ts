"use server";

import { z } from "zod";
import { action } from "@/lib/actions/action";
import { importProductRows } from "@/lib/catalog/import-export-products";
import { createPricingRule, deletePricingRule, updatePricingRule } from "@/lib/catalog/pricing-rules";
import { setProductImage } from "@/lib/catalog/product-image";
import { createSlaDefinition, deleteSlaDefinition, updateSlaDefinition } from "@/lib/catalog/sla-definitions";
import { pricingRuleFieldsSchema, slaDefinitionFieldsSchema } from "@/lib/catalog/term-schemas";
import { planFieldsSchema } from "@/lib/catalog/plan-schemas";
import { importRowsSchema } from "@/lib/catalog/product-csv";
import { reorder, reorderSchema } from "@/lib/catalog/reorder";
import { createPlan, deletePlan, updatePlan } from "@/lib/catalog/plans";
import { createProductGroup, updateProductGroup } from "@/lib/catalog/product-groups";
import {
  archiveProduct,
  createProduct,
  deleteProduct,
  setProductActive,
  setProductPublished,
  updateProduct,
} from "@/lib/catalog/product-writes";
import { archiveProductSchema, productFieldsSchema, productGroupFieldsSchema } from "@/lib/catalog/schemas";

// Every export here is a public endpoint: each goes through action(), and the catalog domain
// decides whether this actor runs the provider's catalog.

const version = { changeSequence: z.number().int().min(1) };
const productRef = z.object({ productId: z.uuid(), ...version });

export const saveProductGroupAction = action(
  productGroupFieldsSchema.extend({
    groupId: z.uuid().optional(),
    changeSequence: z.number().int().optional(),
  }),
  ({ actor, input: { groupId, ...input } }) =>
    groupId ? updateProductGroup({ actor, id: groupId, input }) : createProductGroup({ actor, input }),
);

export const saveProductAction = action(
  productFieldsSchema.extend({ productId: z.uuid().optional(), changeSequence: z.number().int().optional() }),
  ({ actor, input: { productId, ...input } }) =>
    productId ? updateProduct({ actor, id: productId, input }) : createProduct({ actor, input }),
);

export const publishProductAction = action(productRef.extend({ publish: z.boolean() }), ({ actor, input }) =>
  setProductPublished({
    actor,
    id: input.productId,
    published: input.publish,
    changeSequence: input.changeSequence,
  }),
);

export const setProductActiveAction = action(productRef.extend({ active: z.boolean() }), ({ actor, input }) =>
  setProductActive({
    actor,
    id: input.productId,
    active: input.active,
    changeSequence: input.changeSequence,
  }),
);

export const archiveProductAction = action(
  archiveProductSchema.extend({ productId: z.uuid() }),
  ({ actor, input }) => archiveProduct({ actor, id: input.productId, input }),
);

export const deleteProductAction = action(z.object({ productId: z.uuid() }), ({ actor, input }) =>
  deleteProduct({ actor, id: input.productId }),
);

export const savePlanAction = action(
  z.intersection(
    planFieldsSchema,
    z.object({ productId: z.uuid(), planId: z.uuid().optional(), version: z.number().int().optional() }),
  ),
  ({ actor, input: { productId, planId, ...input } }) =>
    planId ? updatePlan({ actor, productId, planId, input }) : createPlan({ actor, productId, input }),
);

export const deletePlanAction = action(
  z.object({ productId: z.uuid(), planId: z.uuid() }),
  ({ actor, input }) => deletePlan({ actor, ...input }),
);

export const importProductsAction = action(importRowsSchema, ({ actor, input }) =>
  importProductRows({ actor, input }),
);

export const reorderAction = action(
  reorderSchema.extend({ kind: z.enum(["products", "groups"]) }),
  ({ actor, input }) => reorder({ actor, kind: input.kind, input }),
);

export const uploadProductImageAction = action(
  z.object({ productId: z.uuid(), file: z.instanceof(File) }),
  async ({ actor, input }) =>
    setProductImage({
      actor,
      productId: input.productId,
      bytes: Buffer.from(await input.file.arrayBuffer()),
    }),
);

export const saveSlaDefinitionAction = action(
  slaDefinitionFieldsSchema.extend({ id: z.uuid().optional(), changeSequence: z.number().int().optional() }),
  ({ actor, input: { id, ...input } }) =>
    id ? updateSlaDefinition({ actor, id, input }) : createSlaDefinition({ actor, input }),
);

export const savePricingRuleAction = action(
  z.intersection(
    pricingRuleFieldsSchema,
    z.object({ id: z.uuid().optional(), changeSequence: z.number().int().optional() }),
  ),
  ({ actor, input: { id, ...input } }) =>
    id ? updatePricingRule({ actor, id, input }) : createPricingRule({ actor, input }),
);

export const deleteTermAction = action(
  z.object({ kind: z.enum(["sla", "pricing"]), id: z.uuid() }),
  ({ actor, input }) =>
    input.kind === "sla"
      ? deleteSlaDefinition({ actor, id: input.id })
      : deletePricingRule({ actor, id: input.id }),
);
