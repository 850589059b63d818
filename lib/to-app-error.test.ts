import { afterEach, describe, expect, it, vi } from "vitest";
import { AppError } from "./errors";
import { toAppError } from "./to-app-error";

/** An error shaped like node-postgres's, wrapped the way drizzle wraps it. */
const fromDriver = (fields: { code?: string; message?: string }) =>
  Object.assign(new Error("Failed query: select 1\nparams: "), {
    cause: Object.assign(new Error(fields.message ?? "driver error"), fields),
  });

afterEach(() => vi.restoreAllMocks());

describe("toAppError, the one mapping both front doors use", () => {
  it("passes the domain's own AppError through unchanged", () => {
    const error = new AppError("forbidden", "Not yours.");
    expect(toAppError(error)).toBe(error);
  });

  it("answers 409 conflict for a unique violation", () => {
    expect(toAppError(fromDriver({ code: "23505" }))).toMatchObject({ code: "conflict", status: 409 });
  });

  it.each([
    ["a refused connection", { code: "ECONNREFUSED", message: "connect ECONNREFUSED 10.0.0.5:5432" }],
    ["a reset connection", { code: "ECONNRESET" }],
    ["an administrator shutdown", { code: "57P01" }],
    ["a server still starting", { code: "57P03" }],
    ["no connection slot left", { code: "53300" }],
    ["a connection failure (class 08)", { code: "08006" }],
    ["a connection the server closed", { message: "Connection terminated unexpectedly" }],
    ["a pool that found no free client in time", { message: "timeout exceeded when trying to connect" }],
  ])("answers 503 with Retry-After for %s, and says nothing of it", (_, fields) => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const mapped = toAppError(fromDriver(fields), "corr-123456");
    expect(mapped).toMatchObject({ code: "unavailable", status: 503, headers: { "Retry-After": "5" } });
    expect(mapped.message).toMatch(/temporarily unavailable/);
    expect(mapped.message).not.toMatch(/ECONN|5432|terminated|select/i);
  });

  it("finds a refused connection inside the AggregateError Node gives for a host with two addresses", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const refused = (address: string) =>
      Object.assign(new Error(`connect ECONNREFUSED ${address}`), { code: "ECONNREFUSED" });
    const aggregate = new AggregateError([refused("::1:5432"), refused("127.0.0.1:5432")]);
    const wrapped = Object.assign(new Error("Failed query: select 1"), { cause: aggregate });
    expect(toAppError(wrapped)).toMatchObject({ code: "unavailable" });
  });

  it("logs anything else with the correlation id and shows only 'internal'", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const mapped = toAppError(
      fromDriver({ code: "42P01", message: 'relation "secret_table" does not exist' }),
      "corr-abcdef",
    );
    expect(mapped).toMatchObject({ code: "internal", status: 500 });
    expect(mapped.message).toContain("corr-abcdef");
    expect(mapped.message).not.toContain("secret_table");
    expect(log).toHaveBeenCalledWith("[error] corr-abcdef", expect.any(Error));
  });
});
