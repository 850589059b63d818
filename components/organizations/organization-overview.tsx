import type { OrganizationView } from "@/lib/organizations/schemas";

const yes = (value: boolean) => (value ? "Yes" : "No");

/** The organization's fields, read-only; the internal ones only with `showInternalFields`. */
export function OrganizationOverview({
  organization: o,
  showInternalFields,
}: {
  organization: OrganizationView;
  showInternalFields: boolean;
}) {
  const internal: [string, string][] = [
    ["Private templates by default", yes(o.defaultToPrivateTemplates)],
    ["Billing customer id", o.stripeCustomerId ?? "—"],
    ["Auth group", o.authGroupLink.authGroup ?? "—"],
    [
      "Features",
      Object.entries(o.features)
        .map(([k, v]) => `${k}=${String(v)}`)
        .join(", ") || "—",
    ],
    [
      "Properties",
      Object.entries(o.properties)
        .map(([k, v]) => `${k}=${String(v)}`)
        .join(", ") || "—",
    ],
  ];
  const rows: [string, string][] = [
    ["Slug", o.slug],
    ["Description", o.description || "—"],
    [
      "Status",
      o.statusReason
        ? `${o.organizationStatus.replace("_", " ")} (${o.statusReason})`
        : o.organizationStatus.replace("_", " "),
    ],
    ["Provider", yes(o.provider)],
    ["Enterprise", yes(o.enterpriseOrganization)],
    ["Public access", yes(o.publicAccess)],
    [
      "Support access",
      o.supportAccess
        ? `Granted${o.supportAccessExpiresAt ? ` until ${o.supportAccessExpiresAt.slice(0, 16).replace("T", " ")} UTC` : ""}`
        : "Not granted",
    ],
    ...(showInternalFields ? internal : []),
    ["Created", o.createdOn.slice(0, 10)],
    ["Version", String(o.changeSequence)],
  ];
  return (
    <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[14rem_1fr]">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-medium text-zinc-500">{label}</dt>
          <dd className="break-words">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
