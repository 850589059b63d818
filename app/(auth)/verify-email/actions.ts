"use server";

import { publicAction } from "@/lib/actions/action";
import { tokenSchema } from "@/lib/signup/schemas";
import { verifyEmail } from "@/lib/signup/verify-email";

export const verifyEmailAction = publicAction({ payload: tokenSchema }, ({ input }) =>
  verifyEmail({ input }),
);
