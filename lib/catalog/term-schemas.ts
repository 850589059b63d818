import { z } from "zod";
import { uuid } from "@/lib/input/identifiers";
import { changeSequenceSchema, integer } from "@/lib/input/numbers";
import { line, text } from "@/lib/input/text";
import { amountSchema, currencySchema } from "@/lib/money-schemas";

const owned = {
  name: line(100, { min: 1 }),
  description: text(2000).default(""),
  /** Platform admins name the provider; a provider's staff always act for their own. */
  providerOrganizationId: uuid().optional(),
};

export const slaDefinitionFieldsSchema = z.object({
  ...owned,
  uptimePercent: z
    .union([z.number(), z.string().max(10, "must be a percentage with at most 3 decimals")])
    .transform((v) => String(v).trim())
    .pipe(
      z
        .string()
        .regex(/^\d{1,3}(\.\d{1,3})?$/, {
          message: "must be a percentage with at most 3 decimals",
          abort: true,
        })
        .refine((v) => Number(v) <= 100, "must be at most 100"),
    ),
  responseTimeMs: integer({ min: 0, max: 86_400_000 }).nullable().optional(),
  supportHours: line(100).nullable().optional(),
});
export const updateSlaDefinitionSchema = slaDefinitionFieldsSchema.extend({
  changeSequence: changeSequenceSchema,
});

export const slaDefinitionSchema = z.object({
  id: z.string(),
  providerOrganizationId: z.string(),
  name: z.string(),
  description: z.string(),
  uptimePercent: z.string(),
  responseTimeMs: z.number().int().nullable(),
  supportHours: z.string().nullable(),
  changeSequence: z.number().int(),
  createdOn: z.string(),
  updatedOn: z.string(),
});
export type SlaDefinitionView = z.infer<typeof slaDefinitionSchema>;

/** A pricing rule's numbers, by kind. Amounts are decimals in the rule's currency. */
export const pricingParametersSchema = z.discriminatedUnion("ruleType", [
  z.object({ ruleType: z.literal("FLAT"), parameters: z.object({ amount: amountSchema }) }),
  z.object({
    ruleType: z.literal("PER_UNIT"),
    parameters: z.object({ unitAmount: amountSchema, unit: line(40, { min: 1 }) }),
  }),
  z.object({
    ruleType: z.literal("TIERED"),
    parameters: z.object({
      tiers: z
        .array(z.object({ upTo: integer({ min: 1 }).nullable(), unitAmount: amountSchema }))
        .min(1, "needs at least one tier")
        .max(20)
        .refine(
          (tiers) =>
            tiers.every((t, i) =>
              i === tiers.length - 1
                ? t.upTo === null
                : t.upTo !== null && (i === 0 || t.upTo > tiers[i - 1]!.upTo!),
            ),
          "tiers must rise, and only the last may be open-ended (upTo: null)",
        ),
    }),
  }),
  z.object({
    ruleType: z.literal("DISCOUNT_PERCENT"),
    parameters: z.object({
      percent: z
        .number({ error: "must be a number" })
        .min(0, "must be 0 or more")
        .max(100, "must be at most 100"),
    }),
  }),
]);

export const pricingRuleFieldsSchema = z.intersection(
  z.object({ ...owned, currency: currencySchema.default("USD") }),
  pricingParametersSchema,
);
export const updatePricingRuleSchema = z.intersection(
  pricingRuleFieldsSchema,
  z.object({ changeSequence: changeSequenceSchema }),
);

export const pricingRuleSchema = z.object({
  id: z.string(),
  providerOrganizationId: z.string(),
  name: z.string(),
  description: z.string(),
  ruleType: z.enum(["FLAT", "PER_UNIT", "TIERED", "DISCOUNT_PERCENT"]),
  currency: z.string(),
  parameters: z.record(z.string(), z.unknown()),
  changeSequence: z.number().int(),
  createdOn: z.string(),
  updatedOn: z.string(),
});
export type PricingRuleView = z.infer<typeof pricingRuleSchema>;
