import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      // `server-only` throws outside React's server build; tests are server code already.
      { find: /^server-only$/, replacement: path.join(root, "lib/testing/server-only-stub.ts") },
    ],
  },
  test: {
    environment: "node",
    include: ["{lib,db,scripts,app}/**/*.test.ts"],
    setupFiles: ["lib/testing/setup-database.ts"],
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 120_000,
    env: { NODE_ENV: "test" },
  },
});
