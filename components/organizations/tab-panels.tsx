"use client";

import dynamic from "next/dynamic";

/*
 * Panels that only one tab of an organization's pages shows (/organizations/[id], /settings),
 * loaded when their tab renders, as components/catalog/tab-panels.tsx does for the catalog:
 * imported directly, every tab would carry the members' role select, the data tables' sorting
 * and menus, and the API keys' query client. Only panels that weigh (see there why).
 */
export const MembersPanel = dynamic(() =>
  import("@/components/members/members-panel").then((m) => m.MembersPanel),
);
export const ApiKeysPanel = dynamic(() =>
  import("@/components/api-keys/api-keys-panel").then((m) => m.ApiKeysPanel),
);
export const ApiKeysTable = dynamic(() =>
  import("@/components/api-keys/api-keys-table").then((m) => m.ApiKeysTable),
);
export const AuditTable = dynamic(() => import("@/components/audit/audit-table").then((m) => m.AuditTable));
