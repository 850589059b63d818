import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { getDb } from "@/db/open";
import { users, type User } from "@/db/schema";
import { authorize, type Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { hashPassword } from "./password";
import { presentUser } from "./present-user";
import { createUserSchema, type CreateUserInput, type UserView } from "./schemas";

export const emailTaken = () =>
  new AppError("conflict", "A user with this email already exists.", {
    invalidFields: [{ name: "email", reason: "is already registered" }],
  });

/** Inserts a user inside the caller's transaction, audited. */
export async function insertUser(tx: Executor, actor: Actor, input: CreateUserInput): Promise<User> {
  const data = createUserSchema.parse(input);
  const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, data.email));
  if (existing) throw emailTaken();
  const [user] = await tx
    .insert(users)
    .values({
      email: data.email,
      name: data.name,
      passwordHash: await hashPassword(data.password),
      platformAdmin: data.platformAdmin,
    })
    .returning();
  await recordAuditEvent(tx, actor, {
    action: "user.create",
    objectType: "user",
    objectId: user!.id,
    after: user,
  });
  return user!;
}

/** Platform admins create user accounts (operators, test fixtures, support). */
export async function createUser({ actor, input }: { actor: Actor; input: unknown }): Promise<UserView> {
  authorize(actor, "platform.users.manage");
  const data = parseInput(createUserSchema, input);
  const db = await getDb();
  const user = await db.transaction((tx) => insertUser(tx, actor, data));
  return presentUser(user);
}
