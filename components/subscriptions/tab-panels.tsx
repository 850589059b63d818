"use client";

import dynamic from "next/dynamic";

/*
 * The review queue's scheduled subscriptions, which only its "Pending and scheduled" tab shows,
 * loaded when that tab renders (as components/catalog/tab-panels.tsx does for the catalog):
 * imported directly, the held changes would carry the data table's sorting, menus and bulk cancel.
 */
export const SubscriptionsTable = dynamic(() =>
  import("./subscriptions-table").then((m) => m.SubscriptionsTable),
);
