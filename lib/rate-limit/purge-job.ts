import "server-only";
import { z } from "zod";
import { defineJob } from "@/lib/jobs/define-job";
import { purgeExpiredRateLimits } from "./counter-store";

/** Every ten minutes: counters pile up one per client and window, so they go soon after expiring. */
export const purgeRateLimitsJob = defineJob({
  name: "rate-limits.purge-expired",
  input: z.object({}),
  cron: "*/10 * * * *",
  run: async () => ({ deleted: await purgeExpiredRateLimits() }),
});
