import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/open";
import { users } from "@/db/schema";
import { authorize, type Actor } from "@/lib/auth/actor";
import { notFound } from "@/lib/errors";
import { presentUser } from "./present-user";
import type { UserView } from "./schemas";

export async function getUser({ actor, userId }: { actor: Actor; userId: string }): Promise<UserView> {
  authorize(actor, "platform.users.manage");
  const db = await getDb();
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user) throw notFound("user");
  return presentUser(user);
}
