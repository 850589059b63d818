import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { getDb } from "@/db/open";
import { users, type User } from "@/db/schema";
import { authorize, type Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { hashPassword } from "./password";
import { presentUser } from "./present-user";
import { createUserSchema, type CreateUserInput, type UserView } from "./schemas";

export const emailTaken = () =>
  new AppError("conflict", "A user with this email already exists.", {
    invalidFields: [{ name: "email", reason: "is already registered" }],
  });

/**
 * Inserts a user inside the caller's transaction, audited. Every caller says whether the email
 * is proved: a user who signed up themselves proves it with the emailed link first.
 */
export async function insertUser(
  tx: Executor,
  actor: Actor,
  input: CreateUserInput,
  {
    emailVerified,
    passwordHash,
  }: {
    emailVerified: boolean;
    /** `input.password` hashed already: sign-up hashes before it knows whether the email is new. */
    passwordHash?: string;
  },
): Promise<User> {
  const data = createUserSchema.parse(input);
  const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, data.email));
  if (existing) throw emailTaken();
  const [user] = await tx
    .insert(users)
    .values({
      email: data.email,
      name: data.name,
      passwordHash: passwordHash ?? (await hashPassword(data.password)),
      platformAdmin: data.platformAdmin,
      emailVerifiedOn: emailVerified ? now() : null,
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

/**
 * An account opened without a password (for a product key's owner, who has none) until its
 * owner follows their invitation: they choose a name and password, which proves the email.
 */
export async function openAccountWithoutPassword(
  tx: Executor,
  actor: Actor,
  { email, name }: { email: string; name: string },
): Promise<User> {
  const [user] = await tx.insert(users).values({ email, name, passwordHash: null }).returning();
  await recordAuditEvent(tx, actor, {
    action: "user.create",
    objectType: "user",
    objectId: user!.id,
    after: user,
  });
  return user!;
}

/** Completes an account opened without a password: its owner's name and password, email proved. */
export async function completeAccount(
  tx: Executor,
  actor: Actor,
  userId: string,
  { name, password }: { name: string; password: string },
): Promise<User> {
  const [user] = await tx
    .update(users)
    .set({ name, passwordHash: await hashPassword(password), emailVerifiedOn: now(), updatedOn: now() })
    .where(and(eq(users.id, userId), isNull(users.passwordHash)))
    .returning();
  if (!user) throw emailTaken();
  await recordAuditEvent(tx, actor, { action: "user.complete", objectType: "user", objectId: userId });
  return user;
}

/**
 * Platform admins create user accounts (operators, test fixtures, support). The admin vouches
 * for the address, so the account counts as verified: it was not opened by a stranger.
 */
export async function createUser({ actor, input }: { actor: Actor; input: unknown }): Promise<UserView> {
  authorize(actor, "platform.users.manage");
  const data = parseInput(createUserSchema, input);
  const db = await getDb();
  const user = await db.transaction((tx) => insertUser(tx, actor, data, { emailVerified: true }));
  return presentUser(user);
}
