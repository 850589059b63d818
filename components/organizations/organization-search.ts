import type { ComboboxAnswer } from "@/components/ui/search-combobox";
import type { ActionResult } from "@/lib/actions/action";

/** An organization as the server's searches answer it. */
interface FoundOrganization {
  id: string;
  name: string;
  slug: string;
}

/**
 * A searching combobox's `search` over a server action that finds organizations by text: the
 * domain behind the action decides which the actor may see.
 */
export function organizationSearch(
  find: (input: { query: string }) => Promise<ActionResult<FoundOrganization[]>>,
): (query: string) => Promise<ComboboxAnswer> {
  return async (query) => {
    const result = await find({ query });
    if (result.status === "success") {
      return { options: result.data.map((o) => ({ id: o.id, label: o.name, detail: o.slug })) };
    }
    // Text past the search's bound, say: the field's own reason reads better than "invalid fields".
    const reason = result.status === "invalid" ? result.fieldErrors.query : undefined;
    return { message: reason ? `The search text ${reason}.` : result.message };
  };
}
