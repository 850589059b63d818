import type { User } from "@/db/schema";
import type { UserView } from "./schemas";

/** The public shape of a user: never the password hash. */
export function presentUser(user: User): UserView {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    status: user.status,
    platformAdmin: user.platformAdmin,
    emailVerifiedOn: user.emailVerifiedOn?.toISOString() ?? null,
    lastSignInOn: user.lastSignInOn?.toISOString() ?? null,
    changeSequence: user.changeSequence,
    createdOn: user.createdOn.toISOString(),
    updatedOn: user.updatedOn.toISOString(),
  };
}
