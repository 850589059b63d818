"use server";

import { publicAction } from "@/lib/actions/action";
import { acceptInvitation } from "@/lib/members/accept-invitation";
import { acceptInvitationSchema } from "@/lib/members/schemas";

export const acceptInvitationAction = publicAction({ payload: acceptInvitationSchema }, ({ actor, input }) =>
  acceptInvitation({ actor, input }),
);
