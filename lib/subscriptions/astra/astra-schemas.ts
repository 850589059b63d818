import { z } from "zod";
import { queryInteger } from "@/lib/input/numbers";
import { line } from "@/lib/input/text";
import { labelsSchema } from "../subscription-schemas";

/**
 * Astra's subscription resource on the wire (`application/astra-subscription`, versions
 * 1.0–1.2). Reads answer an empty string for a text field that is not set, so requests take ""
 * as "not set" too: a resource read and sent back as it is stays valid.
 */
export const astraMediaTypes = ["application/astra-subscription+json", "application/json"] as const;
export const astraResourceVersion = "1.2";

const resourceType = z.literal("application/astra-subscription", {
  error: 'must be "application/astra-subscription"',
});
const version = z.enum(["1.0", "1.1", "1.2"], { error: 'must be "1.0", "1.1" or "1.2"' });
const terms = z.enum(["trial", "paid"], { error: 'must be "trial" or "paid"' });
const status = z.enum(["active", "inactive"], { error: 'must be "active" or "inactive"' });
const marketplace = z.enum(["netapp", "azure", "aws", "gcp"], {
  error: 'must be "netapp", "azure", "aws" or "gcp"',
});
const onboardStatus = z.enum(["not started", "in progress", "success", "failed"], {
  error: 'must be "not started", "in progress", "success" or "failed"',
});

/** A text field: "" or null means not set; otherwise one line of `min`…`max` characters. */
const optionalText = (max: number, min = 1) => z.union([z.literal(""), line(max, { min })]).nullish();

const paymentAddress = z.object({
  addressCountry: z
    .string({ error: "must be a string" })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, "must be an ISO 3166 alpha-2 country code such as US"),
  addressLocality: line(100),
  addressRegion: line(100),
  postalCode: line(20),
  streetAddress1: line(200),
  streetAddress2: line(200).optional(),
});

/** What a client may write; everything else it sends (id, status on create, limits…) is read-only. */
const writableFields = {
  type: resourceType,
  version,
  customerProfileID: optionalText(100),
  paymentProfileID: optionalText(100),
  paymentExpiry: optionalText(20),
  paymentFirstName: optionalText(63),
  paymentLastName: optionalText(63),
  paymentAddress: paymentAddress.nullish(),
  purchaseOrderNumber: optionalText(31),
  licenseSN: optionalText(31),
  marketplace: marketplace.nullish(),
  metadata: z.object({ labels: labelsSchema.optional() }).nullish(),
};

export const createAstraSubscriptionSchema = z.object({ ...writableFields, terms });
export type CreateAstraSubscription = z.output<typeof createAstraSubscriptionSchema>;

/**
 * A full replace. The readable fields are replaced (absent = not set); the write-only billing
 * name and address, the labels (absent `metadata.labels`), `terms`, `status` and
 * `onboardStatus` are kept when absent.
 */
export const replaceAstraSubscriptionSchema = z.object({
  ...writableFields,
  terms: terms.optional(),
  status: status.optional(),
  onboardStatus: onboardStatus.optional(),
});
export type ReplaceAstraSubscription = z.output<typeof replaceAstraSubscriptionSchema>;

const label = z.object({ name: z.string(), value: z.string() });

export const astraSubscriptionSchema = z.object({
  type: resourceType,
  version: z.string(),
  id: z.string(),
  customerProfileID: z.string(),
  paymentProfileID: z.string(),
  paymentExpiry: z.string(),
  purchaseOrderNumber: z.string(),
  marketplace: marketplace.optional(),
  licenseSN: z.string(),
  terms,
  status: status.describe(
    "active: trialing or active; inactive: cancelled (in its grace period), ended, paused or not yet started",
  ),
  appLimit: z.number().int().describe("-1: no limit"),
  namespaceLimit: z.number().int().describe("-1: no limit"),
  subscriptionPeriod: z.number().int().describe("Days; -1: no limit"),
  gracePeriod: z.number().int().describe("Days"),
  reminderBeforePeriod: z.number().int().describe("Days; -1: none"),
  onboardStatus,
  costPerAppUnit: z.number().describe("US dollars"),
  costPerNamespaceUnit: z.number().describe("US dollars"),
  metadata: z.object({
    labels: z.array(label),
    creationTimestamp: z.string(),
    modificationTimestamp: z.string(),
    createdBy: z.string(),
    modifiedBy: z.string(),
  }),
});
export type AstraSubscription = z.infer<typeof astraSubscriptionSchema>;

export const astraSubscriptionListSchema = z.object({
  type: z.literal("application/astra-subscriptions"),
  version: z.string(),
  items: z.array(
    z
      .union([astraSubscriptionSchema, z.array(z.unknown())])
      .describe("A subscription, or with `include` the requested fields' values in the order requested"),
  ),
  metadata: z.object({
    continue: z.string().optional().describe("Send as `continue` for the next page; absent on the last"),
    count: z
      .number()
      .int()
      .optional()
      .describe(
        "With count=true: every match, whatever the page; exact up to 10,000, the database planner's estimate above (then countEstimated is true)",
      ),
    countEstimated: z.literal(true).optional().describe("Present when count is an estimate"),
  }),
});

/** Parsed further by the list itself (lib/subscriptions/astra/list-query.ts). */
export const astraListQuerySchema = z.object({
  filter: line(2000)
    .optional()
    .describe("field op 'value' clauses joined with `and`; op is eq, lt, gt, lte or gte"),
  orderBy: line(500).optional().describe("field [asc|desc], several separated by commas"),
  include: line(1000)
    .optional()
    .describe("Fields to answer, e.g. id,terms: items become arrays of their values"),
  limit: queryInteger({ min: 1, max: 1000 }).optional().describe("Page size; 100 when absent"),
  skip: queryInteger({ min: 0 }).optional().describe("Resources to skip on the first page"),
  continue: z
    .string()
    .max(4000, "is not a token this API returned")
    .regex(/^[\w-]*$/, "is not a token this API returned")
    .optional()
    .describe("The token from metadata.continue: the next page, with the same filter and orderBy"),
  count: z.enum(["true", "false"], { error: 'must be "true" or "false"' }).optional(),
});
export type AstraListQuery = z.output<typeof astraListQuerySchema>;
