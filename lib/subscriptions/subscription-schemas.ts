import { z } from "zod";
import { barringReason, subscriptionStatus } from "@/db/schema";
import { isoDateTime } from "@/lib/input/date-time";
import { cursorSchema, idList, uuid } from "@/lib/input/identifiers";
import { sortDirections } from "@/lib/input/table-query";
import { changeSequenceSchema, integer, queryInteger } from "@/lib/input/numbers";
import { line, text } from "@/lib/input/text";
import { parseUtc } from "@/lib/dates";
import { amountSchema } from "@/lib/money-schemas";
import { optionalFilter } from "@/lib/input/list-filter";

/**
 * The domain's own payloads (the Kodexa, Astra and MasStack adapters map their wire shapes onto
 * these; forms use them directly). Dates are a day ("2026-03-01", read as midnight UTC) or an
 * instant; whether one lies in the past is checked against the clock by the operation.
 */
export const dayOrInstant = z
  .union([z.iso.date({ message: "must be a date such as 2026-03-01" }), isoDateTime()], {
    error: "must be a date such as 2026-03-01 or an ISO date-time",
  })
  .transform((value) => (value.length === 10 ? new Date(`${value}T00:00:00Z`) : parseUtc(value)));

export const quantitySchema = integer({ min: 1, max: 1_000_000 });
const reason = text(1000).optional();
const optionalChangeSequence = changeSequenceSchema.optional();

export const paymentAddressSchema = z.object({
  addressCountry: z.string().regex(/^[A-Z]{2}$/, "must be an ISO 3166 alpha-2 country code such as US"),
  addressLocality: line(100).optional(),
  addressRegion: line(100).optional(),
  postalCode: line(20).optional(),
  streetAddress1: line(200).optional(),
  streetAddress2: line(200).optional(),
});

export const labelsSchema = z
  .array(z.object({ name: line(63, { min: 1 }), value: line(255) }))
  .max(50, "at most 50 labels");

/** Astra's payment and metadata fields: every one optional, null clears it. */
export const subscriptionDetailsSchema = z.object({
  customerProfileId: line(100).nullable().optional(),
  paymentProfileId: line(100).nullable().optional(),
  paymentExpiry: line(20).nullable().optional(),
  paymentFirstName: line(63, { min: 1 }).nullable().optional(),
  paymentLastName: line(63, { min: 1 }).nullable().optional(),
  paymentAddress: paymentAddressSchema.nullable().optional(),
  purchaseOrderNumber: line(31, { min: 1 }).nullable().optional(),
  licenseSn: line(31, { min: 1 }).nullable().optional(),
  marketplace: z.enum(["netapp", "azure", "aws", "gcp"]).nullable().optional(),
  onboardStatus: z.enum(["not started", "in progress", "success", "failed"]).optional(),
  labels: labelsSchema.optional(),
});

/**
 * A new subscription. The organization is the caller's own unless a platform admin or the
 * product's provider names one; no plan means the product alone on default terms.
 */
export const createSubscriptionSchema = subscriptionDetailsSchema.extend({
  organizationId: uuid().optional(),
  productId: uuid(),
  planId: uuid().optional(),
  quantity: quantitySchema.default(1),
  /** Absent or not in the future: starts now. */
  startsOn: dayOrInstant.optional(),
});
export type CreateSubscriptionInput = z.input<typeof createSubscriptionSchema>;

/**
 * The new-subscription form's organization search: part of a name, slug or description (empty:
 * the first by name).
 */
export const subscriberSearchSchema = z.object({ query: line(100).default("") });

export const updateDetailsSchema = subscriptionDetailsSchema.extend({
  changeSequence: optionalChangeSequence,
});

/** A plan of the same product or of a compatible one; naming a product alone takes its only plan. */
export const changePlanSchema = z
  .object({
    planId: uuid().optional(),
    productId: uuid().optional(),
    /** Absent or not in the future: now. */
    effectiveOn: dayOrInstant.optional(),
    reason,
    changeSequence: optionalChangeSequence,
  })
  .refine((v) => v.planId || v.productId, { message: "name the plan (or the product)", path: ["planId"] });

/**
 * The provider's edit of one subscription's terms (limits, costs in US dollars, grace and
 * reminder days; -1 as in plans). Only the fields sent change; the plan stays as it is.
 */
export const editTermsSchema = z.object({
  appLimit: integer({ min: -1 }).optional(),
  namespaceLimit: integer({ min: -1 }).optional(),
  costPerAppUnit: amountSchema.optional(),
  costPerNamespaceUnit: amountSchema.optional(),
  gracePeriod: integer({ min: 0, max: 36_500 }).optional(),
  reminderBeforePeriod: integer({ min: -1, max: 36_500 }).optional(),
  reason,
  changeSequence: optionalChangeSequence,
});

export const changeQuantitySchema = z.object({
  quantity: quantitySchema,
  changeSequence: optionalChangeSequence,
  reason,
});

export const cancelSubscriptionSchema = z.object({
  when: z.enum(["now", "at_period_end"]).default("now"),
  reason,
  changeSequence: optionalChangeSequence,
});

/** The list's bulk cancel: the same cancel for every chosen subscription. */
export const bulkCancelSchema = z.object({
  subscriptionIds: idList(100),
  when: z.enum(["now", "at_period_end"]).default("at_period_end"),
  reason,
});

/** Pause or resume, now or on a date. */
export const pauseResumeSchema = z.object({
  effectiveOn: dayOrInstant.optional(),
  reason,
  changeSequence: optionalChangeSequence,
});

export const applyBarringSchema = z.object({
  reason: z.enum(barringReason.enumValues),
  note: text(1000).default(""),
  changeSequence: optionalChangeSequence,
});

/** Lifts the active barring with this reason. */
export const liftBarringSchema = applyBarringSchema;

export const decideChangeSchema = z
  .object({ decision: z.enum(["approve", "reject"]), note: text(1000).default("") })
  .refine((v) => v.decision === "approve" || v.note.length > 0, {
    message: "say why it is rejected",
    path: ["note"],
  });

export const cancelChangeSchema = z.object({ reason });

const listLimit = queryInteger({ min: 1, max: 200 }).default(50);

export const subscriptionFilterSchema = z.object({
  status: optionalFilter(z.enum(subscriptionStatus.enumValues)),
  /** Every status but ended. */
  live: optionalFilter(z.enum(["true", "false"])),
  productId: optionalFilter(uuid()),
  planId: optionalFilter(uuid()),
  organizationId: optionalFilter(uuid()),
  providerOrganizationId: optionalFilter(uuid()),
  terms: optionalFilter(z.enum(["trial", "paid"])),
  /** The organization's or product's name, or the subscription's number. */
  q: optionalFilter(line(100)),
});
export type SubscriptionFilter = z.output<typeof subscriptionFilterSchema>;

/** The orders the list's keyset pages can follow. */
export const subscriptionSortFields = ["createdOn"] as const;

export const subscriptionListQuerySchema = subscriptionFilterSchema.extend({
  sort: optionalFilter(z.enum(subscriptionSortFields)).default("createdOn"),
  direction: optionalFilter(z.enum(sortDirections)).default("desc"),
  cursor: optionalFilter(cursorSchema),
  limit: listLimit,
});
export type SubscriptionListQuery = z.input<typeof subscriptionListQuerySchema>;

export const changeListQuerySchema = z.object({
  state: optionalFilter(z.enum(["pending", "held"])),
  subscriptionId: optionalFilter(uuid()),
  cursor: optionalFilter(cursorSchema),
  limit: listLimit,
});
export type ChangeListQuery = z.input<typeof changeListQuerySchema>;
