import { describe, expect, it } from "vitest";
import { authorize, can, systemActor, type Actor } from "./actor";
import { membershipRoles, permissions, type Permission } from "./permissions";

const actor = (role: Actor["role"], organizationId: string | null = "org-1"): Actor => ({
  kind: "user",
  userId: "u",
  apiKeyId: null,
  label: "u",
  platformAdmin: false,
  organizationId,
  role,
  organizationStatus: organizationId ? "active" : null,
  emailVerified: true,
  correlationId: null,
});

describe("permissions", () => {
  it("follow the table for every role and action", () => {
    for (const [permission, allowed] of Object.entries(permissions) as [Permission, readonly string[]][]) {
      for (const role of membershipRoles) {
        expect(can(actor(role), permission), `${role} ${permission}`).toBe(allowed.includes(role));
      }
    }
  });

  it("give platform admins everything and users outside any organization nothing", () => {
    expect(can(systemActor(), "platform.users.manage")).toBe(true);
    expect(can(actor(null, null), "organization.read")).toBe(false);
    expect(() => authorize(actor("member"), "apiKeys.manage")).toThrow(/not allowed/);
  });
});
