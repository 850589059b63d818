import type { Metadata } from "next";
import { CreateProductKeyForm } from "@/components/product-keys/create-product-key-form";
import { AccessDenied } from "@/components/shell/access-denied";
import { Card, PageHeader } from "@/components/ui/card";
import { can } from "@/lib/auth/actor";
import { requireSessionActor } from "@/lib/auth/session";
import { createKeyChoices } from "../create-key-choices";
import { opensProductKeyDesk } from "../desk-access";

export const metadata: Metadata = { title: "New product key" };

export default async function NewProductKeyPage() {
  const actor = await requireSessionActor();
  if (!opensProductKeyDesk(actor) || !can(actor, "subscriptions.manage")) {
    return <AccessDenied title="New product key" />;
  }
  return (
    <>
      <PageHeader
        title="New product key"
        description="Issue a key for an organization's use of your products. The key is shown once, when it is created."
      />
      <Card>
        <CreateProductKeyForm choices={await createKeyChoices(actor)} />
      </Card>
    </>
  );
}
