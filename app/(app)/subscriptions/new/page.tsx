import type { Metadata } from "next";
import { AccessDenied } from "@/components/shell/access-denied";
import { CreateSubscriptionForm } from "@/components/subscriptions/create-subscription-form";
import { Card, PageHeader } from "@/components/ui/card";
import { can } from "@/lib/auth/actor";
import { requireSessionActor } from "@/lib/auth/session";
import { subscribeChoices } from "@/lib/subscriptions/subscription-choices";
import { opensSubscriptionDesk } from "../desk-access";

export const metadata: Metadata = { title: "New subscription" };

export default async function NewSubscriptionPage() {
  const actor = await requireSessionActor();
  if (!opensSubscriptionDesk(actor) || !can(actor, "subscriptions.manage")) {
    return <AccessDenied title="New subscription" />;
  }
  const choices = await subscribeChoices({ actor });
  return (
    <>
      <PageHeader
        title="New subscription"
        description="Subscribe an organization to a listed product's plan. Plans that need approval go through approval requests."
      />
      <Card>
        {choices.products.length ? (
          <CreateSubscriptionForm choices={choices} />
        ) : (
          <p className="text-sm text-zinc-500">No listed product can be subscribed to from here yet.</p>
        )}
      </Card>
    </>
  );
}
