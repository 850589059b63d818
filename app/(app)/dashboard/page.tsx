import { CustomerDashboard } from "@/components/dashboard/customer-dashboard";
import { StaffDashboard } from "@/components/dashboard/staff-dashboard";
import { PageHeader } from "@/components/ui/card";
import { can } from "@/lib/auth/actor";
import { requireSessionActor } from "@/lib/auth/session";
import { getDashboard } from "@/lib/dashboard/get-dashboard";

export default async function DashboardPage() {
  const actor = await requireSessionActor();
  const figures = await getDashboard({ actor });
  const context = actor.activeMembership
    ? `${actor.activeMembership.organizationName} · ${actor.activeMembership.role}`
    : actor.platformAdmin
      ? "Platform admin: every provider and customer"
      : "You do not belong to an organization yet.";
  const auditLog = can(actor, "audit.read");
  return (
    <>
      <PageHeader title={`Welcome, ${actor.name}`} description={context} />
      {figures.kind === "customer" ? (
        <CustomerDashboard figures={figures} auditLog={auditLog} />
      ) : (
        <StaffDashboard figures={figures} auditLog={auditLog} />
      )}
    </>
  );
}
