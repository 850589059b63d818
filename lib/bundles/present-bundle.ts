import "server-only";
import type { Executor } from "@/db/client";
import type { Bundle } from "@/db/schema";
import { loadBundleParts } from "./bundle-parts";
import type { ApprovalView, BundleView } from "./bundle-view-schema";

const iso = (at: Date | null) => at?.toISOString() ?? null;
const group = <T, K>(rows: T[], key: (row: T) => K) => {
  const map = new Map<K, T[]>();
  for (const row of rows) map.set(key(row), [...(map.get(key(row)) ?? []), row]);
  return (k: K) => map.get(k) ?? [];
};

/** Bundles in wallis' shape (bundle-view-schema.ts), with everything in a few batched reads. */
export async function presentBundles(executor: Executor, rows: Bundle[]): Promise<BundleView[]> {
  if (rows.length === 0) return [];
  const { orgs, contacts, cases, productRows, planRows, approvals, accesses, statuses } =
    await loadBundleParts(executor, rows);
  const approvalsOf = group(approvals, (a) => `${a.level}:${a.targetId ?? a.bundleId}`);
  const history = (level: string, id: string): ApprovalView[] =>
    approvalsOf(`${level}:${id}`).map((a) => ({
      approvalStatus: a.approvalStatus,
      note: a.note,
      createdAt: a.createdAt.toISOString(),
      createdBy: a.createdById,
      createdByName: a.createdBy,
    }));
  const casesOf = group(cases, (c) => c.bundleId);
  const productsOf = group(productRows, (p) => p.row.bundleId);
  const plansOf = group(planRows, (p) => p.row.bundleProductId);
  const accessesOf = group(accesses, (a) => a.bundleId);
  const statusesOf = group(statuses, (s) => s.accessId);
  const org = (id: string) => orgs.find((o) => o.id === id)!;
  const defaultContact = (orgId: string) => contacts.find((c) => c.organizationId === orgId && c.isDefault);

  return rows.map((b) => {
    const provider = org(b.providerOrganizationId);
    const contact = contacts.find((c) => c.id === b.contactId);
    return {
      id: b.id,
      name: b.name,
      description: b.description,
      detailedDescription: b.detailedDescription,
      colour: b.colour,
      iconPath: b.iconPath,
      organizationId: b.organizationId,
      organizationName: org(b.organizationId).name,
      providerId: provider.id,
      providerOrganization: {
        id: provider.id,
        name: provider.name,
        email: defaultContact(provider.id)?.email ?? null,
        provider: provider.provider,
        active: provider.organizationStatus === "active",
      },
      contractStatus: b.contractStatus,
      bundleStatus: b.contractStatus,
      accessStatus: { access: b.accessAllowed, accessNote: b.accessNote },
      contact: contact
        ? {
            id: contact.id,
            name: contact.name,
            email: contact.email,
            phone: contact.phone,
            defaultContact: contact.isDefault,
            createdAt: contact.createdOn.toISOString(),
          }
        : null,
      businessCases: casesOf(b.id).map((c) => ({
        businessCaseKey: c.key,
        text: c.text,
        pendingText: c.pendingText,
      })),
      bundleProducts: productsOf(b.id).map(({ row, product }) => {
        const planList = plansOf(row.id);
        return {
          id: product.id,
          name: product.name,
          description: product.description,
          detailedDescription: product.detailedDescription,
          colour: product.colour,
          publiclyAvailable: product.publiclyAvailable,
          accessExchangeType: product.accessExchangeType,
          accessDefinitionId: null,
          createdAt: product.createdOn.toISOString(),
          approvalStatus: row.approvalStatus,
          approvals: history("product", row.id),
          subscriptions: planList.map(({ row: p, plan }) => ({
            id: p.id,
            planId: p.planId,
            planVersion: p.planVersion,
            planName: plan.name,
            planDescription: plan.description,
            planType: plan.planType,
            terms: plan.terms,
            validUntil: iso(p.validUntil),
            approvalStatus: p.approvalStatus,
            subscriptionId: p.subscriptionId,
            approvals: history("plan", p.id),
          })),
          bundleProductPlans: planList.map(({ row: p, plan }) => ({
            id: p.planId,
            name: plan.name,
            version: p.planVersion,
            approvals: history("plan", p.id),
          })),
        };
      }),
      approvals: history("bundle", b.id),
      accesses: accessesOf(b.id).map((a) => ({
        id: a.id,
        name: a.name,
        accessExchangeType: a.exchangeType,
        status: a.status,
        productIds: a.productIds,
        productKeyId: a.productKeyId,
        secretShown: a.secretShownOn !== null,
        createdAt: a.createdOn.toISOString(),
        createdBy: a.createdById,
        accessStatus: statusesOf(a.id).map((s) => ({
          statusValue: s.statusValue,
          note: s.note,
          createdAt: s.createdAt.toISOString(),
          createdBy: s.createdById,
          createdByName: s.createdBy,
        })),
        authenticator: a.productKeyId
          ? {
              id: a.productKeyId,
              name: a.name,
              productIds: a.productIds,
              createdAt: a.createdOn.toISOString(),
            }
          : null,
      })),
      requestedOn: iso(b.requestedOn),
      createdAt: b.createdOn.toISOString(),
      createdById: b.createdById,
      updatedAt: b.updatedOn.toISOString(),
      changeSequence: b.changeSequence,
    };
  });
}
