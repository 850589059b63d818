import "server-only";
import { slaDefinitions, type SlaDefinition } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { parseInput } from "@/lib/validation";
import { providerOwnedStore } from "./provider-owned";
import { slaDefinitionFieldsSchema, updateSlaDefinitionSchema, type SlaDefinitionView } from "./term-schemas";

const store = providerOwnedStore<typeof slaDefinitions, SlaDefinition, SlaDefinitionView>({
  table: slaDefinitions,
  what: "SLA definition",
  auditType: "sla_definition",
  present: (row) => ({
    id: row.id,
    providerOrganizationId: row.providerOrganizationId,
    name: row.name,
    description: row.description,
    uptimePercent: row.uptimePercent,
    responseTimeMs: row.responseTimeMs,
    supportHours: row.supportHours,
    changeSequence: row.changeSequence,
    createdOn: row.createdOn.toISOString(),
    updatedOn: row.updatedOn.toISOString(),
  }),
});

const columns = ({
  providerOrganizationId: _provider,
  ...rest
}: { providerOrganizationId?: string } & Record<string, unknown>) => ({
  ...rest,
  responseTimeMs: rest.responseTimeMs ?? null,
  supportHours: rest.supportHours || null,
});

export const listSlaDefinitions = ({
  actor,
  providerOrganizationId,
}: {
  actor: Actor;
  providerOrganizationId?: string;
}) => store.list(actor, providerOrganizationId);

export const getSlaDefinition = ({ actor, id }: { actor: Actor; id: string }) => store.get(actor, id);

export async function createSlaDefinition({ actor, input }: { actor: Actor; input: unknown }) {
  const data = parseInput(slaDefinitionFieldsSchema, input);
  return store.create(actor, data.providerOrganizationId, columns(data));
}

export async function updateSlaDefinition({
  actor,
  id,
  input,
}: {
  actor: Actor;
  id: string;
  input: unknown;
}) {
  const { changeSequence, ...data } = parseInput(updateSlaDefinitionSchema, input);
  return store.update(actor, id, changeSequence, columns(data));
}

export const deleteSlaDefinition = ({ actor, id }: { actor: Actor; id: string }) => store.remove(actor, id);
