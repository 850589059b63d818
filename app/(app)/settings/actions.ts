"use server";

import { z } from "zod";
import { action } from "@/lib/actions/action";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { listApiKeys } from "@/lib/api-keys/list-api-keys";
import { revokeApiKey } from "@/lib/api-keys/revoke-api-key";
import { apiKeyFormSchema } from "@/lib/api-keys/schemas";

export const listApiKeysAction = action(z.object({}), ({ actor }) => listApiKeys({ actor }));

export const createApiKeyAction = action(apiKeyFormSchema, ({ actor, input }) =>
  createApiKey({ actor, input }),
);

export const revokeApiKeyAction = action(z.object({ id: z.uuid() }), ({ actor, input }) =>
  revokeApiKey({ actor, id: input.id }),
);
