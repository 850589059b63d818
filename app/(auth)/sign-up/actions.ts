"use server";

import { headers } from "next/headers";
import { publicAction } from "@/lib/actions/action";
import { clientAddress } from "@/lib/http/client-address";
import { signUpSchema } from "@/lib/signup/schemas";
import { signUp } from "@/lib/signup/sign-up";

export const signUpAction = publicAction({ payload: signUpSchema }, async ({ input }) =>
  signUp({ input, clientAddress: clientAddress(await headers()) }),
);
