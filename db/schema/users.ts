import { boolean, pgEnum, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { entityColumns, timestampColumn } from "./columns";

export const userStatus = pgEnum("user_status", ["active", "disabled"]);

export const users = pgTable(
  "users",
  {
    ...entityColumns(),
    /** Stored lower-cased: sign-in and uniqueness ignore case. */
    email: text("email").notNull(),
    name: text("name").notNull(),
    /** Null for an account that has never set a password (e.g. an invitee). */
    passwordHash: text("password_hash"),
    status: userStatus("status").notNull().default("active"),
    platformAdmin: boolean("platform_admin").notNull().default(false),
    emailVerifiedOn: timestampColumn("email_verified_on"),
    lastSignInOn: timestampColumn("last_sign_in_on"),
    /** Sessions issued before this moment are refused (set when the password changes). */
    sessionsValidFrom: timestampColumn("sessions_valid_from"),
  },
  (t) => [uniqueIndex("users_email_unique").on(t.email)],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type UserStatus = (typeof userStatus.enumValues)[number];
