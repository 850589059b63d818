/**
 * Runs before `npm run dev` and `npm start`: makes sure a development session secret exists,
 * applies migrations, and (for dev) seeds the demo. It opens the database and closes it again
 * before Next.js starts, so the embedded database's data directory is free for the server.
 */
import { randomBytes } from "node:crypto";
import { appendFileSync, existsSync, readFileSync } from "node:fs";
import { openDatabase } from "@/db/open";
import { migrate } from "@/db/migrate";
import { seed } from "@/db/seed";
import { loadEnvFiles } from "./load-env-files";

const seedDemo = !process.argv.includes("--no-seed");

function ensureDevelopmentSecret() {
  if (process.env.AUTH_SECRET) return;
  const file = ".env.local";
  const existing = existsSync(file) ? readFileSync(file, "utf8") : "";
  if (/^AUTH_SECRET=./m.test(existing)) return;
  const secret = randomBytes(33).toString("base64");
  appendFileSync(file, `${existing && !existing.endsWith("\n") ? "\n" : ""}AUTH_SECRET=${secret}\n`);
  process.env.AUTH_SECRET = secret;
  console.log("Generated a development AUTH_SECRET in .env.local.");
}

async function main() {
  loadEnvFiles();
  if (seedDemo) ensureDevelopmentSecret();
  const handle = await openDatabase();
  try {
    await migrate(handle);
    console.log(`Database ready (${handle.driver}).`);
    if (!seedDemo) return;
    const result = await seed(handle.db);
    console.log(result.created ? "Demo data created." : "Demo data present.");
    // npm passes `npm run dev -- --port N` to the server, not to this step: the server prints its address.
    console.log("Sign in at /sign-in on the address the server prints below, with:");
    for (const account of result.accounts)
      console.log(`  ${account.role.padEnd(38)} ${account.email} / ${account.password}`);
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
