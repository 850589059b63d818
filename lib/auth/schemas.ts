import { z } from "zod";
import { membershipRoles } from "./permissions";

export const actorSchema = z.object({
  kind: z.enum(["user", "api_key", "system", "visitor"]),
  label: z.string(),
  platformAdmin: z.boolean(),
  organizationId: z.uuid().nullable(),
  role: z.enum(membershipRoles).nullable(),
});
export type ActorView = z.infer<typeof actorSchema>;
