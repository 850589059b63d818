import { defineOperation } from "@/lib/http/operation";
import { healthSchema } from "./schemas";

export const healthOperation = defineOperation({
  method: "GET",
  path: "/api/health",
  tag: "System",
  auth: "none",
  summary: "Health check",
  description: "200 when the server and its database answer; 503 problem+json otherwise.",
  result: healthSchema,
});
