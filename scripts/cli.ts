/**
 * Operator CLI: `npm run cli -- <command>`. Works on PostgreSQL (DATABASE_URL) and on the
 * embedded database, the latter only while no dev server holds its data directory.
 */
import { parseArgs } from "node:util";
import { openDatabase } from "@/db/open";
import { migrate } from "@/db/migrate";
import { seed } from "@/db/seed";
import { scaleSizeFor, seedScale, vacuumGenerated } from "@/db/seed-scale";
import { systemActor } from "@/lib/auth/actor";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { revokeApiKey } from "@/lib/api-keys/revoke-api-key";
import { findOrganization } from "@/lib/organizations/find-organization";
import { createUser } from "@/lib/users/create-user";
import { isAppError } from "@/lib/errors";
import { loadEnvFiles } from "./load-env-files";

const usage = `Usage: npm run cli -- <command>

  migrate                                      apply database migrations
  seed                                         create the demo data (once)
  seed --scale [--size N]                      add N subscriptions and product keys, N/10 organizations and
                                               bundle requests, in SQL (N: 1,000,000 on PostgreSQL, 20,000 on PGlite)
  create-admin --email E --password P [--name N]
                                               create a platform admin
  api-key create (--org <slug|id> | --platform) [--name N]
                                               create an API key; the key is printed alone on the last line
  api-key revoke <prefix>                      revoke an API key by its prefix (sdk_XXXXXXXX)`;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function main(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      email: { type: "string" },
      password: { type: "string" },
      name: { type: "string" },
      org: { type: "string" },
      platform: { type: "boolean", default: false },
      scale: { type: "boolean", default: false },
      size: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  const [command, sub, arg] = positionals;
  if (values.help || !command) return console.log(usage);

  const handle = await openDatabase();
  const actor = systemActor();
  try {
    switch (command) {
      case "migrate":
        await migrate(handle);
        console.log(`Migrations applied (${handle.driver}).`);
        break;
      case "seed": {
        await migrate(handle);
        if (values.scale) {
          const n = values.size ? Number(values.size) : handle.driver === "postgres" ? 1_000_000 : 20_000;
          if (!Number.isInteger(n) || n < 10) fail("--size must be a whole number of at least 10");
          const size = scaleSizeFor(n);
          console.log(`Adding ${JSON.stringify(size)} (${handle.driver})…`);
          await seedScale(handle.db, size, (line) => console.log(`  ${line}`));
          await vacuumGenerated(handle.db, (line) => console.log(`  ${line}`));
          break;
        }
        const result = await seed(handle.db);
        console.log(
          result.created ? "Demo data created. Sign in with:" : "Demo data already present. Sign in with:",
        );
        for (const account of result.accounts)
          console.log(`  ${account.role.padEnd(38)} ${account.email} / ${account.password}`);
        break;
      }
      case "create-admin": {
        if (!values.email || !values.password) fail("create-admin needs --email and --password");
        const user = await createUser({
          actor,
          input: {
            email: values.email,
            password: values.password,
            name: values.name ?? values.email,
            platformAdmin: true,
          },
        });
        console.log(`Platform admin ${user.email} created (${user.id}).`);
        break;
      }
      case "api-key": {
        if (sub === "create") {
          if (values.platform === Boolean(values.org))
            fail("api-key create needs exactly one of --org <slug|id> or --platform");
          const organizationId = values.org
            ? (await findOrganization({ actor, idOrSlug: values.org })).id
            : undefined;
          const created = await createApiKey({
            actor,
            input: { name: values.name ?? "CLI key", organizationId, platform: values.platform },
          });
          console.log(
            `Created ${values.platform ? "platform" : "organization"} key ${created.prefix} (${created.id}). It is shown only once:`,
          );
          console.log(created.key);
        } else if (sub === "revoke" && arg) {
          const revoked = await revokeApiKey({ actor, prefix: arg });
          console.log(`Revoked ${revoked.prefix}.`);
        } else {
          fail(usage);
        }
        break;
      }
      default:
        fail(`Unknown command "${command}".\n\n${usage}`);
    }
  } finally {
    await handle.close();
  }
}

loadEnvFiles();
main(process.argv.slice(2)).catch((error: unknown) => {
  if (isAppError(error)) {
    const fields = error.invalidFields.map((f) => `\n  ${f.name}: ${f.reason}`).join("");
    fail(`${error.message}${fields}`);
  }
  fail(error instanceof Error ? error.message : String(error));
});
