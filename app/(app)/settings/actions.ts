"use server";

import { z } from "zod";
import { action } from "@/lib/actions/action";
import { uuid } from "@/lib/input/identifiers";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { listApiKeys } from "@/lib/api-keys/list-api-keys";
import { revokeApiKey } from "@/lib/api-keys/revoke-api-key";
import { apiKeyFormSchema } from "@/lib/api-keys/schemas";

export const listApiKeysAction = action({}, ({ actor }) => listApiKeys({ actor }));

// The domain validates the key's fields (and refuses a platform key to anyone but a platform admin).
export const createApiKeyAction = action({ payload: apiKeyFormSchema }, ({ actor, input }) =>
  createApiKey({ actor, input }),
);

export const revokeApiKeyAction = action({ route: z.object({ id: uuid() }) }, ({ actor, route }) =>
  revokeApiKey({ actor, id: route.id }),
);
