import nextEnv from "@next/env";

/** Reads .env, .env.local and friends exactly as Next.js does, so the CLI sees the same settings. */
export function loadEnvFiles(): void {
  nextEnv.loadEnvConfig(process.cwd(), process.env.NODE_ENV !== "production");
}
