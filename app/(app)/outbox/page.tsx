import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { AccessDenied } from "@/components/shell/access-denied";
import { LinkifiedText } from "@/components/shell/linkified-text";
import { Badge } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { can } from "@/lib/auth/actor";
import { requireSessionActor } from "@/lib/auth/session";
import { listOutbox } from "@/lib/email/list-outbox";

export const metadata: Metadata = { title: "Outbox" };

export default async function OutboxPage({ searchParams }: { searchParams: Promise<{ to?: string }> }) {
  const actor = await requireSessionActor();
  if (!can(actor, "platform.outbox.read")) return <AccessDenied title="Outbox" />;
  const { to } = await searchParams;
  const messages = await listOutbox({ actor, to: to?.slice(0, 200) });
  return (
    <>
      <PageHeader
        title="Outbox"
        description="Every email the portal sent. Without SMTP configured, this is where mail lands."
      />
      <form method="get" className="mb-6 flex max-w-md gap-2" aria-label="Filter emails">
        <Input name="to" defaultValue={to ?? ""} placeholder="Recipient contains…" aria-label="Recipient" />
      </form>
      <div className="space-y-4">
        {messages.length === 0 && (
          <EmptyState
            title="No emails"
            description="Every email the portal sends (verifications, invitations, notices) is kept here; none matches this recipient yet."
          />
        )}
        {messages.map((m) => (
          <Card key={m.id}>
            <article aria-label={`Email to ${m.to}: ${m.subject}`}>
              <header className="mb-2 flex flex-wrap items-center justify-between gap-2 text-sm">
                <span>
                  <span className="font-medium">{m.subject}</span> → {m.to}
                </span>
                <span className="flex items-center gap-2 text-zinc-500">
                  {m.createdOn.toISOString().slice(0, 19).replace("T", " ")} UTC
                  {m.transport === "outbox" ? (
                    <Badge>outbox</Badge>
                  ) : m.error ? (
                    <Badge tone="red">failed</Badge>
                  ) : m.sentOn ? (
                    <Badge tone="green">sent</Badge>
                  ) : (
                    <Badge tone="blue">sending</Badge>
                  )}
                </span>
              </header>
              <p className="text-sm">
                <LinkifiedText text={m.text} />
              </p>
              {m.error && <p className="mt-2 text-xs text-red-600">{m.error}</p>}
            </article>
          </Card>
        ))}
      </div>
    </>
  );
}
