"use server";

import { action } from "@/lib/actions/action";
import { recordHref } from "@/lib/search/record-links";
import { searchQuerySchema, searchRecords } from "@/lib/search/search-records";

// A public endpoint, like every export of a "use server" file: action() signs the caller in,
// and searchRecords reads through the same scoped list functions as the pages.

export const searchRecordsAction = action({ payload: searchQuerySchema }, async ({ actor, input }) =>
  (await searchRecords({ actor, input })).map((hit) => ({ ...hit, href: recordHref(actor, hit) })),
);
