import { randomUUID } from "node:crypto";
import { desc, eq } from "drizzle-orm";
import { getDb } from "@/db/open";
import {
  emailOutbox,
  memberships,
  organizations,
  users,
  type MembershipRole,
  type OrganizationStatus,
} from "@/db/schema";
import { systemActor, type Actor } from "@/lib/auth/actor";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { searchTextOf } from "@/lib/organizations/organization-values";
import { createUser } from "@/lib/users/create-user";

export const testPassword = "correct horse battery";

const unique = () => randomUUID().slice(0, 8);

/**
 * A user with a unique email; the password is `testPassword`. Verified, as a platform admin
 * creates them, unless `emailVerified: false` (an account that signed itself up and never verified).
 */
export async function makeUser({
  emailVerified = true,
  ...overrides
}: { platformAdmin?: boolean; emailVerified?: boolean } = {}) {
  const id = unique();
  const user = await createUser({
    actor: systemActor(),
    input: { email: `user-${id}@test.example`, name: `User ${id}`, password: testPassword, ...overrides },
  });
  if (emailVerified) return user;
  const db = await getDb();
  await db.update(users).set({ emailVerifiedOn: null }).where(eq(users.id, user.id));
  return { ...user, emailVerifiedOn: null };
}

/**
 * An organization with a unique slug, searchable as the domain's own writes keep it; active
 * unless told otherwise.
 */
export async function makeOrganization(
  values: {
    name?: string;
    provider?: boolean;
    organizationStatus?: OrganizationStatus;
    publicAccess?: boolean;
  } = {},
) {
  const id = unique();
  const { name = `Org ${id}`, ...rest } = values;
  const slug = `org-${id}`;
  const db = await getDb();
  const [organization] = await db
    .insert(organizations)
    .values({ slug, name, searchText: searchTextOf({ name, slug, description: "" }), ...rest })
    .returning();
  return organization!;
}

export async function addMember(organizationId: string, userId: string, role: MembershipRole) {
  const db = await getDb();
  await db.insert(memberships).values({ organizationId, userId, role });
}

/**
 * The actor a signed-in user with this role in this organization would be: verified, in an
 * active organization, unless `state` says otherwise.
 */
export function userActor(
  userId: string,
  organizationId: string | null,
  role: MembershipRole | null,
  state: { organizationStatus?: OrganizationStatus; emailVerified?: boolean } = {},
): Actor {
  return {
    kind: "user",
    userId,
    apiKeyId: null,
    label: `user ${userId}`,
    platformAdmin: false,
    organizationId,
    role,
    organizationStatus: organizationId ? (state.organizationStatus ?? "active") : null,
    emailVerified: state.emailVerified ?? true,
    correlationId: null,
  };
}

export async function makeOrganizationKey(organizationId: string) {
  return createApiKey({ actor: systemActor(), input: { name: `key ${unique()}`, organizationId } });
}

export async function makePlatformKey() {
  return createApiKey({ actor: systemActor(), input: { name: `platform ${unique()}`, platform: true } });
}

/** An organization with an owner, and the owner's actor. */
export async function makeOrganizationWithOwner(values: Parameters<typeof makeOrganization>[0] = {}) {
  const organization = await makeOrganization(values);
  const user = await makeUser();
  await addMember(organization.id, user.id, "owner");
  return {
    organization,
    user,
    owner: { ...userActor(user.id, organization.id, "owner"), label: user.email },
  };
}

/** A platform admin user's actor (not the system: support-access rules apply to it). */
export async function makePlatformAdmin(): Promise<Actor> {
  const user = await makeUser({ platformAdmin: true });
  return { ...userActor(user.id, null, null), platformAdmin: true, label: user.email };
}

/** The newest email sent to an address, from the outbox. */
export async function lastEmailTo(to: string) {
  const db = await getDb();
  const [email] = await db
    .select()
    .from(emailOutbox)
    .where(eq(emailOutbox.to, to))
    .orderBy(desc(emailOutbox.createdOn))
    .limit(1);
  return email;
}

/** The first link in a text that goes to `path`, e.g. "/verify-email". */
export function linkIn(text: string, path: string): URL {
  const match = new RegExp(`https?://\\S+${path.replace(/[/?]/g, "\\$&")}\\S*`).exec(text);
  if (!match) throw new Error(`No ${path} link in:\n${text}`);
  return new URL(match[0]);
}

/** A provider organization with an owner, ready to publish to the catalog. */
export async function makeProvider() {
  return makeOrganizationWithOwner({ provider: true });
}
