"use server";

import { headers } from "next/headers";
import { action, publicAction } from "@/lib/actions/action";
import { clientAddress } from "@/lib/http/client-address";
import { resendVerificationEmail, resendVerificationFromLink } from "@/lib/signup/resend-verification";
import { tokenSchema } from "@/lib/signup/schemas";
import { verifyEmail } from "@/lib/signup/verify-email";

export const verifyEmailAction = publicAction({ payload: tokenSchema }, ({ input }) =>
  verifyEmail({ input }),
);

/** From a used or expired link: the link says whose email it was. */
export const resendFromLinkAction = publicAction({ payload: tokenSchema }, async ({ input }) =>
  resendVerificationFromLink({ input, clientAddress: clientAddress(await headers()) }),
);

/** For the signed-in user who has not verified yet (the app's banner). */
export const resendVerificationAction = action({}, async ({ actor }) =>
  resendVerificationEmail({ actor, clientAddress: clientAddress(await headers()) }),
);
