import "server-only";
import type { NewOrganization, Organization } from "@/db/schema";
import { AppError } from "@/lib/errors";

type InternalColumns = Pick<
  Organization,
  "stripeCustomerId" | "authGroup" | "features" | "properties" | "defaultToPrivateTemplates"
>;
type FlatMap = Organization["features"];

/** The internal columns with the API field each is known by, so a refusal names what the client sent. */
const internalColumns: { column: keyof InternalColumns; field: string }[] = [
  { column: "stripeCustomerId", field: "stripeCustomerId" },
  { column: "authGroup", field: "authGroupLink.authGroup" },
  { column: "features", field: "features" },
  { column: "properties", field: "properties" },
  { column: "defaultToPrivateTemplates", field: "defaultToPrivateTemplates" },
];

/** The settings maps compared by content: a client may send the keys back in another order. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a && b && typeof a === "object" && typeof b === "object") {
    const left = a as FlatMap;
    const right = b as FlatMap;
    const keys = Object.keys(left);
    return keys.length === Object.keys(right).length && keys.every((key) => left[key] === right[key]);
  }
  return (a ?? null) === (b ?? null);
}

/**
 * Refuses columns that would change the internal fields from what is stored, for an actor that
 * may not change them. Values equal to the stored ones pass: a Kodexa PUT is a full replace, so
 * a client that sends back what it read must keep working. It is 403 rather than 400: the value
 * is well-formed, this actor just may not set it — the same answer the provider flag gets — and
 * `invalidFields` names each field, so the form shows it where it belongs.
 */
export function refuseInternalFieldChanges(
  values: Omit<NewOrganization, "id">,
  stored: InternalColumns,
): void {
  const changed = internalColumns.filter(({ column }) => !sameValue(values[column], stored[column]));
  if (changed.length === 0) return;
  throw new AppError("forbidden", "Only platform admins change an organization's internal fields.", {
    invalidFields: changed.map(({ field }) => ({
      name: field,
      reason: "can be changed by platform admins only",
    })),
  });
}

/** What a new organization holds in its internal fields when nobody with the right set them. */
export const defaultInternalColumns: InternalColumns = {
  stripeCustomerId: null,
  authGroup: null,
  features: {},
  properties: {},
  defaultToPrivateTemplates: false,
};
