import type { CustomerDashboard as Figures } from "@/lib/dashboard/get-dashboard";
import { ActivityPanel } from "./activity-panel";
import { KeyUsagePanel } from "./key-usage-panel";
import { RenewalsPanel } from "./renewals-panel";
import { RequestsPanel } from "./requests-panel";

/** The customer portal's home: what it subscribes to and when, its keys' usage, its open requests. */
export function CustomerDashboard({ figures, auditLog }: { figures: Figures; auditLog: boolean }) {
  return (
    <div className="space-y-6">
      <div className="grid gap-4 lg:grid-cols-2">
        <RenewalsPanel renewals={figures.renewals} />
        <KeyUsagePanel keys={figures.keys} />
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <RequestsPanel requests={figures.requests} />
        <ActivityPanel activity={figures.activity} auditLog={auditLog} />
      </div>
    </div>
  );
}
