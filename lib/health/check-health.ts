import "server-only";
import { sql } from "drizzle-orm";
import { openDatabase } from "@/db/open";
import { AppError } from "@/lib/errors";
import type { HealthView } from "./schemas";

/** Round-trips a query to the database; an unreachable database answers 503. */
export async function checkHealth(): Promise<HealthView> {
  const started = performance.now();
  try {
    const handle = await openDatabase();
    await handle.db.execute(sql`select 1`);
    return {
      status: "ok",
      database: { status: "ok", driver: handle.driver, latencyMs: Math.round(performance.now() - started) },
    };
  } catch (error) {
    console.error("[health] database check failed:", error instanceof Error ? error.message : error);
    throw new AppError("unavailable", "The database is not reachable.");
  }
}
