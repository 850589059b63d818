"use server";

import { z } from "zod";
import { action } from "@/lib/actions/action";
import { uuid } from "@/lib/input/identifiers";
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
import { updateUserSchema } from "@/lib/users/schemas";
import { updateUser } from "@/lib/users/update-user";

// Every export here is a public endpoint: each one goes through action(), and the domain
// function it calls checks who may do it in which organization and validates the payload;
// `route` holds only the ids an action reads itself.

const organizationRoute = z.object({ organizationId: uuid() });

export const createOrganizationAction = action({ payload: createOrganizationSchema }, ({ actor, input }) =>
  createOrganization({ actor, input }),
);

export const updateOrganizationAction = action(
  { route: organizationRoute, payload: updateOrganizationSchema },
  ({ actor, route, input }) => updateOrganization({ actor, id: route.organizationId, input }),
);

export const changeOrganizationStatusAction = action(
  { route: organizationRoute, payload: statusChangeSchema },
  ({ actor, route, input }) => changeOrganizationStatus({ actor, id: route.organizationId, input }),
);

export const uploadLogoAction = action(
  { route: organizationRoute.extend({ file: z.instanceof(File) }) },
  async ({ actor, route }) =>
    setOrganizationImage({
      actor,
      organizationId: route.organizationId,
      bytes: Buffer.from(await route.file.arrayBuffer()),
    }),
);

export const saveContactAction = action(
  { route: organizationRoute.extend({ contactId: uuid().optional() }), payload: contactSchema },
  ({ actor, route, input }) =>
    saveContact({ actor, organizationId: route.organizationId, contactId: route.contactId, input }),
);

export const deleteContactAction = action(
  { route: organizationRoute.extend({ contactId: uuid() }) },
  ({ actor, route }) => deleteContact({ actor, ...route }),
);

export const inviteMemberAction = action(
  { route: organizationRoute, payload: inviteMemberSchema },
  ({ actor, route, input }) => inviteMember({ actor, organizationId: route.organizationId, input }),
);

export const revokeInvitationAction = action(
  { route: organizationRoute.extend({ invitationId: uuid() }) },
  ({ actor, route }) => revokeInvitation({ actor, ...route }),
);

export const changeMemberRoleAction = action(
  { route: organizationRoute.extend({ membershipId: uuid() }), payload: changeRoleSchema },
  ({ actor, route, input }) =>
    changeMemberRole({
      actor,
      organizationId: route.organizationId,
      membershipId: route.membershipId,
      input,
    }),
);

export const removeMemberAction = action(
  { route: organizationRoute.extend({ membershipId: uuid() }) },
  ({ actor, route }) => removeMember({ actor, ...route }),
);

export const setUserStatusAction = action(
  {
    route: z.object({ userId: uuid() }),
    payload: updateUserSchema.pick({ status: true, changeSequence: true }),
  },
  ({ actor, route, input }) => updateUser({ actor, userId: route.userId, input }),
);
