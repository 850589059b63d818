import "server-only";
import type { z } from "zod";
import { pricingRules, type PricingRule } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { fromMinorUnits, minorDigits, toMinorUnits } from "@/lib/money";
import { parseInput } from "@/lib/validation";
import { providerOwnedStore } from "./provider-owned";
import { pricingRuleFieldsSchema, updatePricingRuleSchema, type PricingRuleView } from "./term-schemas";

type Fields = z.output<typeof pricingRuleFieldsSchema>;

/** Amount keys are stored as `<key>Minor` integers and answered as decimals again. */
const amountKeys = ["amount", "unitAmount"] as const;

function convert(value: unknown, digits: number, path: string, toStorage: boolean): unknown {
  if (Array.isArray(value)) return value.map((item, i) => convert(item, digits, `${path}.${i}`, toStorage));
  if (!value || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => {
      if (toStorage && (amountKeys as readonly string[]).includes(key)) {
        const minor = toMinorUnits(inner as number | string, digits);
        if (minor === undefined) {
          throw new AppError("invalid_input", `${path}.${key} is not a valid amount.`, {
            invalidFields: [
              {
                name: `${path}.${key}`,
                reason: `must be a non-negative amount with at most ${digits} decimals`,
              },
            ],
          });
        }
        return [`${key}Minor`, minor];
      }
      if (!toStorage && key.endsWith("Minor"))
        return [key.slice(0, -5), fromMinorUnits(inner as number, digits)];
      return [key, convert(inner, digits, `${path}.${key}`, toStorage)];
    }),
  );
}

const store = providerOwnedStore<typeof pricingRules, PricingRule, PricingRuleView>({
  table: pricingRules,
  what: "pricing rule",
  auditType: "pricing_rule",
  present: (row) => ({
    id: row.id,
    providerOrganizationId: row.providerOrganizationId,
    name: row.name,
    description: row.description,
    ruleType: row.ruleType,
    currency: row.currency,
    parameters: convert(row.parameters, minorDigits(row.currency), "parameters", false) as Record<
      string,
      unknown
    >,
    changeSequence: row.changeSequence,
    createdOn: row.createdOn.toISOString(),
    updatedOn: row.updatedOn.toISOString(),
  }),
});

const columns = (data: Fields) => ({
  name: data.name,
  description: data.description,
  ruleType: data.ruleType,
  currency: data.currency,
  parameters: convert(data.parameters, minorDigits(data.currency), "parameters", true) as Record<
    string,
    unknown
  >,
});

export const listPricingRules = ({
  actor,
  providerOrganizationId,
}: {
  actor: Actor;
  providerOrganizationId?: string;
}) => store.list(actor, providerOrganizationId);

export const getPricingRule = ({ actor, id }: { actor: Actor; id: string }) => store.get(actor, id);

export async function createPricingRule({ actor, input }: { actor: Actor; input: unknown }) {
  const data = parseInput(pricingRuleFieldsSchema, input);
  return store.create(actor, data.providerOrganizationId, columns(data));
}

export async function updatePricingRule({ actor, id, input }: { actor: Actor; id: string; input: unknown }) {
  const { changeSequence, ...data } = parseInput(updatePricingRuleSchema, input);
  return store.update(actor, id, changeSequence, columns(data));
}

export const deletePricingRule = ({ actor, id }: { actor: Actor; id: string }) => store.remove(actor, id);
