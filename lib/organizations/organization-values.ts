import "server-only";
import type { z } from "zod";
import type { NewOrganization } from "@/db/schema";
import { parseUtc } from "@/lib/dates";
import type { organizationFieldsSchema } from "./schemas";

type Fields = z.output<typeof organizationFieldsSchema>;

/** What search matches: name, slug and description, lower-cased. */
export const searchTextOf = (o: { name: string; slug: string; description: string }) =>
  `${o.name} ${o.slug} ${o.description}`.toLowerCase();

/** Validated API fields → table columns (the nested Kodexa members flatten here). */
export function organizationColumns(fields: Fields, slug: string): Omit<NewOrganization, "id"> {
  return {
    slug,
    name: fields.name,
    description: fields.description,
    provider: fields.provider,
    enterpriseOrganization: fields.enterpriseOrganization,
    publicAccess: fields.publicAccess,
    supportAccess: fields.supportAccess,
    supportAccessExpiresAt: fields.supportAccessExpiresAt ? parseUtc(fields.supportAccessExpiresAt) : null,
    defaultToPrivateTemplates: fields.defaultToPrivateTemplates,
    features: fields.features,
    properties: fields.properties,
    stripeCustomerId: fields.stripeCustomerId,
    authGroup: fields.authGroupLink?.authGroup ?? null,
    orderedDashboards: fields.memory?.orderedDashboards ?? [],
    searchText: searchTextOf({ name: fields.name, slug, description: fields.description }),
  };
}

/** A slug from a name: "Acme Corp." → "acme-corp". */
export function slugify(name: string): string {
  const base = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 50)
    .replace(/-+$/, "");
  return base.length >= 3 ? base : `org-${base || "new"}`;
}
