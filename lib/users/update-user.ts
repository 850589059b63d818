import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/open";
import { users } from "@/db/schema";
import { authorize, type Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { updateVersioned } from "@/lib/change-sequence";
import { AppError, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { presentUser } from "./present-user";
import { updateUserSchema, type UserView } from "./schemas";

/**
 * Platform admins rename, disable or re-enable users and grant platform rights. A disabled
 * user is refused on their very next request: sessions re-read the status every time.
 */
export async function updateUser({
  actor,
  userId,
  input,
}: {
  actor: Actor;
  userId: string;
  input: unknown;
}): Promise<UserView> {
  authorize(actor, "platform.users.manage");
  const { changeSequence, ...values } = parseInput(updateUserSchema, input);
  if (actor.userId === userId && (values.status === "disabled" || values.platformAdmin === false)) {
    throw new AppError("forbidden", "You cannot disable yourself or remove your own platform rights.");
  }
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(users).where(eq(users.id, userId));
    if (!before) throw notFound("user");
    const after = await updateVersioned(tx, users, { id: userId, changeSequence, values, what: "user" });
    const action =
      values.status && values.status !== before.status
        ? `user.${values.status === "disabled" ? "disable" : "enable"}`
        : "user.update";
    await recordAuditEvent(tx, actor, { action, objectType: "user", objectId: userId, before, after });
    return presentUser(after);
  });
}
