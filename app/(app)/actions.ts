"use server";

import { z } from "zod";
import { action } from "@/lib/actions/action";
import { switchOrganization } from "@/lib/auth/switch-organization";
import { uuid } from "@/lib/input/identifiers";

/** Switches the organization the user acts in; lib/auth decides which ones they may. */
export const switchOrganizationAction = action(
  { route: z.object({ organizationId: uuid() }) },
  ({ actor, route }) => switchOrganization({ actor, organizationId: route.organizationId }),
  { revalidate: ["/"] },
);
