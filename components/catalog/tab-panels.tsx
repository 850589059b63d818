"use client";

import dynamic from "next/dynamic";

/*
 * Panels that only some tabs of a catalog page show (/catalog, a product's page), each loaded
 * when its tab renders. Turbopack sends every client component a page imports with the page,
 * whichever it renders, so imported directly these would make the page's first tab carry the
 * others' forms.
 */
export const GroupsPanel = dynamic(() => import("./groups-panel").then((m) => m.GroupsPanel));
export const TermsPanel = dynamic(() => import("./terms-panel").then((m) => m.TermsPanel));
export const SortableList = dynamic(() => import("./sortable-list").then((m) => m.SortableList));
export const PlansPanel = dynamic(() => import("./plans-panel").then((m) => m.PlansPanel));
