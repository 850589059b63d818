import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import Link from "next/link";
import { AccessPanel } from "@/components/bundles/access-panel";
import { BundleHistory } from "@/components/bundles/bundle-history";
import { BundleTransition } from "@/components/bundles/bundle-transition";
import { ContractStatusBadge } from "@/components/bundles/contract-status-badge";
import { DecidePlansForm } from "@/components/bundles/decide-plans-form";
import { ManualExchangeForm } from "@/components/bundles/manual-exchange-form";
import { RequestSummary } from "@/components/bundles/request-summary";
import { RequestedPlans } from "@/components/bundles/requested-plans";
import { AccessDenied } from "@/components/shell/access-denied";
import { Card, PageHeader } from "@/components/ui/card";
import { orNotFound } from "@/lib/actions/or-not-found";
import { can } from "@/lib/auth/actor";
import { requireSessionActor } from "@/lib/auth/session";
import { getBundle } from "@/lib/bundles";
import { isOpen, mayTransition } from "@/lib/bundles/transitions";
import { mayCommercial } from "@/lib/subscriptions/commercial-policy";

export const metadata: Metadata = { title: "Request" };

/**
 * One request as the provider's approver sees it: what is asked, why, by whom, the decisions
 * so far and the whole history; and what the approver may do now — decide plans one by one,
 * start processing, terminate, record a hand-off, block or allow access — as the commercial
 * policy and the bundle's state allow.
 */
export default async function ApprovalPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireSessionActor();
  if (!can(actor, "approvals.decide")) return <AccessDenied title="Request" />;
  const { id } = await params;
  const bundle = await orNotFound(getBundle({ actor, id }));
  const decides = mayCommercial(
    actor,
    { subscriberOrganizationId: bundle.organizationId, providerOrganizationId: bundle.providerId },
    "decideRequest",
  );
  const status = bundle.contractStatus;
  const version = { bundleId: bundle.id, changeSequence: bundle.changeSequence };
  const openPlans = bundle.bundleProducts.flatMap((product) =>
    product.subscriptions
      .filter((plan) => isOpen(plan.approvalStatus))
      .map((plan) => ({ planId: plan.planId, label: `${product.name} · ${plan.planName}` })),
  );
  return (
    <>
      <Breadcrumbs items={[{ label: "Approvals", href: "/approvals" }, { label: bundle.name }]} />
      <PageHeader
        title={bundle.name}
        description={`From ${bundle.organizationName}`}
        actions={
          <div className="flex flex-wrap items-center gap-3">
            <ContractStatusBadge status={status} />
            {decides && mayTransition("startProcessing", status) && (
              <BundleTransition step="startProcessing" {...version} />
            )}
            {decides && mayTransition("terminate", status) && (
              <BundleTransition step="terminate" {...version} />
            )}
            {decides && mayTransition("access", status) && (
              <BundleTransition step={bundle.accessStatus.access ? "block" : "allow"} {...version} />
            )}
            <Link href="/approvals" className="text-sm font-medium text-brand-600 hover:underline">
              ← Approvals
            </Link>
          </div>
        }
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <RequestSummary bundle={bundle} />
        </Card>
        <Card>
          <h2 className="mb-3 font-semibold">Decide</h2>
          {decides && mayTransition("decide", status) && openPlans.length > 0 ? (
            <DecidePlansForm key={bundle.changeSequence} {...version} plans={openPlans} />
          ) : (
            <p className="text-sm text-zinc-500">No plan of this request waits for a decision.</p>
          )}
        </Card>
      </div>
      <Card className="mt-6">
        <h2 className="mb-3 font-semibold">Requested plans</h2>
        <RequestedPlans bundle={bundle} subscriptionPath="/subscriptions" />
      </Card>
      <Card className="mt-6">
        <h2 className="mb-3 font-semibold">Access</h2>
        <AccessPanel
          bundle={bundle}
          control={(access) =>
            decides &&
            access.accessExchangeType === "MANUAL_EXCHANGE" &&
            access.status === "ACTIVATION_REQUESTED" && (
              <ManualExchangeForm bundleId={bundle.id} accessId={access.id} />
            )
          }
        />
      </Card>
      <Card className="mt-6">
        <h2 className="mb-3 font-semibold">History</h2>
        <BundleHistory bundle={bundle} />
      </Card>
    </>
  );
}
