import { defineOperation } from "@/lib/http/operation";
import { actorSchema } from "./schemas";

export const whoAmIOperation = defineOperation({
  method: "GET",
  path: "/api/me",
  tag: "System",
  summary: "Who is calling",
  description:
    "The calling key's organization and role: an organization key acts as an admin of its organization.",
  result: actorSchema,
});
