import { z } from "zod";
import { approvalStatus, businessCaseKey, contractStatus } from "@/db/schema/bundles";
import { uuid } from "@/lib/input/identifiers";
import { changeSequenceSchema, queryInteger } from "@/lib/input/numbers";
import { line, text } from "@/lib/input/text";
import { sortDirections } from "@/lib/input/table-query";

/**
 * The bundle domain's payloads, shared by the forms, the server actions, the REST routes and
 * the OpenAPI document. Client-safe: no server imports.
 */
const optionalChangeSequence = changeSequenceSchema.optional();
const ids = (max: number) => z.array(uuid()).max(max, `at most ${max} ids`);
const note = text(1000);

export const businessCaseSchema = z.object({
  businessCaseKey: z.enum(businessCaseKey.enumValues, { error: "must be USE_CASE, ADDED_VALUE or TRAFFIC" }),
  text: text(4000),
});

const businessCasesSchema = z
  .array(businessCaseSchema)
  .max(businessCaseKey.enumValues.length, "one text per business case")
  .refine(
    (cases) => new Set(cases.map((c) => c.businessCaseKey)).size === cases.length,
    "each businessCaseKey at most once",
  );

const bundleFields = {
  name: line(100, { min: 1 }),
  description: text(240),
  detailedDescription: text(10_000),
  colour: line(32).nullable(),
  iconPath: line(500).nullable(),
  /** A contact of the customer organization; absent: its default contact. */
  contactId: uuid().nullable(),
  businessCases: businessCasesSchema,
};

/**
 * A new bundle, drafted for one provider: named directly, or through the products and plans
 * it asks for (which must all be that provider's).
 */
export const createBundleSchema = z.object({
  ...bundleFields,
  description: bundleFields.description.default(""),
  detailedDescription: bundleFields.detailedDescription.default(""),
  colour: bundleFields.colour.optional(),
  iconPath: bundleFields.iconPath.optional(),
  contactId: bundleFields.contactId.optional(),
  businessCases: businessCasesSchema.default([]),
  providerOrganizationId: uuid().optional(),
  productIds: ids(50).default([]),
  planIds: ids(50).default([]),
});
export type CreateBundleInput = z.input<typeof createBundleSchema>;

/** Any of the fields; after the request, business-case edits wait in `pendingText`. */
export const updateBundleSchema = z.object({
  name: bundleFields.name.optional(),
  description: bundleFields.description.optional(),
  detailedDescription: bundleFields.detailedDescription.optional(),
  colour: bundleFields.colour.optional(),
  iconPath: bundleFields.iconPath.optional(),
  contactId: bundleFields.contactId.optional(),
  businessCases: businessCasesSchema.optional(),
  changeSequence: optionalChangeSequence,
});
export type UpdateBundleInput = z.input<typeof updateBundleSchema>;

/** The reference's body: plans of the bundle's provider to add (wallis' "create subscription"). */
export const planIdsSchema = z.object({
  planIds: ids(50).min(1, "name at least one plan"),
});

/** The provider's switch on access to its site (wallis' `accessStatus`). */
export const accessStatusSchema = z.object({
  access: z.boolean({ error: "must be true or false" }),
  accessNote: note.nullable().optional(),
});

const decision = z.enum(["APPROVED", "REJECTED"], { error: "must be APPROVED or REJECTED" });

/** A rejection says why: the customer reads the note. */
const requireNoteToReject = (value: { decision: string; note?: string | null }, ctx: z.RefinementCtx) => {
  if (value.decision === "REJECTED" && !value.note?.trim()) {
    ctx.addIssue({ code: "custom", path: ["note"], message: "is required to reject" });
  }
};

export const decisionSchema = z
  .object({ decision, note: note.optional(), changeSequence: optionalChangeSequence })
  .superRefine(requireNoteToReject);

/** Per plan: approve some, reject others (each rejection with its note). */
export const decidePlansSchema = z.object({
  decisions: z
    .array(z.object({ planId: uuid(), decision, note: note.optional() }).superRefine(requireNoteToReject))
    .min(1, "decide at least one plan")
    .max(50, "at most 50 decisions"),
  changeSequence: optionalChangeSequence,
});
export type DecidePlansInput = z.input<typeof decidePlansSchema>;

/** The queue's bulk approve or reject: every open plan of each bundle. */
export const bulkDecisionSchema = z
  .object({
    bundleIds: ids(100).min(1, "choose at least one request"),
    decision,
    note: note.optional(),
  })
  .superRefine(requireNoteToReject);

export const transitionNoteSchema = z.object({
  note: note.optional(),
  changeSequence: optionalChangeSequence,
});

export const manualExchangeSchema = z.object({
  accessId: uuid(),
  note: text(1000, { min: 1 }),
});

/** Wallis' search: `filter` (its grammar: bundle-filter.ts), `q`, `sort` ("createdAt desc"), paging. */
export const searchBundlesSchema = z.object({
  filter: line(1000).optional(),
  q: line(200).optional(),
  sort: line(50).optional(),
  page: queryInteger({ min: 0, max: 100_000 }).default(0),
  size: queryInteger({ min: 1, max: 200 }).default(20),
});
export type SearchBundlesInput = z.input<typeof searchBundlesSchema>;

/** The fields a bundle search sorts by (`sort` reads "field asc|desc"). */
export const bundleSortFields = ["name", "createdAt", "updatedAt", "requestedOn", "contractStatus"] as const;

/** The orders the approver's queue can be read in (oldest request first by default). */
export const approvalQueueSortFields = ["requestedOn", "name", "organizationName"] as const;

/** The approver's queue: by state, provider product, requesting organization and age. */
export const approvalQueueSchema = z.object({
  sort: z.enum(approvalQueueSortFields).default("requestedOn"),
  direction: z.enum(sortDirections).default("asc"),
  state: z.enum(["REQUESTED", "IN_PROGRESS", "open"]).default("open"),
  productId: uuid().optional(),
  organizationId: uuid().optional(),
  olderThanDays: queryInteger({ min: 0, max: 3650 }).optional(),
  page: queryInteger({ min: 0, max: 100_000 }).default(0),
  size: queryInteger({ min: 1, max: 200 }).default(50),
});
export type ApprovalQueueInput = z.input<typeof approvalQueueSchema>;

export const contractStatuses = contractStatus.enumValues;
export const approvalStatuses = approvalStatus.enumValues;
