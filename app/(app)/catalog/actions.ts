"use server";

import { z } from "zod";
import { action } from "@/lib/actions/action";
import { uuid } from "@/lib/input/identifiers";
import { changeSequenceSchema } from "@/lib/input/numbers";
import { importProductRows } from "@/lib/catalog/import-export-products";
import { createPricingRule, deletePricingRule, updatePricingRule } from "@/lib/catalog/pricing-rules";
import { setProductImage } from "@/lib/catalog/product-image";
import { createSlaDefinition, deleteSlaDefinition, updateSlaDefinition } from "@/lib/catalog/sla-definitions";
import { pricingRuleFieldsSchema, slaDefinitionFieldsSchema } from "@/lib/catalog/term-schemas";
import { planFieldsSchema } from "@/lib/catalog/plan-schemas";
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
import {
  archiveProductSchema,
  importRowsSchema,
  productFieldsSchema,
  productGroupFieldsSchema,
} from "@/lib/catalog/schemas";

// Every export here is a public endpoint: each goes through action(), and the catalog domain
// decides whether this actor runs the provider's catalog. Payloads are validated by the
// domain function they go to; `route` holds only what an action reads itself.

const optionalVersion = z.object({ changeSequence: changeSequenceSchema.optional() });
const productRef = z.object({ productId: uuid(), changeSequence: changeSequenceSchema });

export const saveProductGroupAction = action(
  {
    route: z.object({ groupId: uuid().optional() }),
    payload: productGroupFieldsSchema.extend(optionalVersion.shape),
  },
  ({ actor, route: { groupId }, input }) =>
    groupId ? updateProductGroup({ actor, id: groupId, input }) : createProductGroup({ actor, input }),
);

export const saveProductAction = action(
  {
    route: z.object({ productId: uuid().optional() }),
    payload: productFieldsSchema.extend(optionalVersion.shape),
  },
  ({ actor, route: { productId }, input }) =>
    productId ? updateProduct({ actor, id: productId, input }) : createProduct({ actor, input }),
);

export const publishProductAction = action(
  { route: productRef.extend({ publish: z.boolean() }) },
  ({ actor, route }) =>
    setProductPublished({
      actor,
      id: route.productId,
      published: route.publish,
      changeSequence: route.changeSequence,
    }),
);

export const setProductActiveAction = action(
  { route: productRef.extend({ active: z.boolean() }) },
  ({ actor, route }) =>
    setProductActive({
      actor,
      id: route.productId,
      active: route.active,
      changeSequence: route.changeSequence,
    }),
);

export const archiveProductAction = action(
  { route: z.object({ productId: uuid() }), payload: archiveProductSchema },
  ({ actor, route, input }) => archiveProduct({ actor, id: route.productId, input }),
);

export const deleteProductAction = action({ route: z.object({ productId: uuid() }) }, ({ actor, route }) =>
  deleteProduct({ actor, id: route.productId }),
);

export const savePlanAction = action(
  {
    route: z.object({ productId: uuid(), planId: uuid().optional() }),
    payload: z.intersection(planFieldsSchema, z.object({ version: z.number().int().optional() })),
  },
  ({ actor, route: { productId, planId }, input }) =>
    planId ? updatePlan({ actor, productId, planId, input }) : createPlan({ actor, productId, input }),
);

export const deletePlanAction = action(
  { route: z.object({ productId: uuid(), planId: uuid() }) },
  ({ actor, route }) => deletePlan({ actor, ...route }),
);

export const importProductsAction = action({ payload: importRowsSchema }, ({ actor, input }) =>
  importProductRows({ actor, input }),
);

export const reorderAction = action(
  { route: z.object({ kind: z.enum(["products", "groups"]) }), payload: reorderSchema },
  ({ actor, route, input }) => reorder({ actor, kind: route.kind, input }),
);

export const uploadProductImageAction = action(
  { route: z.object({ productId: uuid(), file: z.instanceof(File) }) },
  async ({ actor, route }) =>
    setProductImage({
      actor,
      productId: route.productId,
      bytes: Buffer.from(await route.file.arrayBuffer()),
    }),
);

export const saveSlaDefinitionAction = action(
  {
    route: z.object({ id: uuid().optional() }),
    payload: slaDefinitionFieldsSchema.extend(optionalVersion.shape),
  },
  ({ actor, route: { id }, input }) =>
    id ? updateSlaDefinition({ actor, id, input }) : createSlaDefinition({ actor, input }),
);

export const savePricingRuleAction = action(
  {
    route: z.object({ id: uuid().optional() }),
    payload: z.intersection(pricingRuleFieldsSchema, optionalVersion),
  },
  ({ actor, route: { id }, input }) =>
    id ? updatePricingRule({ actor, id, input }) : createPricingRule({ actor, input }),
);

export const deleteTermAction = action(
  { route: z.object({ kind: z.enum(["sla", "pricing"]), id: uuid() }) },
  ({ actor, route }) =>
    route.kind === "sla"
      ? deleteSlaDefinition({ actor, id: route.id })
      : deletePricingRule({ actor, id: route.id }),
);
