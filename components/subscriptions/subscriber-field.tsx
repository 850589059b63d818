"use client";

import { Controller, type FieldValues, type Path, type UseFormReturn } from "react-hook-form";
import { searchSubscribersAction } from "@/app/(app)/subscriptions/actions";
import { organizationSearch } from "@/components/organizations/organization-search";
import { Field } from "@/components/ui/field";
import { SearchCombobox } from "@/components/ui/search-combobox";

/** The organizations the server finds for the text: the domain decides whom the actor may pick. */
const findSubscribers = organizationSearch(searchSubscribersAction);

/**
 * The organization a new subscription or product key is for, searched as the user types rather
 * than listed (a platform admin may pick among every active organization). The form's field holds
 * the organization's id, which the server checks again.
 */
export function SubscriberField<F extends FieldValues>({
  form,
  name,
  label,
}: {
  form: UseFormReturn<F>;
  name: Path<F>;
  label: string;
}) {
  const id = `field-${name}`;
  const error = form.formState.errors[name]?.message;
  const message = typeof error === "string" ? error : undefined;
  return (
    <Field id={id} label={label} error={message}>
      <Controller
        control={form.control}
        name={name}
        render={({ field }) => (
          <SearchCombobox
            ref={field.ref}
            id={id}
            value={field.value}
            onChange={field.onChange}
            search={findSubscribers}
            searchLabel="Search organizations"
            placeholder="Choose an organization…"
            invalid={!!message}
            describedBy={message ? `${id}-error` : undefined}
          />
        )}
      />
    </Field>
  );
}
