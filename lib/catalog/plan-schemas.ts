import { z } from "zod";
import { isoDateTime } from "@/lib/input/date-time";
import { integer } from "@/lib/input/numbers";
import { line, text } from "@/lib/input/text";
import { amountSchema } from "@/lib/money-schemas";

/** Days, at most a century; -1 where it means unlimited (or "no reminder"). */
const days = (min: number) => integer({ min, max: 36_500 });
/** A limit: -1 is unlimited, anything else fits the int4 column. */
const limit = integer({ min: -1 });

const dateTime = z
  .union([z.literal("").transform(() => null), isoDateTime()])
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
    name: line(100, { min: 1 }),
    description: text(2000).default(""),
    planType: z.enum(["STATIC", "DYNAMIC"]).default("STATIC"),
    validity: z
      .object({ validFrom: dateTime, validUntil: dateTime })
      .default({ validFrom: null, validUntil: null }),
    approvalRequired: z.boolean().default(false),
    terms: z.enum(["trial", "paid"]).default("paid"),
    subscriptionPeriod: days(-1).default(-1),
    gracePeriod: days(0).default(0),
    reminderBeforePeriod: days(-1).default(-1),
    appLimit: limit.default(-1),
    namespaceLimit: limit.default(-1),
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

export const updatePlanSchema = z.intersection(planFieldsSchema, z.object({ version: integer({ min: 1 }) }));

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
