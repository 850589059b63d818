import { z } from "zod";
import { accessExchangeType } from "@/db/schema/catalog";
import { accessStatusValue, approvalStatus, businessCaseKey, contractStatus } from "@/db/schema/bundles";

/**
 * A bundle as wallis answers it (the reference's 200), plus what the screens need beside it
 * (`changeSequence`, `createdByName` in histories, `approvalStatus` of each level). Deprecated
 * wallis names are kept: `bundleStatus` (= `contractStatus`) and `bundleProductPlans` (= a
 * shorter `subscriptions`).
 */
const instant = z.string().describe("ISO 8601 date-time");
const approval = z.object({
  approvalStatus: z.enum(approvalStatus.enumValues),
  note: z.string().nullable(),
  createdAt: instant,
  createdBy: z.uuid().nullable().describe("The user who decided; null for API keys and the system"),
  createdByName: z.string(),
});
export type ApprovalView = z.infer<typeof approval>;

const planSubscription = z.object({
  id: z.uuid(),
  planId: z.uuid(),
  planVersion: z.number().int(),
  planName: z.string(),
  planDescription: z.string(),
  planType: z.enum(["STATIC", "DYNAMIC"]),
  terms: z.enum(["trial", "paid"]),
  validUntil: instant.nullable(),
  approvalStatus: z.enum(approvalStatus.enumValues).nullable(),
  subscriptionId: z.uuid().nullable().describe("The subscription an approved plan became"),
  approvals: z.array(approval),
});

export const bundleViewSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string(),
  detailedDescription: z.string(),
  colour: z.string().nullable(),
  iconPath: z.string().nullable(),
  organizationId: z.uuid().describe("The customer organization"),
  organizationName: z.string(),
  providerId: z.uuid(),
  providerOrganization: z.object({
    id: z.uuid(),
    name: z.string(),
    email: z.string().nullable().describe("The provider's default contact"),
    provider: z.boolean(),
    active: z.boolean(),
  }),
  contractStatus: z.enum(contractStatus.enumValues),
  bundleStatus: z.enum(contractStatus.enumValues).describe("Deprecated: use contractStatus"),
  accessStatus: z.object({ access: z.boolean(), accessNote: z.string().nullable() }),
  contact: z
    .object({
      id: z.uuid(),
      name: z.string(),
      email: z.string(),
      phone: z.string().nullable(),
      defaultContact: z.boolean(),
      createdAt: instant,
    })
    .nullable(),
  businessCases: z.array(
    z.object({
      businessCaseKey: z.enum(businessCaseKey.enumValues),
      text: z.string(),
      pendingText: z.string().nullable().describe("An edit made after the request, until it is decided"),
    }),
  ),
  bundleProducts: z.array(
    z.object({
      id: z.uuid().describe("The product's id"),
      name: z.string(),
      description: z.string(),
      detailedDescription: z.string(),
      colour: z.string().nullable(),
      publiclyAvailable: z.boolean(),
      accessExchangeType: z.enum(accessExchangeType.enumValues),
      accessDefinitionId: z.uuid().nullable(),
      createdAt: instant,
      approvalStatus: z.enum(approvalStatus.enumValues).nullable(),
      approvals: z.array(approval),
      subscriptions: z.array(planSubscription),
      bundleProductPlans: z
        .array(
          z.object({
            id: z.uuid(),
            name: z.string(),
            version: z.number().int(),
            approvals: z.array(approval),
          }),
        )
        .describe("Deprecated: use subscriptions"),
    }),
  ),
  approvals: z.array(approval).describe("The bundle-level decision history, oldest first"),
  accesses: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      accessExchangeType: z.enum(accessExchangeType.enumValues),
      status: z.enum(accessStatusValue.enumValues),
      productIds: z.array(z.uuid()),
      productKeyId: z.uuid().nullable(),
      secretShown: z.boolean().describe("A generated key's secret is shown once"),
      createdAt: instant,
      createdBy: z.uuid().nullable(),
      accessStatus: z.array(
        z.object({
          statusValue: z.enum(accessStatusValue.enumValues),
          note: z.string().nullable(),
          createdAt: instant,
          createdBy: z.uuid().nullable(),
          createdByName: z.string(),
        }),
      ),
      authenticator: z
        .object({ id: z.uuid(), name: z.string(), productIds: z.array(z.uuid()), createdAt: instant })
        .nullable()
        .describe("The product key a GENERATE_TOKEN access issued"),
    }),
  ),
  requestedOn: instant.nullable(),
  createdAt: instant,
  createdById: z.uuid().nullable(),
  updatedAt: instant,
  changeSequence: z.number().int(),
});
export type BundleView = z.infer<typeof bundleViewSchema>;
