import type { StaffDashboard as Figures } from "@/lib/dashboard/get-dashboard";
import { Card } from "@/components/ui/card";
import { ActivityPanel } from "./activity-panel";
import { ApprovalsPanel } from "./approvals-panel";
import { FiguresAsOf } from "./figures-as-of";
import { MovementChart } from "./movement-chart";
import { NearQuotaPanel } from "./near-quota-panel";
import { RevenueStats } from "./revenue-stats";
import { StatCard } from "./stat-card";
import { StatusChart } from "./status-chart";
import { TrialsPanel } from "./trials-panel";

/** The administration's home: revenue, subscriptions, what needs attention, and what happened. */
export function StaffDashboard({ figures, auditLog }: { figures: Figures; auditLog: boolean }) {
  const count = (status: string) => figures.byStatus.find((s) => s.status === status)?.count ?? 0;
  return (
    <div className="space-y-6">
      <FiguresAsOf asOf={figures.asOf} />
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
        <RevenueStats revenue={figures.revenue} />
        <StatCard
          label="Active subscriptions"
          value={<span data-testid="active-count">{count("active")}</span>}
          hint={`${count("trialing")} trialing · ${count("grace")} in grace`}
        />
        <StatCard
          label="Pending approvals"
          value={<span data-testid="pending-count">{figures.approvals?.total ?? "—"}</span>}
          hint={figures.approvals ? "Requests waiting for a decision" : "Your role does not decide requests"}
        />
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card>
          <h2 className="mb-2 font-semibold">Subscriptions by status</h2>
          <StatusChart counts={figures.byStatus} />
        </Card>
        <Card>
          <h2 className="mb-2 font-semibold">New vs ended</h2>
          <MovementChart months={figures.movement} />
        </Card>
      </div>
      <div className="grid gap-4 lg:grid-cols-3">
        <TrialsPanel trials={figures.trials} />
        <NearQuotaPanel keys={figures.nearQuota} />
        {figures.approvals && <ApprovalsPanel approvals={figures.approvals} />}
      </div>
      <ActivityPanel activity={figures.activity} auditLog={auditLog} />
    </div>
  );
}
