import { apiRoute, endpoint } from "@/lib/http/api-route";
import { createUser } from "@/lib/users/create-user";
import { createUserOperation } from "@/lib/users/operations";

export const { GET, POST, PUT, PATCH, DELETE } = apiRoute({
  POST: endpoint(createUserOperation, ({ actor, body }) => createUser({ actor, input: body })),
});
