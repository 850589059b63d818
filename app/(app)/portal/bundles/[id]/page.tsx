import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import Link from "next/link";
import { AccessPanel } from "@/components/bundles/access-panel";
import { BundleHistory } from "@/components/bundles/bundle-history";
import { BundleTransition } from "@/components/bundles/bundle-transition";
import { ContractStatusBadge } from "@/components/bundles/contract-status-badge";
import { RequestSummary } from "@/components/bundles/request-summary";
import { RequestedPlans } from "@/components/bundles/requested-plans";
import { RevealKey } from "@/components/bundles/reveal-key";
import { Card, PageHeader } from "@/components/ui/card";
import { orNotFound } from "@/lib/actions/or-not-found";
import { requireSessionActor } from "@/lib/auth/session";
import { getBundle } from "@/lib/bundles";
import { mayTransition } from "@/lib/bundles/transitions";
import { mayCommercial } from "@/lib/subscriptions/commercial-policy";

export const metadata: Metadata = { title: "Request" };

/**
 * One of the customer's bundle requests: its state, each plan's decision (with the reason of
 * a rejection), the access it gives — a key shown once — and its whole history. Buttons show
 * only when the commercial policy and the bundle's state allow them.
 */
export default async function PortalBundlePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireSessionActor();
  const { id } = await params;
  const bundle = await orNotFound(getBundle({ actor, id }));
  const mayRequest = mayCommercial(
    actor,
    { subscriberOrganizationId: bundle.organizationId, providerOrganizationId: bundle.providerId },
    "requestBundle",
  );
  const version = { bundleId: bundle.id, changeSequence: bundle.changeSequence };
  return (
    <>
      <Breadcrumbs items={[{ label: "My requests", href: "/portal/bundles" }, { label: bundle.name }]} />
      <PageHeader
        title={bundle.name}
        description={`Request to ${bundle.providerOrganization.name}`}
        actions={
          <div className="flex flex-wrap items-center gap-3">
            <ContractStatusBadge status={bundle.contractStatus} />
            {mayRequest && mayTransition("submit", bundle.contractStatus) && (
              <BundleTransition step="submit" {...version} />
            )}
            {mayRequest && mayTransition("requestTermination", bundle.contractStatus) && (
              <BundleTransition step="requestTermination" {...version} />
            )}
            <Link href="/portal/bundles" className="text-sm font-medium text-brand-600 hover:underline">
              ← My requests
            </Link>
          </div>
        }
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <RequestSummary bundle={bundle} />
        </Card>
        <Card>
          <h2 className="mb-3 font-semibold">Access</h2>
          <AccessPanel
            bundle={bundle}
            control={(access) =>
              mayRequest &&
              access.accessExchangeType === "GENERATE_TOKEN" &&
              access.status === "ACTIVE" &&
              !access.secretShown && <RevealKey bundleId={bundle.id} accessId={access.id} />
            }
          />
        </Card>
      </div>
      <Card className="mt-6">
        <h2 className="mb-3 font-semibold">Plans</h2>
        <RequestedPlans bundle={bundle} subscriptionPath="/portal/subscriptions" />
      </Card>
      <Card className="mt-6">
        <h2 className="mb-3 font-semibold">History</h2>
        <BundleHistory bundle={bundle} />
      </Card>
    </>
  );
}
