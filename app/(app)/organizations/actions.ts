"use server";

import { z } from "zod";
import { action } from "@/lib/actions/action";
import { changeMemberRole, removeMember } from "@/lib/members/change-member";
import { inviteMember, revokeInvitation } from "@/lib/members/invite-member";
import { changeRoleSchema, inviteMemberSchema } from "@/lib/members/schemas";
import { changeOrganizationStatus } from "@/lib/organizations/change-organization-status";
import { contactSchema } from "@/lib/organizations/contact-schemas";
import { deleteContact, saveContact } from "@/lib/organizations/contacts";
import { createOrganization } from "@/lib/organizations/create-organization";
import { setOrganizationImage } from "@/lib/organizations/organization-image";
import {
  createOrganizationSchema,
  statusChangeSchema,
  updateOrganizationSchema,
} from "@/lib/organizations/schemas";
import { updateOrganization } from "@/lib/organizations/update-organization";
import { updateUser } from "@/lib/users/update-user";

// Every export here is a public endpoint: each one goes through action(), and the domain
// function it calls checks who may do it in which organization.

const organizationId = z.object({ organizationId: z.uuid() });

export const createOrganizationAction = action(createOrganizationSchema, ({ actor, input }) =>
  createOrganization({ actor, input }),
);

export const updateOrganizationAction = action(
  updateOrganizationSchema.extend(organizationId.shape),
  ({ actor, input }) => updateOrganization({ actor, id: input.organizationId, input }),
);

export const changeOrganizationStatusAction = action(
  statusChangeSchema.extend(organizationId.shape),
  ({ actor, input }) => changeOrganizationStatus({ actor, id: input.organizationId, input }),
);

export const uploadLogoAction = action(
  organizationId.extend({ file: z.instanceof(File) }),
  async ({ actor, input }) =>
    setOrganizationImage({
      actor,
      organizationId: input.organizationId,
      bytes: Buffer.from(await input.file.arrayBuffer()),
    }),
);

export const saveContactAction = action(
  contactSchema.extend({ ...organizationId.shape, contactId: z.uuid().optional() }),
  ({ actor, input }) =>
    saveContact({ actor, organizationId: input.organizationId, contactId: input.contactId, input }),
);

export const deleteContactAction = action(
  organizationId.extend({ contactId: z.uuid() }),
  ({ actor, input }) => deleteContact({ actor, ...input }),
);

export const inviteMemberAction = action(
  inviteMemberSchema.extend(organizationId.shape),
  ({ actor, input }) => inviteMember({ actor, organizationId: input.organizationId, input }),
);

export const revokeInvitationAction = action(
  organizationId.extend({ invitationId: z.uuid() }),
  ({ actor, input }) => revokeInvitation({ actor, ...input }),
);

export const changeMemberRoleAction = action(
  changeRoleSchema.extend({ ...organizationId.shape, membershipId: z.uuid() }),
  ({ actor, input }) =>
    changeMemberRole({
      actor,
      organizationId: input.organizationId,
      membershipId: input.membershipId,
      input,
    }),
);

export const removeMemberAction = action(
  organizationId.extend({ membershipId: z.uuid() }),
  ({ actor, input }) => removeMember({ actor, ...input }),
);

export const setUserStatusAction = action(
  z.object({ userId: z.uuid(), status: z.enum(["active", "disabled"]), changeSequence: z.number().int() }),
  ({ actor, input }) =>
    updateUser({
      actor,
      userId: input.userId,
      input: { status: input.status, changeSequence: input.changeSequence },
    }),
);
