"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { deleteContactAction, saveContactAction } from "@/app/(app)/organizations/actions";
import { applyActionResult } from "@/components/forms/apply-action-result";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { TextField } from "@/components/forms/text-field";
import { useFocusFirstField, useInlineForm } from "@/components/forms/use-inline-form";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { SubmitButton } from "@/components/forms/submit-button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { ContactInput, ContactView } from "@/lib/organizations/contact-schemas";

const resolver = lazyZodResolver(() =>
  import("@/lib/organizations/contact-schemas").then((m) => m.contactSchema),
);

function ContactForm({
  organizationId,
  contact,
  onDone,
}: {
  organizationId: string;
  contact?: ContactView;
  onDone: () => void;
}) {
  const formRef = useFocusFirstField<HTMLFormElement>();
  const form = useForm<ContactInput>({
    resolver,
    defaultValues: contact
      ? { name: contact.name, email: contact.email, phone: contact.phone ?? "", isDefault: contact.isDefault }
      : { name: "", email: "", phone: "", isDefault: false },
  });
  const onSubmit = form.handleSubmit(async (values) => {
    const saved = applyActionResult(
      await saveContactAction({ ...values, organizationId, contactId: contact?.id }),
      form.setError,
      ["name", "email", "phone"],
    );
    if (saved) {
      toast.success(`${saved.name} saved`);
      onDone();
    }
  });
  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      noValidate
      aria-label={contact ? `Edit ${contact.name}` : "New contact"}
      className="grid gap-3 rounded-lg border border-zinc-200 p-4 sm:grid-cols-3 dark:border-zinc-800"
    >
      <TextField form={form} name="name" label="Contact name" />
      <TextField form={form} name="email" label="Contact email" type="email" />
      <TextField form={form} name="phone" label="Phone" type="tel" />
      <CheckboxField form={form} name="isDefault" label="Default contact" />
      <div className="flex gap-2 sm:col-span-2 sm:justify-end">
        <Button variant="ghost" onClick={onDone}>
          Cancel
        </Button>
        <SubmitButton disabled={form.formState.isSubmitting}>Save contact</SubmitButton>
      </div>
    </form>
  );
}

export function ContactsPanel({
  organizationId,
  contacts,
  canEdit,
}: {
  organizationId: string;
  contacts: ContactView[];
  canEdit: boolean;
}) {
  const router = useRouter();
  const { editing, open, close, opener } = useInlineForm(); // a contact id, or "new"
  const done = () => {
    close();
    router.refresh();
  };
  const remove = async (contact: ContactView) => {
    const result = await deleteContactAction({ organizationId, contactId: contact.id });
    if (result.status !== "success") return result.message;
    toast.success(`${contact.name} deleted`);
    router.refresh();
  };

  return (
    <div className="space-y-4">
      {contacts.length === 0 && <p className="text-sm text-zinc-600 dark:text-zinc-400">No contacts yet.</p>}
      <ul className="space-y-2">
        {contacts.map((contact) =>
          editing === contact.id ? (
            <li key={contact.id}>
              <ContactForm organizationId={organizationId} contact={contact} onDone={done} />
            </li>
          ) : (
            <li
              key={contact.id}
              className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-zinc-200 px-4 py-3 text-sm dark:border-zinc-800"
            >
              <span>
                <span className="font-medium">{contact.name}</span> · {contact.email}
                {contact.phone && ` · ${contact.phone}`}{" "}
                {contact.isDefault && <Badge tone="blue">default</Badge>}
              </span>
              {canEdit && (
                <span className="flex gap-2">
                  <Button variant="secondary" ref={opener(contact.id)} onClick={() => open(contact.id)}>
                    Edit
                  </Button>
                  <ConfirmDialog
                    trigger={<Button variant="danger">Delete</Button>}
                    title={`Delete the contact ${contact.name}?`}
                    description={`${contact.email} is no longer a contact of this organization.${contact.isDefault ? " It is the default contact: choose another as default afterwards." : ""}`}
                    confirmLabel="Delete contact"
                    onConfirm={() => remove(contact)}
                  />
                </span>
              )}
            </li>
          ),
        )}
      </ul>
      {canEdit &&
        (editing === "new" ? (
          <ContactForm organizationId={organizationId} onDone={done} />
        ) : (
          <Button variant="secondary" ref={opener("new")} onClick={() => open("new")}>
            Add contact
          </Button>
        ))}
    </div>
  );
}
