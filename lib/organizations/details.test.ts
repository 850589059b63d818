import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/open";
import { organizationImages } from "@/db/schema";
import { addMember, makeOrganizationWithOwner, makeUser, userActor } from "@/lib/testing/factories";
import { deleteContact, listContacts, saveContact } from "./contacts";
import { getOrganization } from "./get-organization";
import { getOrganizationImage, setOrganizationImage } from "./organization-image";

const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(64, 1),
]);

describe("organization logo", () => {
  it("accepts a real image and serves it with its type to the organization's people only", async () => {
    const { organization, owner } = await makeOrganizationWithOwner();
    expect(await setOrganizationImage({ actor: owner, organizationId: organization.id, bytes: png })).toEqual(
      {
        contentType: "image/png",
      },
    );
    expect((await getOrganization({ actor: owner, id: organization.id })).hasImage).toBe(true);
    const image = await getOrganizationImage({ actor: owner, organizationId: organization.id });
    expect(image.contentType).toBe("image/png");
    expect(image.data.equals(png)).toBe(true);
    const stranger = await makeOrganizationWithOwner();
    await expect(
      getOrganizationImage({ actor: stranger.owner, organizationId: organization.id }),
    ).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(
      getOrganizationImage({ actor: null, organizationId: organization.id }),
    ).rejects.toMatchObject({ code: "not_found" });
  });

  it("refuses SVG, text, empty and oversize files, storing nothing", async () => {
    const { organization, owner } = await makeOrganizationWithOwner();
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    for (const bytes of [
      svg,
      Buffer.from("hello"),
      Buffer.alloc(0),
      Buffer.concat([png, Buffer.alloc(600 * 1024)]),
    ]) {
      await expect(
        setOrganizationImage({ actor: owner, organizationId: organization.id, bytes }),
      ).rejects.toMatchObject({
        code: "invalid_input",
        invalidFields: [{ name: "image" }],
      });
    }
    const db = await getDb();
    expect(
      await db
        .select()
        .from(organizationImages)
        .where(eq(organizationImages.organizationId, organization.id)),
    ).toEqual([]);
  });

  it("may be changed by managers only", async () => {
    const { organization } = await makeOrganizationWithOwner();
    const member = await makeUser();
    await addMember(organization.id, member.id, "member");
    await expect(
      setOrganizationImage({
        actor: userActor(member.id, organization.id, "member"),
        organizationId: organization.id,
        bytes: png,
      }),
    ).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("contacts", () => {
  it("keep exactly one default", async () => {
    const { organization, owner } = await makeOrganizationWithOwner();
    const ctx = { actor: owner, organizationId: organization.id };
    const first = await saveContact({ ...ctx, input: { name: "Billing", email: "billing@x.example" } });
    expect(first.isDefault).toBe(true);
    const second = await saveContact({
      ...ctx,
      input: { name: "Tech", email: "tech@x.example", phone: "+44 20 7946 0958", isDefault: true },
    });
    let contacts = await listContacts(ctx);
    expect(contacts.filter((c) => c.isDefault).map((c) => c.id)).toEqual([second.id]);
    await deleteContact({ ...ctx, contactId: second.id });
    contacts = await listContacts(ctx);
    expect(contacts).toEqual([expect.objectContaining({ id: first.id, isDefault: true })]);
  });

  it("validate email and phone", async () => {
    const { organization, owner } = await makeOrganizationWithOwner();
    await expect(
      saveContact({
        actor: owner,
        organizationId: organization.id,
        input: { name: "X", email: "bad", phone: "call me" },
      }),
    ).rejects.toMatchObject({ invalidFields: [{ name: "email" }, { name: "phone" }] });
  });
});
