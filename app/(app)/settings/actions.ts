"use server";

import { z } from "zod";
import { action } from "@/lib/actions/action";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { listApiKeys } from "@/lib/api-keys/list-api-keys";
import { revokeApiKey } from "@/lib/api-keys/revoke-api-key";
import { createApiKeySchema } from "@/lib/api-keys/schemas";

// Organization keys only: the settings page always works in the actor's own organization.
const createOrganizationKeySchema = createApiKeySchema.pick({ name: true });

export const listApiKeysAction = action(z.object({}), ({ actor }) => listApiKeys({ actor }));

export const createApiKeyAction = action(createOrganizationKeySchema, ({ actor, input }) =>
  createApiKey({ actor, input }),
);

export const revokeApiKeyAction = action(z.object({ id: z.uuid() }), ({ actor, input }) =>
  revokeApiKey({ actor, id: input.id }),
);
