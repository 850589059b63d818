import "server-only";
import { randomUUID } from "node:crypto";
import { and, asc, desc, eq, type SQL } from "drizzle-orm";
import type { z } from "zod";
import type { Executor } from "@/db/client";
import { getDb } from "@/db/open";
import { plans, type Plan } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { AppError, forbidden, notFound, staleChangeSequence } from "@/lib/errors";
import { parseUtc } from "@/lib/dates";
import { isUniqueViolation } from "@/lib/db-errors";
import { fromMinorUnits, toMinorUnits } from "@/lib/money";
import { isUuid, parseInput } from "@/lib/validation";
import { authorizeCatalogWrite, managesProvider } from "./catalog-access";
import { planFieldsSchema, updatePlanSchema, type PlanView } from "./plan-schemas";
import { loadProduct } from "./product-reads";

const usd = 2;

export function presentPlan(plan: Plan): PlanView {
  return {
    id: plan.planId,
    name: plan.name,
    description: plan.description,
    planType: plan.planType,
    productId: plan.productId,
    validity: {
      validFrom: plan.validFrom?.toISOString() ?? null,
      validUntil: plan.validUntil?.toISOString() ?? null,
    },
    version: plan.version,
    deleted: plan.deleted,
    approvalRequired: plan.approvalRequired,
    terms: plan.terms,
    subscriptionPeriod: plan.subscriptionPeriod,
    gracePeriod: plan.gracePeriod,
    reminderBeforePeriod: plan.reminderBeforePeriod,
    appLimit: plan.appLimit,
    namespaceLimit: plan.namespaceLimit,
    costPerAppUnit: fromMinorUnits(plan.costPerAppUnitMinor, usd),
    costPerNamespaceUnit: fromMinorUnits(plan.costPerNamespaceUnitMinor, usd),
    createdAt: plan.createdAt.toISOString(),
    createdBy: plan.createdBy,
    updatedAt: plan.updatedAt.toISOString(),
    updatedBy: plan.updatedBy,
  };
}

function money(name: string, amount: number | string): number {
  const minor = toMinorUnits(amount, usd);
  if (minor === undefined) {
    throw new AppError("invalid_input", `${name} must be a non-negative amount in dollars and cents.`, {
      invalidFields: [{ name, reason: "must be a non-negative amount with at most 2 decimals" }],
    });
  }
  return minor;
}

function planColumns(fields: z.output<typeof planFieldsSchema>) {
  const { validity, costPerAppUnit, costPerNamespaceUnit, ...rest } = fields;
  return {
    ...rest,
    validFrom: validity.validFrom ? parseUtc(validity.validFrom) : null,
    validUntil: validity.validUntil ? parseUtc(validity.validUntil) : null,
    costPerAppUnitMinor: money("costPerAppUnit", costPerAppUnit),
    costPerNamespaceUnitMinor: money("costPerNamespaceUnit", costPerNamespaceUnit),
  };
}

/** The plans' latest versions, one row per plan, by name. */
export async function latestVersions(executor: Executor, where: SQL | undefined): Promise<Plan[]> {
  const rows = await executor
    .select()
    .from(plans)
    .where(where)
    .orderBy(asc(plans.planId), desc(plans.version));
  const seen = new Set<string>();
  const latest = rows.filter((row) => !seen.has(row.planId) && seen.add(row.planId));
  return latest.sort((a, b) => a.name.localeCompare(b.name));
}

async function loadLatest(executor: Executor, productId: string, planId: string): Promise<Plan> {
  if (!isUuid(planId)) throw notFound("plan");
  const [latest] = await latestVersions(
    executor,
    and(eq(plans.productId, productId), eq(plans.planId, planId)),
  );
  if (!latest) throw notFound("plan");
  return latest;
}

/** A product's plans (latest versions). Customers see the plans of listed products, never deleted ones. */
export async function listPlans({
  actor,
  productId,
}: {
  actor: Actor;
  productId: string;
}): Promise<PlanView[]> {
  const db = await getDb();
  const product = await loadProduct(db, actor, productId);
  const rows = await latestVersions(db, eq(plans.productId, productId));
  const manager = managesProvider(actor, product.providerOrganizationId);
  return rows.filter((p) => manager || !p.deleted).map(presentPlan);
}

export async function getPlan({
  actor,
  productId,
  planId,
  version,
}: {
  actor: Actor;
  productId: string;
  planId: string;
  version?: number;
}) {
  const db = await getDb();
  const product = await loadProduct(db, actor, productId);
  const latest = await loadLatest(db, productId, planId);
  if (latest.deleted && !managesProvider(actor, product.providerOrganizationId)) throw notFound("plan");
  if (version === undefined || version === latest.version) return presentPlan(latest);
  const [row] = await db
    .select()
    .from(plans)
    .where(and(eq(plans.planId, planId), eq(plans.version, version)));
  if (!row) throw notFound("plan version");
  return presentPlan(row);
}

/** Every version of a plan, newest first: the plan's history. */
export async function planVersions({
  actor,
  productId,
  planId,
}: {
  actor: Actor;
  productId: string;
  planId: string;
}) {
  const db = await getDb();
  const product = await loadProduct(db, actor, productId);
  if (!managesProvider(actor, product.providerOrganizationId)) throw forbidden(planRefusal);
  await loadLatest(db, productId, planId);
  const rows = await db.select().from(plans).where(eq(plans.planId, planId)).orderBy(desc(plans.version));
  return rows.map(presentPlan);
}

const planRefusal = "Only the provider that offers this product may change its plans.";

/** The product whose plans a write changes, with the catalog's write checks passed. */
async function managedProduct(tx: Executor, actor: Actor, productId: string) {
  const product = await loadProduct(tx, actor, productId);
  await authorizeCatalogWrite(tx, actor, product.providerOrganizationId, planRefusal);
  return product;
}

export async function createPlan({
  actor,
  productId,
  input,
}: {
  actor: Actor;
  productId: string;
  input: unknown;
}) {
  const columns = planColumns(parseInput(planFieldsSchema, input));
  const db = await getDb();
  return db.transaction(async (tx) => {
    const product = await managedProduct(tx, actor, productId);
    const [plan] = await tx
      .insert(plans)
      .values({
        ...columns,
        planId: randomUUID(),
        version: 1,
        productId,
        createdBy: actor.label,
        updatedBy: actor.label,
      })
      .returning();
    const view = presentPlan(plan!);
    await recordAuditEvent(tx, actor, {
      action: "plan.create",
      objectType: "plan",
      objectId: plan!.planId,
      organizationId: product.providerOrganizationId,
      after: view,
    });
    return view;
  });
}

/**
 * Changes a plan by writing its next version; the versions subscriptions name stay as they
 * were. `version` must be the latest one the caller read: otherwise 409, never an overwrite.
 */
export async function updatePlan({
  actor,
  productId,
  planId,
  input,
}: {
  actor: Actor;
  productId: string;
  planId: string;
  input: unknown;
}) {
  const { version, ...fields } = parseInput(updatePlanSchema, input);
  const columns = planColumns(fields);
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      const product = await managedProduct(tx, actor, productId);
      const latest = await loadLatest(tx, productId, planId);
      if (latest.version !== version) throw staleChangeSequence("plan");
      if (latest.deleted) throw notFound("plan");
      const [next] = await tx
        .insert(plans)
        .values({
          ...columns,
          planId,
          productId,
          version: latest.version + 1,
          createdAt: latest.createdAt,
          createdBy: latest.createdBy,
          updatedBy: actor.label,
        })
        .returning();
      const view = presentPlan(next!);
      await recordAuditEvent(tx, actor, {
        action: "plan.new_version",
        objectType: "plan",
        objectId: planId,
        organizationId: product.providerOrganizationId,
        before: presentPlan(latest),
        after: view,
      });
      return view;
    });
  } catch (error) {
    // Two writers raced for the same next version: the unique index let one through.
    if (isUniqueViolation(error)) {
      throw staleChangeSequence("plan");
    }
    throw error;
  }
}

/** Marks a plan deleted (all its versions stay, for the subscriptions that name them). */
export async function deletePlan({
  actor,
  productId,
  planId,
}: {
  actor: Actor;
  productId: string;
  planId: string;
}) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const product = await managedProduct(tx, actor, productId);
    const latest = await loadLatest(tx, productId, planId);
    if (latest.deleted) return;
    await tx
      .update(plans)
      .set({ deleted: true, updatedAt: new Date(), updatedBy: actor.label })
      .where(eq(plans.planId, planId));
    await recordAuditEvent(tx, actor, {
      action: "plan.delete",
      objectType: "plan",
      objectId: planId,
      organizationId: product.providerOrganizationId,
      before: presentPlan(latest),
    });
  });
}
