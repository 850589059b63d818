import { z } from "zod";

export const healthSchema = z.object({
  status: z.literal("ok"),
  database: z.object({
    status: z.literal("ok"),
    driver: z.enum(["pglite", "postgres"]),
    latencyMs: z.number().int(),
  }),
});
export type HealthView = z.infer<typeof healthSchema>;
