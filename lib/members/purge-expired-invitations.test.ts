import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/open";
import { invitations } from "@/db/schema";
import { advanceClock, setClock } from "@/lib/clock";
import { runJob } from "@/lib/jobs/define-job";
import { makeOrganization } from "@/lib/testing/factories";
import { purgeInvitationsJob } from "./purge-expired-invitations";

afterEach(() => setClock(null));

const day = 24 * 60 * 60_000;

describe("purging expired invitations", () => {
  it("deletes invitations that expired unaccepted, keeps accepted and open ones, and deletes nothing twice", async () => {
    // Years ahead of the database's own clock: a purge that read the system time would keep everything.
    const at = new Date("2042-06-01T12:00:00Z");
    setClock(at);
    const organization = await makeOrganization();
    const db = await getDb();
    const invitation = (
      email: string,
      expiresInMs: number,
      state: { accepted?: boolean; revoked?: boolean } = {},
    ) => ({
      organizationId: organization.id,
      email,
      role: "member" as const,
      tokenHash: `${email}-${organization.id}`,
      expiresOn: new Date(at.getTime() + expiresInMs),
      acceptedOn: state.accepted ? new Date(at.getTime() - 2 * day) : null,
      revokedOn: state.revoked ? new Date(at.getTime() - 2 * day) : null,
    });
    await db
      .insert(invitations)
      .values([
        invitation("expired@test.example", -day),
        invitation("revoked-expired@test.example", -1, { revoked: true }),
        invitation("accepted-expired@test.example", -day, { accepted: true }),
        invitation("open@test.example", day),
        invitation("revoked-open@test.example", day, { revoked: true }),
      ]);
    const left = async () =>
      (await db.select().from(invitations).where(eq(invitations.organizationId, organization.id)))
        .map((i) => i.email)
        .sort();

    expect(await runJob(purgeInvitationsJob)).toEqual({ deleted: 2 });
    const kept = ["accepted-expired@test.example", "open@test.example", "revoked-open@test.example"];
    expect(await left()).toEqual(kept);
    expect(await runJob(purgeInvitationsJob)).toEqual({ deleted: 0 });
    expect(await left()).toEqual(kept);

    advanceClock(day);
    await runJob(purgeInvitationsJob);
    expect(await left()).toEqual(["accepted-expired@test.example"]);
  });
});
