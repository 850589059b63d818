/**
 * Several server processes on one port (`--workers N` or WEB_CONCURRENCY): Node runs a page's
 * JavaScript on one core, so one process leaves the machine's other cores idle while it is the
 * bottleneck. The primary only forks and supervises; each worker is the whole server of
 * scripts/server.ts, and Node's cluster module hands each new connection to the next worker.
 *
 * Only on PostgreSQL: the embedded database belongs to one process (db/pglite-lock.ts).
 * Only the first worker works background jobs (the others queue them, as JOBS_IN_APP=false
 * does), so one process's share of the machine goes to jobs, as with a single server.
 */
import cluster, { type Worker } from "node:cluster";

/**
 * Node flags for a production server, as `npm start` passes them (and the e2e suite and the
 * benchmarks, which start servers themselves): a 64 MB young generation instead of 16 MB. A
 * page render allocates a few MB that die young; with the default, scavenges took ~9% of a
 * server's CPU under load, ~4% with this (CPU profiles of /dashboard, 10 connections).
 */
export const serverNodeFlags = ["--max-semi-space-size=64"];

/** Workers asked for, or 1 when they cannot share the data (no DATABASE_URL) or in development. */
export function workerCount(requested: string | undefined, dev: boolean): number {
  if (requested === undefined) return 1;
  const count = Number(requested);
  if (!Number.isInteger(count) || count < 1 || count > 64) {
    throw new Error(`--workers / WEB_CONCURRENCY must be a whole number from 1 to 64, not "${requested}"`);
  }
  if (count > 1 && (dev || !process.env.DATABASE_URL)) {
    console.warn(
      `[server] ${count} workers asked for, running one: ${dev ? "the development server" : "the embedded database"} belongs to one process`,
    );
    return 1;
  }
  return count;
}

/**
 * The primary: forks `count` workers, forks a replacement when one dies (not while stopping),
 * and on SIGINT/SIGTERM passes the signal on and exits once every worker has.
 */
export function superviseWorkers(count: number, onStop: (signal: NodeJS.Signals) => void) {
  let stopping = false;
  const fork = (index: number): Worker => {
    const worker = cluster.fork({
      SUBDESK_WORKER: String(index),
      ...(index > 1 ? { JOBS_IN_APP: "false" } : {}),
    });
    worker.on("exit", (code, signal) => {
      if (stopping) return;
      console.error(`[server] worker ${index} stopped (${signal ?? `exit ${code}`}); starting another`);
      fork(index);
    });
    return worker;
  };
  for (let index = 1; index <= count; index++) fork(index);

  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      stopping = true;
      onStop(signal);
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
      const exitWhenEmpty = () => {
        if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      };
      cluster.on("exit", exitWhenEmpty);
      exitWhenEmpty();
    });
  }
}
