import "server-only";
import { dashboardSummaryJob } from "@/lib/dashboard/summary/summary-job";
import { deliverEmailsJob, sendDueEmailsJob } from "@/lib/email/deliver-emails";
import { purgeIdempotencyRecordsJob } from "@/lib/idempotency/purge-expired-idempotency-records";
import { purgeInvitationsJob } from "@/lib/members/purge-expired-invitations";
import { trialExpiryNoticesJob } from "@/lib/product-keys/jobs/trial-expiry-notices";
import { purgeRateLimitsJob } from "@/lib/rate-limit/purge-job";
import { purgeAuthTokensJob } from "@/lib/signup/purge-expired-auth-tokens";
import { subscriptionsTickJob } from "@/lib/subscriptions/jobs/subscriptions-tick";
import type { JobDefinition } from "./define-job";

/**
 * Every job the runner works. A job is defined next to its domain (`defineJob` in
 * lib/<domain>/…) and listed here; the runner creates its queue, works it, and keeps its cron
 * schedule (a job without `cron` loses any schedule it had).
 */
export const registeredJobs: readonly JobDefinition[] = [
  deliverEmailsJob,
  sendDueEmailsJob,
  purgeIdempotencyRecordsJob,
  purgeAuthTokensJob,
  purgeInvitationsJob,
  subscriptionsTickJob,
  purgeRateLimitsJob,
  trialExpiryNoticesJob,
  dashboardSummaryJob,
];
