import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/open";
import { users } from "@/db/schema";
import { verifyPassword } from "./password";
import { signInSchema } from "./schemas";

/**
 * Checks an email and password. Unknown email, wrong password and disabled account all
 * answer null, in the same time, so a caller cannot tell which one it was.
 */
export async function verifyCredentials(
  input: unknown,
): Promise<{ id: string; email: string; name: string } | null> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return null;
  const db = await getDb();
  const [user] = await db.select().from(users).where(eq(users.email, parsed.data.email));
  const passwordMatches = await verifyPassword(user?.passwordHash ?? null, parsed.data.password);
  if (!user || !passwordMatches || user.status !== "active") return null;
  await db.update(users).set({ lastSignInOn: new Date() }).where(eq(users.id, user.id));
  return { id: user.id, email: user.email, name: user.name };
}
