import Link from "next/link";
import { AuditTable } from "@/components/audit/audit-table";
import { navigationFor } from "@/lib/auth/navigation";
import { Card, PageHeader } from "@/components/ui/card";
import { can } from "@/lib/auth/actor";
import { requireSessionActor } from "@/lib/auth/session";
import { listAuditEvents } from "@/lib/audit/list-audit-events";

export default async function DashboardPage() {
  const actor = await requireSessionActor();
  const navigation = navigationFor(actor);
  const recent = can(actor, "audit.read") ? await listAuditEvents({ actor, filter: { limit: 5 } }) : null;
  const context = actor.activeMembership
    ? `${actor.activeMembership.organizationName} · ${actor.activeMembership.role}`
    : actor.platformAdmin
      ? "Platform admin"
      : "You do not belong to an organization yet.";

  return (
    <>
      <PageHeader title={`Welcome, ${actor.name}`} description={context} />
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
        {navigation.items
          .filter((item) => item.href !== "/")
          .map((item) => (
            <Link key={item.href} href={item.href} className="group">
              <Card className="h-full transition group-hover:border-brand-500">
                <h2 className="font-medium">{item.label}</h2>
              </Card>
            </Link>
          ))}
      </div>
      {recent && (
        <section className="mt-10">
          <h2 className="mb-3 text-lg font-semibold">Recent activity</h2>
          <AuditTable events={recent.items} showOrganization={actor.platformAdmin} />
        </section>
      )}
    </>
  );
}
