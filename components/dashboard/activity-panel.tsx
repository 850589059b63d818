import type { ActivityItem } from "@/lib/dashboard/recent-activity";
import { moment } from "@/components/subscriptions/format";
import { Panel, panelList } from "./panel";

/** The latest events as sentences, with a link to the audit log for everything else. */
export function ActivityPanel({ activity, auditLog }: { activity: ActivityItem[]; auditLog: boolean }) {
  return (
    <Panel
      title="Recent activity"
      href={auditLog ? "/audit" : undefined}
      linkLabel="Audit log"
      empty={!activity.length && "Nothing has happened here yet."}
    >
      <ol className={panelList} data-testid="recent-activity">
        {activity.map((a) => (
          <li key={a.id} className="py-2 first:pt-0 last:pb-0">
            <p className="text-sm">{a.sentence}</p>
            <time dateTime={a.occurredOn.toISOString()} className="text-xs text-zinc-600 dark:text-zinc-400">
              {moment(a.occurredOn)}
            </time>
          </li>
        ))}
      </ol>
    </Panel>
  );
}
