"use client";

import { useId, useMemo, useState } from "react";
import type { ActionResult } from "@/lib/actions/action";
import { SearchCombobox, type ComboboxOption } from "@/components/ui/search-combobox";
import { organizationSearch } from "./organization-search";

/** No filter. Its option needs an id of its own: the combobox cannot highlight an empty one. */
const anyOrganization: ComboboxOption = { id: "any", label: "Any organization" };

/**
 * A list's organization filter in its GET form (components/ui/filter-form.tsx): a searching
 * combobox, since a provider's customers may be thousands, whose pick the form sends as `name`
 * (empty for "Any organization", offered first when the search is empty). `chosen` is the
 * organization the URL filters by, as the server names it. Give the filter a `key` of that id:
 * the form's Clear link changes the URL without remounting the page.
 */
export function OrganizationFilter({
  name,
  label,
  chosen,
  find,
}: {
  name: string;
  label: string;
  /** Named null when the reader's list does not show it (an id from elsewhere in the URL). */
  chosen: { id: string; name: string | null } | null;
  /** The list's own search (a server action): it offers only organizations the list can show. */
  find: (input: { query: string }) => Promise<ActionResult<{ id: string; name: string; slug: string }[]>>;
}) {
  const id = useId();
  const [value, setValue] = useState(chosen?.id ?? anyOrganization.id);
  const search = useMemo(() => {
    const found = organizationSearch(find);
    return async (query: string) => {
      const answer = await found(query);
      return query || !("options" in answer) ? answer : { options: [anyOrganization, ...answer.options] };
    };
  }, [find]);
  return (
    <div className="text-sm">
      <label htmlFor={id}>{label}</label>
      <SearchCombobox
        id={id}
        value={value}
        selected={chosen ? { id: chosen.id, label: chosen.name ?? "Unknown organization" } : anyOrganization}
        onChange={setValue}
        search={search}
        searchLabel="Search organizations"
        placeholder={anyOrganization.label}
      />
      <input type="hidden" name={name} value={value === anyOrganization.id ? "" : value} />
    </div>
  );
}
