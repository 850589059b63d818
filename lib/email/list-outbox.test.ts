import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/open";
import { emailOutbox, type MembershipRole } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { makeOrganizationWithOwner, makePlatformAdmin, userActor } from "@/lib/testing/factories";
import { countOutbox, listOutbox } from "./list-outbox";
import type { OutboxStatus } from "./outbox-schemas";

/** A recipient domain of the test's own, so its search sees only the mail the test wrote. */
const mailbox = () => `${randomUUID().slice(0, 8)}.outbox.example`;

type Email = typeof emailOutbox.$inferInsert;
const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 12, minute));

/** One row per status, the way queueEmail and the delivery job leave them. */
const asStatus: Record<OutboxStatus, Partial<Email>> = {
  outbox: { transport: "outbox" },
  sending: { transport: "smtp", nextAttemptOn: at(59) },
  retrying: { transport: "smtp", attempts: 1, error: "421 try later", nextAttemptOn: at(59) },
  sent: { transport: "smtp", attempts: 1, sentOn: at(30) },
  failed: { transport: "smtp", attempts: 5, error: "550 no such user" },
};

async function write(emails: Partial<Email>[], domain: string) {
  const db = await getDb();
  return db
    .insert(emailOutbox)
    .values(
      emails.map((e, i) => ({
        to: `person${i}@${domain}`,
        subject: `Message ${i}`,
        text: `Body ${i}`,
        transport: "outbox" as const,
        ...e,
      })),
    )
    .returning();
}

/** Every page of a query, followed by its cursors. */
async function allPages(actor: Actor, query: Record<string, unknown>) {
  const pages: string[][] = [];
  let cursor: string | undefined;
  do {
    const page = await listOutbox({ actor, query: { ...query, cursor } });
    pages.push(page.items.map((e) => e.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return pages;
}

describe("the outbox list", () => {
  it("pages newest first, or oldest first, through ties without gaps or repeats", async () => {
    const admin = await makePlatformAdmin();
    const domain = mailbox();
    // Three share one instant: only the id orders them, and a page boundary falls among them.
    const rows = await write(
      [1, 2, 2, 2, 3, 4, 5].map((m) => ({ createdOn: at(m) })),
      domain,
    );
    const newestFirst = [...rows]
      .sort((a, b) => b.createdOn.getTime() - a.createdOn.getTime() || (a.id < b.id ? 1 : -1))
      .map((r) => r.id);

    const pages = await allPages(admin, { to: domain, limit: 2 });
    expect(pages.map((p) => p.length)).toEqual([2, 2, 2, 1]);
    expect(pages.flat()).toEqual(newestFirst);
    const oldest = await allPages(admin, { to: domain, limit: 3, direction: "asc" });
    expect(oldest.flat()).toEqual([...newestFirst].reverse());
  });

  it("counts what its filters match, and filters by recipient literally", async () => {
    const admin = await makePlatformAdmin();
    const domain = mailbox();
    await write([{}, {}, {}], domain);
    expect(await countOutbox({ actor: admin, filter: { to: domain } })).toEqual({
      count: 3,
      estimated: false,
    });
    expect(await countOutbox({ actor: admin, filter: { to: `person1@${domain}` } })).toMatchObject({
      count: 1,
    });
    // LIKE's wildcards in the search are text, not patterns.
    const wildcard = await listOutbox({ actor: admin, query: { to: `person_@${domain}` } });
    expect(wildcard.items).toEqual([]);
    expect(await countOutbox({ actor: admin, filter: { to: `%@${domain}` } })).toMatchObject({ count: 0 });
  });

  it("tells each status apart and filters by it", async () => {
    const admin = await makePlatformAdmin();
    const domain = mailbox();
    const statuses = Object.keys(asStatus) as OutboxStatus[];
    const rows = await write(
      statuses.map((s) => asStatus[s]),
      domain,
    );
    const all = await listOutbox({ actor: admin, query: { to: domain } });
    expect(new Map(all.items.map((e) => [e.id, e.status]))).toEqual(
      new Map(rows.map((r, i) => [r.id, statuses[i]])),
    );
    for (const [i, status] of statuses.entries()) {
      const page = await listOutbox({ actor: admin, query: { to: domain, status } });
      expect(
        page.items.map((e) => e.id),
        status,
      ).toEqual([rows[i]!.id]);
      expect(await countOutbox({ actor: admin, filter: { to: domain, status } })).toMatchObject({ count: 1 });
    }
    const failed = all.items.find((e) => e.status === "failed")!;
    expect(failed).toMatchObject({ error: "550 no such user", attempts: 5, sentOn: null });
  });

  it.each<MembershipRole>(["owner", "admin", "approver", "member"])(
    "is closed to an organization's %s",
    async (role) => {
      const { organization, user } = await makeOrganizationWithOwner();
      const actor = userActor(user.id, organization.id, role);
      await expect(listOutbox({ actor, query: {} })).rejects.toMatchObject({ code: "forbidden" });
      await expect(countOutbox({ actor, filter: {} })).rejects.toMatchObject({ code: "forbidden" });
    },
  );

  it("refuses a forged cursor and an unknown status as field errors", async () => {
    const admin = await makePlatformAdmin();
    await expect(listOutbox({ actor: admin, query: { cursor: "garbage" } })).rejects.toMatchObject({
      code: "invalid_input",
      invalidFields: [{ name: "cursor", reason: expect.any(String) }],
    });
    await expect(countOutbox({ actor: admin, filter: { status: "lost" } })).rejects.toMatchObject({
      code: "invalid_input",
      invalidFields: [{ name: "status", reason: expect.any(String) }],
    });
  });
});
