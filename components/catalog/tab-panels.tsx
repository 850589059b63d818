"use client";

import dynamic from "next/dynamic";

/*
 * The catalog page's panels that only some of its tabs show, each loaded when its tab renders.
 * Turbopack sends every client component a page imports with the page, whichever it renders,
 * so imported directly these would make the products tab carry the groups and terms forms.
 */
export const GroupsPanel = dynamic(() => import("./groups-panel").then((m) => m.GroupsPanel));
export const TermsPanel = dynamic(() => import("./terms-panel").then((m) => m.TermsPanel));
export const SortableList = dynamic(() => import("./sortable-list").then((m) => m.SortableList));
