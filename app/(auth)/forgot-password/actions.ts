"use server";

import { headers } from "next/headers";
import { publicAction } from "@/lib/actions/action";
import { clientAddress } from "@/lib/http/client-address";
import { requestPasswordReset, resetPassword } from "@/lib/signup/password-reset";
import { passwordResetRequestSchema, passwordResetSchema } from "@/lib/signup/schemas";

export const requestPasswordResetAction = publicAction(passwordResetRequestSchema, async ({ input }) =>
  requestPasswordReset({ input, clientAddress: clientAddress(await headers()) }),
);

export const resetPasswordAction = publicAction(passwordResetSchema, ({ input }) => resetPassword({ input }));
