import type { Metadata } from "next";
import { OrganizationForm } from "@/components/organizations/organization-form";
import { PageHeader } from "@/components/ui/card";
import { orNotFound } from "@/lib/actions/or-not-found";
import { requireSessionActor } from "@/lib/auth/session";
import { getOrganization } from "@/lib/organizations/get-organization";
import { seesInternalOrganizationFields } from "@/lib/organizations/internal-fields";

export const metadata: Metadata = { title: "Edit organization" };

export default async function EditOrganizationPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireSessionActor();
  const organization = await orNotFound(getOrganization({ actor, id: (await params).id }));
  return (
    <>
      <PageHeader title={`Edit ${organization.name}`} />
      {/* Keyed by version: after "reload the latest", the form starts again from the new values. */}
      <OrganizationForm
        key={organization.changeSequence}
        organization={organization}
        canSetProvider={actor.platformAdmin}
        canGrantSupport={actor.organizationId === organization.id}
        showInternalFields={seesInternalOrganizationFields(actor)}
        openAfterSave
      />
    </>
  );
}
