"use client";

import { useId, useMemo, useState } from "react";
import type { ActionResult } from "@/lib/actions/action";
import { SearchCombobox, type ComboboxOption } from "@/components/ui/search-combobox";
import { organizationSearch } from "./organization-search";

const anyOrganization: ComboboxOption = { id: "", label: "Any organization" };

/**
 * A list's organization filter in its GET form (components/ui/filter-form.tsx): a searching
 * combobox, since a provider's customers may be thousands, whose pick the form sends as `name`.
 * Opening it offers "Any organization" (no filter) above the first matches. `chosen` is the
 * organization the URL filters by, named by the server.
 */
export function OrganizationFilter({
  name,
  label,
  chosen,
  find,
}: {
  name: string;
  label: string;
  chosen: { id: string; name: string } | null;
  /** The list's own search (a server action): it offers only organizations the list can show. */
  find: (input: { query: string }) => Promise<ActionResult<{ id: string; name: string; slug: string }[]>>;
}) {
  const id = useId();
  const [value, setValue] = useState(chosen?.id ?? "");
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
        selected={chosen ? { id: chosen.id, label: chosen.name } : anyOrganization}
        onChange={setValue}
        search={search}
        searchLabel="Search organizations"
        placeholder="Any organization"
      />
      <input type="hidden" name={name} value={value} />
    </div>
  );
}
