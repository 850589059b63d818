import { z } from "zod";
import { line } from "@/lib/input/text";

/** MasStack's path: the organization's slug and the subscription's integer number. */
export const masStackParams = z.object({
  orgId: line(100, { min: 1 }).describe("The organization's slug (MasStack's organization name)"),
  subscriptionId: z
    .string()
    .regex(/^[1-9]\d{0,14}$/)
    .transform(Number)
    .describe("The subscription's number (integer)"),
});

export const masStackIncludes = ["compatibilities", "historical_changes"] as const;

const queryObject = z.strictObject({
  include: z.array(z.enum(masStackIncludes)).max(2).default([]),
  /** Accepted as documented; a subscription has one product, so there is nothing to filter. */
  filter: z.array(z.unknown()).max(20).optional(),
});

/** MasStack's `query` parameter: a JSON object in one query-string value. */
const jsonQuery = z
  .string()
  .max(2000)
  .transform((text, context) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      context.addIssue({ code: "custom", message: "must be a JSON object" });
      return z.NEVER;
    }
  })
  .pipe(queryObject);

export const subscriptionProductQuery = z.object({
  query: jsonQuery
    .optional()
    .describe(
      'JSON: {"include": ["compatibilities", "historical_changes"], "filter": [...]}. include adds ' +
        "product.compatibilities and historical_changes; filter is accepted and ignored (a subscription has one " +
        "product). Bad JSON or an unknown include answers 400.",
    ),
});

export const changeSubscriptionProductSchema = z.strictObject({
  productId: z
    .number({ error: "must be a number" })
    .int("must be a whole number")
    .min(1, "must be at least 1")
    .max(Number.MAX_SAFE_INTEGER, "is not a product")
    .describe("The target product's number (products.number)"),
  scheduled_date: z.iso
    .date({ message: "must be a date such as 2026-03-01" })
    .optional()
    .describe("The day to change on (UTC); absent or today: now"),
});

const productRef = z.object({ id: z.number().int(), value: z.string() });

const scheduledChange = z.object({
  request_date: z.string().describe("When the change was asked for"),
  scheduled_date: z.string().describe("The day it was asked for (YYYY-MM-DD)"),
  process_date: z
    .string()
    .nullable()
    .describe("When the subscriptions job applies it; null while it waits for review"),
  destination_product: productRef,
  state: z.enum(["pending", "held"]).describe("held: waiting in the risk review queue"),
  risk_decision: z.string().optional().describe("Why it is held"),
});

const tariff = {
  id: z.number().int().describe("The product's number"),
  value: z.string().describe("The product's name (the tariff)"),
  plan: z.string().nullable().describe("The plan's name, when the subscription is on a plan"),
  historic_date: z.string().describe("When this product (or plan) took effect"),
};

export const subscriptionProductSchema = z.object({
  id: z.number().int().describe("The subscription's number"),
  product: z.object({
    ...tariff,
    compatibilities: z
      .array(productRef)
      .optional()
      .describe("With include compatibilities: the products it may change to"),
    scheduled: scheduledChange.nullable().describe("The product change waiting, or null"),
  }),
  bundle: z.null().describe("Always null: Subdesk has no bundles yet"),
  historical_changes: z
    .array(z.object(tariff))
    .optional()
    .describe("With include historical_changes: newest first, the current tariff on top"),
});
export type SubscriptionProduct = z.input<typeof subscriptionProductSchema>;

export const changeProductHeldSchema = z.object({
  risk_decision: z.literal("REVIEW"),
  description: z
    .string()
    .describe("Why the risk check holds it: a barred subscription or a suspended organization"),
});
