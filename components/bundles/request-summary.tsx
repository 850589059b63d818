import { day } from "@/components/subscriptions/format";
import type { BundleView } from "@/lib/bundles/bundle-view-schema";
import { businessCaseKeys, businessCaseLabels } from "./business-case-labels";

/** Who asks whom for what, and why: the request's facts and its business cases. */
export function RequestSummary({ bundle }: { bundle: BundleView }) {
  const requester = bundle.approvals.find((a) => a.approvalStatus === "REQUESTED")?.createdByName;
  const facts: [string, string][] = [
    ["Customer", bundle.organizationName],
    ["Provider", bundle.providerOrganization.name],
    [
      "Requested",
      bundle.requestedOn ? `${day(bundle.requestedOn)}${requester ? ` by ${requester}` : ""}` : "not yet",
    ],
    ["Contact", bundle.contact ? `${bundle.contact.name} (${bundle.contact.email})` : "none"],
    [
      "Access",
      bundle.accessStatus.access
        ? "allowed"
        : `blocked${bundle.accessStatus.accessNote ? `: ${bundle.accessStatus.accessNote}` : ""}`,
    ],
  ];
  return (
    <div className="space-y-4">
      {bundle.description && <p className="text-sm">{bundle.description}</p>}
      <dl className="grid grid-cols-[8rem_1fr] gap-x-4 gap-y-1 text-sm">
        {facts.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="text-zinc-500">{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <section aria-label="Business cases" className="space-y-2">
        <h3 className="text-sm font-semibold">Business cases</h3>
        {businessCaseKeys.map((key) => {
          const found = bundle.businessCases.find((c) => c.businessCaseKey === key);
          return (
            <div key={key} className="text-sm">
              <p className="font-medium">{businessCaseLabels[key].label}</p>
              <p className="whitespace-pre-wrap text-zinc-700 dark:text-zinc-300">{found?.text || "—"}</p>
              {found?.pendingText && (
                <p className="text-xs text-zinc-500">Edit waiting for a decision: {found.pendingText}</p>
              )}
            </div>
          );
        })}
      </section>
    </div>
  );
}
