import { index, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { timestampColumn } from "./columns";
import { users } from "./users";

/**
 * One row per sign-in. The session token (a JWT) carries the row's id as `sid`, and every
 * request checks the row, so signing out (or out everywhere) ends the session on the server
 * even for a copy of the cookie taken before.
 */
export const userSessions = pgTable(
  "user_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdOn: timestampColumn("created_on").notNull(),
    /** Refreshed at most once a minute, so a busy session does not write on every request. */
    lastSeenOn: timestampColumn("last_seen_on").notNull(),
    revokedOn: timestampColumn("revoked_on"),
    /** Shown to the user to recognise their devices; cut to a sane length. */
    userAgent: text("user_agent"),
    address: text("address"),
  },
  (t) => [index("user_sessions_user_idx").on(t.userId)],
);

export type UserSession = typeof userSessions.$inferSelect;
