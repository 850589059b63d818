import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { ContactsSection, MembersSection } from "@/components/organizations/organization-sections";
import { ImageUpload } from "@/components/forms/image-upload";
import { OrganizationForm } from "@/components/organizations/organization-form";
import { OrganizationOverview } from "@/components/organizations/organization-overview";
import { ApiKeysPanel } from "@/components/organizations/tab-panels";
import { AccessDenied } from "@/components/shell/access-denied";
import { Card, PageHeader } from "@/components/ui/card";
import { LinkTabs } from "@/components/ui/tabs";
import { can } from "@/lib/auth/actor";
import { requireSessionActor } from "@/lib/auth/session";
import { getOrganization } from "@/lib/organizations/get-organization";
import { seesInternalOrganizationFields } from "@/lib/organizations/internal-fields";

export const metadata: Metadata = { title: "Settings" };

const tabs = [
  { id: "organization", label: "Organization" },
  { id: "members", label: "Members" },
  { id: "contacts", label: "Contacts" },
  { id: "api-keys", label: "API keys" },
];

/** The signed-in user's own organization: its details, people, contacts and API keys. */
export default async function SettingsPage({ searchParams }: { searchParams: Promise<{ tab?: string }> }) {
  const actor = await requireSessionActor();
  const organizationId = actor.organizationId;
  if (!organizationId) return <AccessDenied title="Settings" />;
  const requested = (await searchParams).tab;
  const tab = tabs.find((t) => t.id === requested)?.id ?? "organization";
  const canEdit = can(actor, "organization.update");

  let content: ReactNode;
  switch (tab) {
    case "members":
      content = <MembersSection actor={actor} organizationId={organizationId} />;
      break;
    case "contacts":
      content = <ContactsSection actor={actor} organizationId={organizationId} />;
      break;
    case "api-keys":
      if (!can(actor, "apiKeys.manage")) return <AccessDenied title="API keys" />;
      content = (
        <>
          <p className="mb-4 text-sm text-zinc-600 dark:text-zinc-400">
            Keys let programs call the{" "}
            <Link href="/api-reference" className="text-brand-600 hover:underline">
              REST API
            </Link>{" "}
            as an admin of this organization. Send one in the <code>x-api-key</code> header.
          </p>
          <ApiKeysPanel />
        </>
      );
      break;
    default: {
      const organization = await getOrganization({ actor, id: organizationId });
      content = canEdit ? (
        <div className="space-y-8">
          <ImageUpload
            kind="organization"
            id={organizationId}
            hasImage={organization.hasImage}
            version={organization.updatedOn}
          />
          <OrganizationForm
            key={organization.changeSequence}
            organization={organization}
            canSetProvider={false}
            canGrantSupport
            showInternalFields={seesInternalOrganizationFields(actor)}
          />
        </div>
      ) : (
        <OrganizationOverview
          organization={organization}
          showInternalFields={seesInternalOrganizationFields(actor)}
        />
      );
    }
  }

  return (
    <>
      <PageHeader title="Settings" description={actor.activeMembership?.organizationName} />
      <LinkTabs tabs={tabs} active={tab} base="/settings" />
      <Card>{content}</Card>
    </>
  );
}
