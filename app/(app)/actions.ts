"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { action } from "@/lib/actions/action";
import { activeOrganizationCookie } from "@/lib/auth/session";
import { notFound } from "@/lib/errors";

/** Switches the organization the user acts in; only organizations they belong to. */
export const switchOrganizationAction = action(
  z.object({ organizationId: z.uuid() }),
  async ({ actor, input }) => {
    if (!actor.memberships.some((m) => m.organizationId === input.organizationId))
      throw notFound("organization");
    (await cookies()).set(activeOrganizationCookie, input.organizationId, {
      httpOnly: true,
      sameSite: "lax",
      secure: process.env.NODE_ENV === "production" && process.env.AUTH_URL?.startsWith("https:"),
      path: "/",
    });
    return { organizationId: input.organizationId };
  },
  { revalidate: ["/"] },
);
