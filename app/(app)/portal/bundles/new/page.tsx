import type { Metadata } from "next";
import Link from "next/link";
import { BundleWizard } from "@/components/bundles/bundle-wizard";
import { ProviderPicker } from "@/components/bundles/provider-picker";
import { AccessDenied } from "@/components/shell/access-denied";
import { Card, PageHeader } from "@/components/ui/card";
import { can } from "@/lib/auth/actor";
import { requireSessionActor } from "@/lib/auth/session";
import { isUuid } from "@/lib/validation";
import { bundleChoices } from "@/lib/bundles/bundle-choices";

export const metadata: Metadata = { title: "New request" };

/**
 * The request wizard: first a provider (or the one of the product the customer came from),
 * then its products and plans, the business cases and the contact. `?planId=` preselects the
 * plan the product page sent the customer here for.
 */
export default async function NewBundlePage({
  searchParams,
}: {
  searchParams: Promise<{ provider?: string; productId?: string; planId?: string }>;
}) {
  const actor = await requireSessionActor();
  if (!can(actor, "subscriptions.manage")) return <AccessDenied title="New request" />;
  const params = await searchParams;
  const id = (value?: string) => (value && isUuid(value) ? value : undefined);
  const { providers, provider, products, contacts } = await bundleChoices({
    actor,
    providerId: id(params.provider),
    productId: id(params.productId),
  });
  const planId = id(params.planId);
  const preselected = products.flatMap((p) => p.plans).some((plan) => plan.id === planId) ? [planId!] : [];
  return (
    <>
      <PageHeader
        title="New request"
        description="Ask a provider for plans that need its approval, and say why."
        actions={
          <Link href="/portal/bundles" className="text-sm font-medium text-brand-600 hover:underline">
            ← My requests
          </Link>
        }
      />
      <Card className="mb-6">
        <ProviderPicker providers={providers} chosen={provider?.id ?? null} />
      </Card>
      {provider && (
        <Card>
          <h2 className="mb-4 font-semibold">Your request to {provider.name}</h2>
          <BundleWizard
            key={provider.id}
            providerId={provider.id}
            products={products}
            contacts={contacts}
            planIds={preselected}
          />
        </Card>
      )}
    </>
  );
}
