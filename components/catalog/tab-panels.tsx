"use client";

import dynamic from "next/dynamic";

/*
 * Panels that only one tab of a catalog page shows (/catalog's terms, a product's plans), loaded
 * when their tab renders. Turbopack sends every client component a page imports with the page,
 * whichever it renders, so imported directly these would make the page's first tab carry their
 * forms. Only panels whose forms weigh: one hydrates after the chunk it waits for arrives, and a
 * click on it before then is lost.
 */
export const TermsPanel = dynamic(() => import("./terms-panel").then((m) => m.TermsPanel));
export const PlansPanel = dynamic(() => import("./plans-panel").then((m) => m.PlansPanel));
