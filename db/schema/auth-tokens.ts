import { index, pgEnum, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { timestampColumn } from "./columns";
import { users } from "./users";

export const authTokenPurpose = pgEnum("auth_token_purpose", ["email_verification", "password_reset"]);

/**
 * Single-use, expiring tokens sent by email (verification, password reset).
 * Only a SHA-256 hash of the token is stored, so a database leak yields no usable link.
 */
export const authTokens = pgTable(
  "auth_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: authTokenPurpose("purpose").notNull(),
    tokenHash: text("token_hash").notNull(),
    expiresOn: timestampColumn("expires_on").notNull(),
    usedOn: timestampColumn("used_on"),
    createdOn: timestampColumn("created_on").notNull().defaultNow(),
  },
  (t) => [uniqueIndex("auth_tokens_hash_unique").on(t.tokenHash), index("auth_tokens_user_idx").on(t.userId)],
);

export type AuthToken = typeof authTokens.$inferSelect;
