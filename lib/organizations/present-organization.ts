import type { Organization } from "@/db/schema";
import type { OrganizationView } from "./schemas";

export function presentOrganization(row: Organization): OrganizationView {
  return {
    id: row.id,
    uuid: row.id,
    slug: row.slug,
    name: row.name,
    description: row.description,
    organizationStatus: row.organizationStatus,
    statusReason: row.statusReason,
    provider: row.provider,
    enterpriseOrganization: row.enterpriseOrganization,
    publicAccess: row.publicAccess,
    supportAccess: row.supportAccess,
    supportAccessExpiresAt: row.supportAccessExpiresAt?.toISOString() ?? null,
    defaultToPrivateTemplates: row.defaultToPrivateTemplates,
    features: row.features,
    properties: row.properties,
    hasImage: row.hasImage,
    stripeCustomerId: row.stripeCustomerId,
    authGroupLink: { authGroup: row.authGroup },
    memory: { orderedDashboards: row.orderedDashboards },
    searchText: row.searchText,
    changeSequence: row.changeSequence,
    createdOn: row.createdOn.toISOString(),
    updatedOn: row.updatedOn.toISOString(),
  };
}
