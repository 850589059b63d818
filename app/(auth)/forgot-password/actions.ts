"use server";

import { headers } from "next/headers";
import { publicAction } from "@/lib/actions/action";
import { clientAddress } from "@/lib/http/client-address";
import { requestPasswordReset, resetPassword } from "@/lib/signup/password-reset";
import { passwordResetRequestSchema, passwordResetSchema } from "@/lib/signup/schemas";

export const requestPasswordResetAction = publicAction(
  { payload: passwordResetRequestSchema },
  async ({ input }) => requestPasswordReset({ input, clientAddress: clientAddress(await headers()) }),
);

export const resetPasswordAction = publicAction({ payload: passwordResetSchema }, ({ input }) =>
  resetPassword({ input }),
);
