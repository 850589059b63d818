import { asc, sql } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { currentDatabase } from "@/db/client";
import { getDb } from "@/db/open";
import { dashboardSummaries } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { advanceClock, setClock } from "@/lib/clock";
import { runJob, type JobDefinition } from "@/lib/jobs/define-job";
import { startJobRunner, type JobRunner } from "@/lib/jobs/job-runner";
import { installJobRunner } from "@/lib/jobs/send-job";
import { pauseSubscription } from "@/lib/subscriptions/pause-resume";
import { makePlatformAdmin } from "@/lib/testing/factories";
import { makeSubscriptionCatalog } from "@/lib/testing/subscription-factories";
import { recurringRevenue } from "../recurring-revenue";
import { subscriptionFigures } from "../subscription-figures";
import { subscriptionMovement } from "../subscription-movement";
import { subscriptionsByStatus } from "../subscriptions-by-status";
import { refreshDashboardSummaries } from "./refresh-summaries";
import { dashboardSummaryJob, refreshDelaySeconds } from "./summary-job";

const today = new Date("2030-03-10T09:00:00Z");
let catalog: Awaited<ReturnType<typeof makeSubscriptionCatalog>>;
let admin: Actor;
let provider: Actor;

/** What the dashboard would count for the actor right now, figure by figure. */
const counted = async (actor: Actor) => ({
  revenue: await recurringRevenue({ actor }),
  byStatus: await subscriptionsByStatus({ actor }),
  movement: await subscriptionMovement({ actor }),
});
const active = async (actor: Actor) =>
  (await subscriptionFigures({ actor })).byStatus.find((s) => s.status === "active")?.count;
const keptRows = async () =>
  (await getDb()).select().from(dashboardSummaries).orderBy(asc(dashboardSummaries.organizationId));

beforeAll(async () => {
  setClock(today);
  catalog = await makeSubscriptionCatalog();
  admin = await makePlatformAdmin();
  provider = catalog.provider.owner;
  await catalog.subscribe();
});

afterEach(() => {
  setClock(today);
  installJobRunner(undefined);
});

describe("the dashboard summary and its job", () => {
  it("before the job has ever run, the dashboard counts live and says no time", async () => {
    for (const actor of [admin, provider]) {
      expect(await subscriptionFigures({ actor })).toEqual({ ...(await counted(actor)), asOf: null });
    }
  });

  it("the job writes the platform's row and each provider's, equal to the live figures; again, the same rows", async () => {
    expect(await runJob(dashboardSummaryJob)).toMatchObject({ computedOn: today.toISOString() });
    const first = await keptRows();
    expect(first.filter((row) => row.organizationId === null)).toHaveLength(1);
    expect(first.map((row) => row.organizationId)).toContain(provider.organizationId);
    for (const actor of [admin, provider]) {
      expect(await subscriptionFigures({ actor })).toEqual({ ...(await counted(actor)), asOf: today });
    }

    await runJob(dashboardSummaryJob);
    expect(await keptRows()).toEqual(first);
    // Overlapping runs (the schedule and a request) take turns: one row per scope still.
    await Promise.all([refreshDashboardSummaries(), refreshDashboardSummaries()]);
    expect(await keptRows()).toEqual(first);
  });

  it("a subscription write asks for a refresh a few seconds on; until it runs the figures are as of the last run", async () => {
    const sent: { name: string; options: unknown }[] = [];
    const recorder: JobRunner = {
      mode: "work",
      send: async (job: JobDefinition<unknown>, _input, options) => {
        sent.push({ name: job.name, options });
        return "queued";
      },
      stop: async () => {},
    };
    installJobRunner(Promise.resolve(recorder));
    await refreshDashboardSummaries();
    const before = await active(provider);

    advanceClock(60_000);
    const subscription = await catalog.subscribe();
    const request = { name: dashboardSummaryJob.name, options: { startAfter: refreshDelaySeconds } };
    expect(sent).toEqual([request]);
    expect(await subscriptionFigures({ actor: provider })).toMatchObject({ asOf: today });
    expect(await active(provider)).toBe(before);

    // What the runner does with the request: the dashboard catches up.
    await runJob(dashboardSummaryJob);
    expect(await active(provider)).toBe(before! + 1);
    expect(await subscriptionFigures({ actor: provider })).toMatchObject({
      asOf: new Date(today.getTime() + 60_000),
    });

    // A change of a subscription asks too (the same path serves every status, plan and terms change).
    sent.length = 0;
    await pauseSubscription({ actor: provider, id: subscription.id, input: {} });
    expect(sent).toEqual([request]);
  });

  it("pg-boss keeps one refresh waiting however many writes ask for one", async () => {
    const runner = await startJobRunner(currentDatabase(), { mode: "send", jobs: [dashboardSummaryJob] });
    try {
      const ask = () => runner.send(dashboardSummaryJob, {}, { startAfter: refreshDelaySeconds });
      expect(await ask()).toEqual(expect.any(String));
      expect(await ask()).toBeNull();
      const db = await getDb();
      const waiting = await db.execute(
        sql`select count(*)::int as n from pgboss.job where name = ${dashboardSummaryJob.name} and state = 'created'`,
      );
      expect((waiting as { rows: unknown[] }).rows).toEqual([{ n: 1 }]);
    } finally {
      await runner.stop(1_000);
    }
  });
});
