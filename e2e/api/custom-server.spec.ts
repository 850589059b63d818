import { spawn, execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "../fixtures";

test("a request whose headers pass 16 KB answers 431 problem+json, not an empty body", async ({
  request,
}) => {
  for (const response of [
    await request.get("/api/health", { headers: { "x-padding": "a".repeat(20_000) } }),
    await request.get(`/api/health?q=${"a".repeat(20_000)}`),
  ]) {
    expect(response.status()).toBe(431);
    expect(response.headers()["content-type"]).toBe("application/problem+json");
    expect(await response.json()).toMatchObject({
      status: 431,
      title: "Request header fields too large",
      type: "/problems/request-header-too-large",
    });
  }
});

/** A free TCP port on this machine. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "localhost", resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

test("a forged X-Forwarded-For or peer header does not escape the sign-up limit", async () => {
  // The suite's server allows thousands of sign-ups an hour (its workers share one address),
  // so this test starts a second server of the same build with a limit of three, on an
  // embedded database of its own.
  test.setTimeout(300_000);
  const port = await freePort();
  const env = {
    ...process.env,
    DATABASE_URL: "",
    DATA_DIR: mkdtempSync(path.join(tmpdir(), "subdesk-e2e-limits-")),
    AUTH_SECRET: randomBytes(33).toString("base64"),
    AUTH_URL: `http://localhost:${port}`,
    SIGNUP_RATE_LIMIT_PER_HOUR: "3",
    TRUSTED_PROXY_HOPS: "0",
  };
  const tsx = path.resolve("node_modules/.bin/tsx");
  execFileSync(tsx, ["--conditions=react-server", "scripts/cli.ts", "migrate"], { env, stdio: "ignore" });
  const server = spawn(tsx, ["scripts/server.ts", "--hostname", "localhost", "--port", String(port)], {
    env,
    stdio: "ignore",
  });
  try {
    const base = `http://localhost:${port}`;
    await expect
      .poll(async () => (await fetch(`${base}/api/health`).catch(() => null))?.status, { timeout: 120_000 })
      .toBe(200);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const response = await fetch(`${base}/api/sign-up`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-forwarded-for": `203.0.113.${i}`,
          "x-subdesk-peer": `198.51.100.${i}`,
        },
        body: JSON.stringify({
          name: "Forger",
          email: `forger-${i}-${randomBytes(4).toString("hex")}@test.example`,
          password: "a decent password",
          organizationName: "Forgery Inc",
        }),
      });
      statuses.push(response.status);
      if (response.status === 429) expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    }
    expect(statuses).toEqual([202, 202, 202, 429]);
  } finally {
    server.kill("SIGTERM");
  }
});
