import { apiRoute, endpoint } from "@/lib/http/api-route";
import { getUser } from "@/lib/users/get-user";
import { getUserOperation, updateUserOperation } from "@/lib/users/operations";
import { updateUser } from "@/lib/users/update-user";

export const { GET, POST, PUT, PATCH, DELETE } = apiRoute({
  GET: endpoint(getUserOperation, ({ actor, params }) => getUser({ actor, userId: params.id })),
  PATCH: endpoint(updateUserOperation, ({ actor, params, body }) =>
    updateUser({ actor, userId: params.id, input: body }),
  ),
});
