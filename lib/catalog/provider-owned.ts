import "server-only";
import { asc, eq, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Executor } from "@/db/client";
import { getDb } from "@/db/open";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { updateVersioned } from "@/lib/change-sequence";
import { forbidden, notFound } from "@/lib/errors";
import { isUuid } from "@/lib/validation";
import { authorizeCatalogWrite, catalogProviderScope, managesProvider } from "./catalog-access";

interface OwnedTable extends PgTable {
  id: PgColumn;
  changeSequence: PgColumn;
  updatedOn: PgColumn;
  providerOrganizationId: PgColumn;
  name: PgColumn;
}

interface OwnedRow {
  id: string;
  providerOrganizationId: string;
}

/**
 * Create, read, list, update and delete for a provider's own catalog settings (SLA
 * definitions, pricing rules): only the provider's owners and admins and platform admins see
 * or change them, every write is audited, and updates are guarded by `changeSequence`.
 */
export function providerOwnedStore<T extends OwnedTable, Row extends OwnedRow, View>(options: {
  table: T;
  what: string;
  auditType: string;
  present: (row: Row) => View;
}) {
  const { table, what, auditType, present } = options;
  const refusal = `Only the provider that keeps this ${what} may change it.`;
  // drizzle's generic select typing needs the plain table type here.
  const source: PgTable = table;

  async function load(executor: Executor, actor: Actor, id: string): Promise<Row> {
    if (!isUuid(id)) throw notFound(what);
    const [row] = (await executor.select().from(source).where(eq(table.id, id))) as Row[];
    if (!row || !managesProvider(actor, row.providerOrganizationId)) throw notFound(what);
    return row;
  }

  const audit = (
    tx: Executor,
    actor: Actor,
    action: string,
    row: Row,
    before: View | null,
    after: View | null,
  ) =>
    recordAuditEvent(tx, actor, {
      action: `${auditType}.${action}`,
      objectType: auditType,
      objectId: row.id,
      organizationId: row.providerOrganizationId,
      before,
      after,
    });

  return {
    async list(actor: Actor, providerOrganizationId?: string): Promise<View[]> {
      const db = await getDb();
      const provider = actor.platformAdmin ? providerOrganizationId : actor.organizationId;
      if (!actor.platformAdmin && !managesProvider(actor, actor.organizationId)) throw forbidden();
      const where: SQL | undefined = provider ? eq(table.providerOrganizationId, provider) : undefined;
      const rows = (await db
        .select()
        .from(source)
        .where(where)
        .orderBy(asc(table.name), asc(table.id))) as Row[];
      return rows.map(present);
    },

    async get(actor: Actor, id: string): Promise<View> {
      return present(await load(await getDb(), actor, id));
    },

    async create(
      actor: Actor,
      requestedProvider: string | undefined,
      values: Record<string, unknown>,
    ): Promise<View> {
      const db = await getDb();
      return db.transaction(async (tx) => {
        const providerOrganizationId = (await catalogProviderScope(tx, actor, requestedProvider, {
          required: true,
        }))!;
        const [row] = (await tx
          .insert(table)
          .values({ ...values, providerOrganizationId } as T["$inferInsert"])
          .returning()) as Row[];
        await audit(tx, actor, "create", row!, null, present(row!));
        return present(row!);
      });
    },

    async update(
      actor: Actor,
      id: string,
      changeSequence: number,
      values: Record<string, unknown>,
    ): Promise<View> {
      const db = await getDb();
      return db.transaction(async (tx) => {
        const before = await load(tx, actor, id);
        await authorizeCatalogWrite(tx, actor, before.providerOrganizationId, refusal);
        const after = (await updateVersioned(tx, table, {
          id,
          changeSequence,
          values,
          what,
        })) as unknown as Row;
        await audit(tx, actor, "update", after, present(before), present(after));
        return present(after);
      });
    },

    async remove(actor: Actor, id: string): Promise<void> {
      const db = await getDb();
      await db.transaction(async (tx) => {
        const row = await load(tx, actor, id);
        await authorizeCatalogWrite(tx, actor, row.providerOrganizationId, refusal);
        await tx.delete(table).where(eq(table.id, id));
        await audit(tx, actor, "delete", row, present(row), null);
      });
    },
  };
}
