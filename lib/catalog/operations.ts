import { z } from "zod";
import { defineOperation } from "@/lib/http/operation";
import { uuid } from "@/lib/input/identifiers";
import { queryInteger } from "@/lib/input/numbers";
import { line } from "@/lib/input/text";
import { maxImageBytes } from "@/lib/images";
import { idParams } from "@/lib/http/params";
import { springPageQuerySchema, springPageSchema } from "@/lib/http/spring-page";
import { planFieldsSchema, planSchema, updatePlanSchema } from "./plan-schemas";
import {
  archiveProductSchema,
  productFieldsSchema,
  productFilterSchema,
  productGroupFieldsSchema,
  productGroupSchema,
  productSchema,
  updateProductGroupSchema,
  updateProductSchema,
} from "./schemas";
import {
  pricingRuleFieldsSchema,
  pricingRuleSchema,
  slaDefinitionFieldsSchema,
  slaDefinitionSchema,
  updatePricingRuleSchema,
  updateSlaDefinitionSchema,
} from "./term-schemas";

const groups = "Product groups";
const productsTag = "Products";
const plansTag = "Plans";
const planParams = z.object({ id: z.uuid(), planId: z.uuid() });

export const listProductGroupsOperation = defineOperation({
  method: "GET",
  path: "/api/product-groups",
  tag: groups,
  summary: "List product groups",
  description: "A Spring page; `sort` takes order, name or createdOn. Customers see active groups.",
  query: springPageQuerySchema.extend({ query: line(200).optional() }),
  result: springPageSchema(productGroupSchema),
});
export const createProductGroupOperation = defineOperation({
  method: "POST",
  path: "/api/product-groups",
  tag: groups,
  summary: "Create a product group",
  body: productGroupFieldsSchema,
  result: productGroupSchema,
  status: 201,
});
export const getProductGroupOperation = defineOperation({
  method: "GET",
  path: "/api/product-groups/{id}",
  tag: groups,
  summary: "Get a product group",
  params: idParams,
  result: productGroupSchema,
});
export const updateProductGroupOperation = defineOperation({
  method: "PUT",
  path: "/api/product-groups/{id}",
  tag: groups,
  summary: "Replace a product group",
  params: idParams,
  body: updateProductGroupSchema,
  result: productGroupSchema,
});
export const deleteProductGroupOperation = defineOperation({
  method: "DELETE",
  path: "/api/product-groups/{id}",
  tag: groups,
  summary: "Delete an empty product group",
  description: "Refused (409) while products are in the group.",
  params: idParams,
  status: 204,
});

export const listProductsOperation = defineOperation({
  method: "GET",
  path: "/api/products",
  tag: productsTag,
  summary: "List products",
  description:
    "A Spring page, promoted first unless `sort` is given (order, name, createdOn, price). Customers see listed products only.",
  query: springPageQuerySchema.extend(productFilterSchema.shape),
  result: springPageSchema(productSchema),
});
export const createProductOperation = defineOperation({
  method: "POST",
  path: "/api/products",
  tag: productsTag,
  summary: "Create a product",
  description:
    "`price` is a decimal amount in `currency` (default USD), exact to the currency's minor unit. A platform key " +
    "that names no `providerOrganizationId` creates it for the platform's own provider organization.",
  body: productFieldsSchema,
  result: productSchema,
  status: 201,
});
export const getProductOperation = defineOperation({
  method: "GET",
  path: "/api/products/{id}",
  tag: productsTag,
  summary: "Get a product",
  params: idParams,
  result: productSchema,
});
export const updateProductOperation = defineOperation({
  method: "PUT",
  path: "/api/products/{id}",
  tag: productsTag,
  summary: "Replace a product",
  description:
    "Publishing and activating are fields (`productStatus`, `active`). A stale changeSequence answers 409.",
  params: idParams,
  body: updateProductSchema,
  result: productSchema,
});
export const deleteProductOperation = defineOperation({
  method: "DELETE",
  path: "/api/products/{id}",
  tag: productsTag,
  summary: "Delete a product",
  params: idParams,
  status: 204,
});
export const archiveProductOperation = defineOperation({
  method: "POST",
  path: "/api/products/{id}/archive",
  tag: productsTag,
  summary: "Archive a product",
  description: "Takes it out of the catalog for good while keeping it for the records that name it.",
  params: idParams,
  body: archiveProductSchema,
  result: productSchema,
});

export const getProductImageOperation = defineOperation({
  method: "GET",
  path: "/api/products/{id}/image",
  tag: productsTag,
  summary: "Download a product's uploaded image",
  params: idParams,
});
export const setProductImageOperation = defineOperation({
  method: "PUT",
  path: "/api/products/{id}/image",
  tag: productsTag,
  summary: "Upload a product's image",
  description: "The raw image as the body (PNG, JPEG, GIF or WebP, at most 512 KB).",
  params: idParams,
  rawBody: { maxBytes: maxImageBytes },
  result: z.object({ contentType: z.string() }),
});

export const listPlansOperation = defineOperation({
  method: "GET",
  path: "/api/products/{id}/plans",
  tag: plansTag,
  summary: "List a product's plans (latest versions)",
  params: idParams,
  result: z.array(planSchema),
});
export const createPlanOperation = defineOperation({
  method: "POST",
  path: "/api/products/{id}/plans",
  tag: plansTag,
  summary: "Create a plan",
  params: idParams,
  body: planFieldsSchema,
  result: planSchema,
  status: 201,
});
export const getPlanOperation = defineOperation({
  method: "GET",
  path: "/api/products/{id}/plans/{planId}",
  tag: plansTag,
  summary: "Get a plan (latest version, or `version`)",
  params: planParams,
  query: z.object({ version: queryInteger({ min: 1 }).optional() }),
  result: planSchema,
});
export const updatePlanOperation = defineOperation({
  method: "PUT",
  path: "/api/products/{id}/plans/{planId}",
  tag: plansTag,
  summary: "Change a plan: writes its next version",
  description:
    "Send `version` as read; a stale one answers 409. Earlier versions stay unchanged for their subscriptions.",
  params: planParams,
  body: updatePlanSchema,
  result: planSchema,
});
export const deletePlanOperation = defineOperation({
  method: "DELETE",
  path: "/api/products/{id}/plans/{planId}",
  tag: plansTag,
  summary: "Delete a plan (marks it deleted; its versions stay)",
  params: planParams,
  status: 204,
});
export const planVersionsOperation = defineOperation({
  method: "GET",
  path: "/api/products/{id}/plans/{planId}/versions",
  tag: plansTag,
  summary: "A plan's versions, newest first",
  params: planParams,
  result: z.array(planSchema),
});

const providerQuery = z.object({
  providerOrganizationId: uuid().optional().describe("Platform keys only"),
});

function termOperations<Fields extends z.ZodType, Update extends z.ZodType, View extends z.ZodType>(
  path: string,
  tag: string,
  noun: string,
  fields: Fields,
  update: Update,
  view: View,
) {
  return {
    list: defineOperation({
      method: "GET",
      path,
      tag,
      summary: `List ${noun}s`,
      query: providerQuery,
      result: z.array(view),
    }),
    create: defineOperation({
      method: "POST",
      path,
      tag,
      summary: `Create a ${noun}`,
      body: fields,
      result: view,
      status: 201,
    }),
    get: defineOperation({
      method: "GET",
      path: `${path}/{id}`,
      tag,
      summary: `Get a ${noun}`,
      params: idParams,
      result: view,
    }),
    update: defineOperation({
      method: "PUT",
      path: `${path}/{id}`,
      tag,
      summary: `Replace a ${noun}`,
      params: idParams,
      body: update,
      result: view,
    }),
    remove: defineOperation({
      method: "DELETE",
      path: `${path}/{id}`,
      tag,
      summary: `Delete a ${noun}`,
      params: idParams,
      status: 204,
    }),
  };
}

export const slaDefinitionOperations = termOperations(
  "/api/sla-definitions",
  "SLA definitions",
  "SLA definition",
  slaDefinitionFieldsSchema,
  updateSlaDefinitionSchema,
  slaDefinitionSchema,
);
export const pricingRuleOperations = termOperations(
  "/api/pricing-rules",
  "Pricing rules",
  "pricing rule",
  pricingRuleFieldsSchema,
  updatePricingRuleSchema,
  pricingRuleSchema,
);
