import { describe, expect, it } from "vitest";
import { registeredJobs } from "./registry";

describe("the job registry", () => {
  it("names each queue once", () => {
    const names = registeredJobs.map((job) => job.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it("gives cron jobs an input a cron run can satisfy (pg-boss sends them no data)", () => {
    for (const job of registeredJobs.filter((j) => j.cron)) {
      expect(job.input.safeParse({}).success, job.name).toBe(true);
    }
  });
});
