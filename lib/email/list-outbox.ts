import "server-only";
import { desc, ilike } from "drizzle-orm";
import { getDb } from "@/db/open";
import { emailOutbox, type OutboxEmail } from "@/db/schema";
import { authorize, type Actor } from "@/lib/auth/actor";
import { containing } from "@/lib/sql-like";

/** The newest emails, for platform admins (the demo's mailbox when no SMTP is configured). */
export async function listOutbox({ actor, to }: { actor: Actor; to?: string }): Promise<OutboxEmail[]> {
  authorize(actor, "platform.outbox.read");
  const db = await getDb();
  return db
    .select()
    .from(emailOutbox)
    .where(to ? ilike(emailOutbox.to, containing(to)) : undefined)
    .orderBy(desc(emailOutbox.createdOn))
    .limit(200);
}
