import { z } from "zod";

/** Empty strings in `.env` files mean "not set", as if the line were absent. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

const booleanish = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: optional(z.string().regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL")),
  DATA_DIR: z.string().min(1).default(".data"),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).default(15_000),
  AUTH_SECRET: optional(z.string().min(32, "must be at least 32 characters")),
  AUTH_URL: optional(z.url()),
  AUTH_TRUST_HOST: optional(booleanish),
  API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  API_MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  SIGNUP_RATE_LIMIT_PER_HOUR: z.coerce.number().int().min(1).default(10),
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  SMTP_URL: optional(z.string().regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL")),
  SMTP_FROM: z.string().min(3).default("Subdesk <no-reply@subdesk.localhost>"),
  /** The slug of the platform's own provider organization (created on first use). */
  PLATFORM_PROVIDER_SLUG: optional(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be a slug")).transform(
    (value) => value ?? "subdesk",
  ),
  JOBS_IN_APP: optional(booleanish).transform((value) => value ?? true),
  /** Port of the dedicated verify server (scripts/verify-server.ts) beside the app. */
  VERIFY_PORT: z.coerce.number().int().min(1).max(65_535).default(3001),
  /** Shared secret the payment provider signs webhooks with (HMAC-SHA256); empty: webhooks are refused. */
  PAYMENT_WEBHOOK_SECRET: optional(z.string().min(32, "must be at least 32 characters")),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

/** Parses the environment once; a bad value stops start-up with every problem listed. */
export function env(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
}

/** Called when the server starts: production must not run with a guessable session secret. */
export function assertServerEnv(): void {
  const current = env();
  if (current.NODE_ENV === "production" && !current.AUTH_SECRET) {
    throw new Error("AUTH_SECRET is required in production (generate one with `openssl rand -base64 33`).");
  }
}
