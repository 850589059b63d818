import { z } from "zod";
import { membershipRoles } from "@/lib/auth/permissions";
import { emailSchema } from "@/lib/input/identifiers";
import { line } from "@/lib/input/text";
import { linkTokenSchema } from "@/lib/signup/schemas";
import { passwordSchema } from "@/lib/users/schemas";

export const roleSchema = z.enum(membershipRoles, { error: "must be owner, admin, approver or member" });

export const inviteMemberSchema = z.object({ email: emailSchema, role: roleSchema });
export type InviteMemberInput = z.input<typeof inviteMemberSchema>;

export const changeRoleSchema = z.object({ role: roleSchema });

/** Accepting as a new person needs a name and password; a signed-in invitee needs neither. */
export const acceptInvitationSchema = z.object({
  token: linkTokenSchema,
  name: line(120, { min: 1 }).optional(),
  password: passwordSchema.optional(),
});
export type AcceptInvitationInput = z.input<typeof acceptInvitationSchema>;

export const memberSchema = z.object({
  membershipId: z.uuid(),
  userId: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  userStatus: z.enum(["active", "disabled"]),
  userChangeSequence: z.number().int(),
  joinedOn: z.string(),
});
export type MemberView = z.infer<typeof memberSchema>;

export const invitationSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  role: roleSchema,
  expiresOn: z.string(),
  createdOn: z.string(),
});
export type InvitationView = z.infer<typeof invitationSchema>;

export const memberListSchema = z.object({
  members: z.array(memberSchema),
  invitations: z.array(invitationSchema),
});
export type MemberList = z.infer<typeof memberListSchema>;
