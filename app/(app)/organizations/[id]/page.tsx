import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import Link from "next/link";
import type { ReactNode } from "react";
import { EmptyState } from "@/components/ui/empty-state";
import { ContactsSection, MembersSection } from "@/components/organizations/organization-sections";
import { ImageUpload } from "@/components/forms/image-upload";
import { OrganizationOverview } from "@/components/organizations/organization-overview";
import { OrganizationStatusBadge } from "@/components/organizations/status-badge";
import { StatusForm } from "@/components/organizations/status-form";
import { ApiKeysTable, AuditTable } from "@/components/organizations/tab-panels";
import { Card, PageHeader } from "@/components/ui/card";
import { LinkTabs } from "@/components/ui/tabs";
import { orNotFound } from "@/lib/actions/or-not-found";
import { listApiKeys } from "@/lib/api-keys/list-api-keys";
import { can } from "@/lib/auth/actor";
import { requireSessionActor } from "@/lib/auth/session";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { isAppError } from "@/lib/errors";
import { getOrganization } from "@/lib/organizations/get-organization";
import { seesInternalOrganizationFields } from "@/lib/organizations/internal-fields";

export const metadata: Metadata = { title: "Organization" };

const tabs = [
  { id: "overview", label: "Overview" },
  { id: "members", label: "Members" },
  { id: "contacts", label: "Contacts" },
  { id: "subscriptions", label: "Subscriptions" },
  { id: "keys", label: "Keys" },
  { id: "audit", label: "Audit" },
];

/** Customer data behind support access: a refusal is shown as such, not as a crash. */
async function guarded(render: () => Promise<ReactNode>): Promise<ReactNode> {
  try {
    return await render();
  } catch (error) {
    if (isAppError(error) && error.code === "forbidden") {
      return (
        <p role="alert" className="text-sm text-zinc-600 dark:text-zinc-400">
          {error.message}
        </p>
      );
    }
    throw error;
  }
}

export default async function OrganizationPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ tab?: string }>;
}) {
  const actor = await requireSessionActor();
  const { id } = await params;
  const organization = await orNotFound(getOrganization({ actor, id }));
  const requested = (await searchParams).tab;
  const tab = tabs.find((t) => t.id === requested)?.id ?? "overview";
  const canEdit = can(actor, "organization.update");

  let content: ReactNode;
  switch (tab) {
    case "members":
      content = <MembersSection actor={actor} organizationId={id} />;
      break;
    case "contacts":
      content = <ContactsSection actor={actor} organizationId={id} />;
      break;
    case "subscriptions":
      content = <p className="text-sm text-zinc-500">Subscriptions arrive with the subscriptions release.</p>;
      break;
    case "keys":
      content = await guarded(async () => (
        <ApiKeysTable keys={await listApiKeys({ actor, organizationId: id })} />
      ));
      break;
    case "audit":
      content = await guarded(async () => (
        <AuditTable
          events={(await listAuditEvents({ actor, query: { organizationId: id, limit: 100 } })).items}
          showOrganization={false}
          empty={
            <EmptyState
              title="No events yet"
              description="Every change to this organization, its members, keys and subscriptions is recorded here with who made it."
            />
          }
        />
      ));
      break;
    default:
      content = (
        <div className="space-y-8">
          <OrganizationOverview
            organization={organization}
            showInternalFields={seesInternalOrganizationFields(actor)}
          />
          {canEdit && (
            <ImageUpload
              kind="organization"
              id={id}
              hasImage={organization.hasImage}
              version={organization.updatedOn}
            />
          )}
          {can(actor, "platform.organizations.manage") && <StatusForm organization={organization} />}
        </div>
      );
  }

  return (
    <>
      <Breadcrumbs
        items={[{ label: "Organizations", href: "/organizations" }, { label: organization.name }]}
      />
      <PageHeader
        title={organization.name}
        description={organization.description || undefined}
        actions={
          <div className="flex items-center gap-3">
            <OrganizationStatusBadge status={organization.organizationStatus} />
            {canEdit && (
              <Link
                href={`/organizations/${id}/edit`}
                className="rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white hover:bg-brand-700"
              >
                Edit
              </Link>
            )}
          </div>
        }
      />
      <LinkTabs tabs={tabs} active={tab} base={`/organizations/${id}`} />
      <Card>{content}</Card>
    </>
  );
}
