import { relations } from "drizzle-orm";
import { apiKeys } from "./api-keys";
import { memberships } from "./memberships";
import { organizationContacts } from "./organization-details";
import { organizations } from "./organizations";
import { users } from "./users";

export const usersRelations = relations(users, ({ many }) => ({ memberships: many(memberships) }));

export const organizationsRelations = relations(organizations, ({ many }) => ({
  memberships: many(memberships),
  apiKeys: many(apiKeys),
  contacts: many(organizationContacts),
}));

export const organizationContactsRelations = relations(organizationContacts, ({ one }) => ({
  organization: one(organizations, {
    fields: [organizationContacts.organizationId],
    references: [organizations.id],
  }),
}));

export const membershipsRelations = relations(memberships, ({ one }) => ({
  organization: one(organizations, { fields: [memberships.organizationId], references: [organizations.id] }),
  user: one(users, { fields: [memberships.userId], references: [users.id] }),
}));

export const apiKeysRelations = relations(apiKeys, ({ one }) => ({
  organization: one(organizations, { fields: [apiKeys.organizationId], references: [organizations.id] }),
}));
