import type { Metadata } from "next";
import { OrganizationForm } from "@/components/organizations/organization-form";
import { AccessDenied } from "@/components/shell/access-denied";
import { PageHeader } from "@/components/ui/card";
import { can } from "@/lib/auth/actor";
import { requireSessionActor } from "@/lib/auth/session";
import { seesInternalOrganizationFields } from "@/lib/organizations/internal-fields";

export const metadata: Metadata = { title: "New organization" };

export default async function NewOrganizationPage() {
  const actor = await requireSessionActor();
  if (!can(actor, "platform.organizations.manage")) return <AccessDenied title="New organization" />;
  return (
    <>
      <PageHeader title="New organization" />
      <OrganizationForm
        canSetProvider
        canGrantSupport={false}
        showInternalFields={seesInternalOrganizationFields(actor)}
        openAfterSave
      />
    </>
  );
}
