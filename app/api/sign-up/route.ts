import { apiRoute, endpoint } from "@/lib/http/api-route";
import { clientAddress } from "@/lib/http/client-address";
import { signUpOperation } from "@/lib/signup/operations";
import { signUp } from "@/lib/signup/sign-up";

export const { GET, POST, PUT, PATCH, DELETE } = apiRoute({
  POST: endpoint(signUpOperation, ({ body, request }) =>
    signUp({ input: body, clientAddress: clientAddress(request.headers) }),
  ),
});
