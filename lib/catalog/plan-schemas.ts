import { z } from "zod";
import { amountSchema } from "@/lib/money";

const days = (name: string, min: number) =>
  z
    .number()
    .int(`${name} must be a whole number of days`)
    .min(min, min === -1 ? "must be -1 (unlimited) or more" : "must be 0 or more")
    .max(36_500);

const dateTime = z
  .union([
    z.literal("").transform(() => null),
    z.iso.datetime({ offset: true, local: true, message: "must be an ISO date-time" }),
  ])
  .nullable()
  .optional()
  .transform((value) => value ?? null);

/**
 * A plan of a product (the marketplace's plan) with the default terms new subscriptions copy
 * (Astra's account subscription terms). -1 means unlimited for periods and limits, and
 * "no reminder" for `reminderBeforePeriod`. Costs are US dollars per unit.
 */
export const planFieldsSchema = z
  .object({
    name: z.string().trim().min(1, "is required").max(100, "must be at most 100 characters"),
    description: z.string().trim().max(2000).default(""),
    planType: z.enum(["STATIC", "DYNAMIC"]).default("STATIC"),
    validity: z
      .object({ validFrom: dateTime, validUntil: dateTime })
      .default({ validFrom: null, validUntil: null }),
    approvalRequired: z.boolean().default(false),
    terms: z.enum(["trial", "paid"]).default("paid"),
    subscriptionPeriod: days("subscriptionPeriod", -1).default(-1),
    gracePeriod: days("gracePeriod", 0).default(0),
    reminderBeforePeriod: days("reminderBeforePeriod", -1).default(-1),
    appLimit: z.number().int().min(-1, "must be -1 (unlimited) or more").default(-1),
    namespaceLimit: z.number().int().min(-1, "must be -1 (unlimited) or more").default(-1),
    costPerAppUnit: amountSchema.default(0),
    costPerNamespaceUnit: amountSchema.default(0),
  })
  .refine(
    (p) => !p.validity.validFrom || !p.validity.validUntil || p.validity.validFrom < p.validity.validUntil,
    {
      message: "must be after validFrom",
      path: ["validity", "validUntil"],
    },
  );
export type PlanInput = z.input<typeof planFieldsSchema>;

export const updatePlanSchema = z.intersection(
  planFieldsSchema,
  z.object({ version: z.number().int().min(1) }),
);

export const planSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  planType: z.enum(["STATIC", "DYNAMIC"]),
  productId: z.string(),
  validity: z.object({ validFrom: z.string().nullable(), validUntil: z.string().nullable() }),
  version: z.number().int(),
  deleted: z.boolean(),
  approvalRequired: z.boolean(),
  terms: z.enum(["trial", "paid"]),
  subscriptionPeriod: z.number().int(),
  gracePeriod: z.number().int(),
  reminderBeforePeriod: z.number().int(),
  appLimit: z.number().int(),
  namespaceLimit: z.number().int(),
  costPerAppUnit: z.number(),
  costPerNamespaceUnit: z.number(),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type PlanView = z.infer<typeof planSchema>;
