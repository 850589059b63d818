import { describe, expect, it } from "vitest";
import { inviteMember } from "@/lib/members/invite-member";
import { updateOrganization } from "@/lib/organizations/update-organization";
import { getOrganization } from "@/lib/organizations/get-organization";
import { lastEmailTo, makeOrganizationWithOwner } from "@/lib/testing/factories";
import { quoted, quotedMaxLength } from "./quoted";
import { emails } from "./templates";

const link = "https://subdesk.example/invitations/abc123";
const hostile = `Acme\r\nBcc: all@victim.example\n\nhttps://evil.example/win ${"x".repeat(500)}`;

/** Every http(s) address a mail client could turn into a link. */
const links = (text: string) => text.match(/https?:\/\/\S+/g) ?? [];

describe("emails quote what users typed as data", () => {
  it("keep a hostile name on one quoted, truncated line with no link in it", () => {
    const line = quoted(hostile);
    expect(line).toMatch(/^"Acme Bcc: all@victim\.example https\[:\]\/\/evil\.example\/win x+…"$/);
    expect(line).toMatch(/…"$/);
    expect([...line]).toHaveLength(quotedMaxLength + 2);
    expect(line).not.toMatch(/[\r\n\u2028\u2029\u202e]/);
    expect(quoted("Zoë \u202eevil\u200b Ltd")).toBe('"Zoë evil Ltd"');
    expect(quoted('Say "hi"')).toBe(`"Say 'hi'"`);
  });

  it("keep the invitation's subject on one line and its only link the invitation's", () => {
    const message = emails.invitation("to@x.example", hostile, `${hostile} (sdk_ABCDEFGH)`, "admin", link);
    expect(message.subject).not.toMatch(/[\r\n]/);
    expect(message.subject.length).toBeLessThan(80);
    expect(links(message.text)).toEqual([link]);
    const quotedLines = message.text.split("\n").filter((l) => l.trim().startsWith('"'));
    expect(quotedLines).toHaveLength(2);
    for (const l of quotedLines) expect(l.trim()).toBe(quoted(hostile));
    expect(message.text).not.toContain("x".repeat(100));
  });

  it("do the same for the name in a verification email", () => {
    const message = emails.verifyEmail(
      "to@x.example",
      hostile,
      "https://subdesk.example/verify-email?token=t",
    );
    expect(links(message.text)).toEqual(["https://subdesk.example/verify-email?token=t"]);
    expect(message.text).toContain(`    ${quoted(hostile)}\n`);
  });

  it("carry an organization's name that way when its owner invites someone", async () => {
    const { organization, owner } = await makeOrganizationWithOwner();
    const name = `Visit https://evil.example/login now ${"y".repeat(70)}`;
    await updateOrganization({
      actor: owner,
      id: organization.id,
      input: { ...(await getOrganization({ actor: owner, id: organization.id })), name },
    });
    const email = `hostile-${organization.slug}@test.example`;
    await inviteMember({ actor: owner, organizationId: organization.id, input: { email, role: "member" } });
    const sent = (await lastEmailTo(email))!;
    expect(links(sent.text)).toHaveLength(1);
    expect(links(sent.text)[0]).toMatch(/\/invitations\//);
    expect(sent.text).toContain(`\n    ${quoted(name)}\n`);
    expect(sent.subject).toBe(`Invitation to join ${quoted(name, 40)} on Subdesk`);
  });
});
