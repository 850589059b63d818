import { describe, expect, it } from "vitest";
import { userActor } from "@/lib/testing/factories";
import { seesInternalOrganizationFields } from "./internal-fields";

describe("internal organization fields", () => {
  it("are for platform admins, not for an organization's own owner or members", () => {
    const organizationId = "00000000-0000-4000-8000-000000000001";
    expect(seesInternalOrganizationFields(userActor("u1", organizationId, "owner"))).toBe(false);
    expect(seesInternalOrganizationFields(userActor("u2", organizationId, "member"))).toBe(false);
    expect(seesInternalOrganizationFields({ ...userActor("u3", null, null), platformAdmin: true })).toBe(
      true,
    );
  });
});
