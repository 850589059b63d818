import type { Metadata } from "next";
import Link from "next/link";
import { Card, PageHeader } from "@/components/ui/card";
import { requireSessionActor } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Your account" };

/** Who is signed in and where they belong: the shell and one read, nothing else. */
export default async function AccountPage() {
  const actor = await requireSessionActor();
  return (
    <>
      <PageHeader title="Your account" description={actor.email} />
      <Card>
        <h2 className="font-medium">{actor.name}</h2>
        {actor.platformAdmin && <p className="mt-1 text-sm">Platform admin</p>}
        <ul className="mt-3 space-y-1 text-sm">
          {actor.memberships.map((membership) => (
            <li key={membership.organizationId}>
              {membership.organizationName} · {membership.role}
            </li>
          ))}
        </ul>
        <p className="mt-4 text-sm">
          <Link href="/sign-out" className="underline">
            Sign out
          </Link>
        </p>
      </Card>
    </>
  );
}
