import "server-only";
import { eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/open";
import { productGroups, products } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { AppError, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { authorizeCatalogWrite, managesProvider } from "./catalog-access";

export const reorderSchema = z.object({ ids: z.array(z.uuid()).min(1).max(500) });

const step = 10;

/**
 * Puts products or groups in the given order (the catalog shows lower `order` first), all in
 * one transaction, only if the actor runs every one of them. Order is presentation, not
 * content: it does not bump `changeSequence`, so an open editor is not invalidated by it.
 */
export async function reorder({
  actor,
  kind,
  input,
}: {
  actor: Actor;
  kind: "products" | "groups";
  input: unknown;
}) {
  const { ids } = parseInput(reorderSchema, input);
  if (new Set(ids).size !== ids.length) {
    throw new AppError("invalid_input", "Each item may appear once.", {
      invalidFields: [{ name: "ids", reason: "has duplicates" }],
    });
  }
  const table = kind === "products" ? products : productGroups;
  const db = await getDb();
  await db.transaction(async (tx) => {
    const rows = await tx
      .select({ id: table.id, provider: table.providerOrganizationId })
      .from(table)
      .where(inArray(table.id, ids));
    if (rows.length !== ids.length || rows.some((row) => !managesProvider(actor, row.provider)))
      throw notFound(kind === "products" ? "product" : "product group");
    for (const provider of new Set(rows.map((row) => row.provider))) {
      await authorizeCatalogWrite(tx, actor, provider, "Only those who run these may reorder them.");
    }
    for (const [index, id] of ids.entries()) {
      await tx
        .update(table)
        .set({ order: index * step })
        .where(eq(table.id, id));
    }
    await recordAuditEvent(tx, actor, {
      action: kind === "products" ? "product.reorder" : "product_group.reorder",
      objectType: kind === "products" ? "product" : "product_group",
      organizationId: actor.platformAdmin ? null : actor.organizationId,
      after: { ids },
    });
  });
}
