import { defineConfig } from "@playwright/test";
import { baseURL } from "./e2e/settings";

// Debian's Chromium: nothing downloads a browser. The flags keep it off the (closed) network.
const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : "list",
  // A journey through several pages takes 20-25 s alone on a 2-core CI machine, and the two
  // workers, two server processes and PostgreSQL share those cores: 30 s per test and 5 s per
  // step left no margin there.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: { baseURL, trace: "retain-on-failure", launchOptions: chromium },
  projects: [
    { name: "api", testMatch: /api\/.*\.spec\.ts/ },
    {
      name: "ui",
      testMatch: /ui\/.*\.spec\.ts/,
      use: { browserName: "chromium", viewport: { width: 1280, height: 800 } },
    },
  ],
  webServer: {
    command: "npx tsx --conditions=react-server scripts/e2e-server.ts",
    url: `${baseURL}/api/health`,
    // Never reuse: a server left running from an earlier build would test old code.
    reuseExistingServer: false,
    timeout: 300_000,
    stdout: "pipe",
  },
});
