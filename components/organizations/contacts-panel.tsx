"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { deleteContactAction, saveContactAction } from "@/app/(app)/organizations/actions";
import { applyActionResult } from "@/components/forms/apply-action-result";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { TextField } from "@/components/forms/text-field";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { contactSchema, type ContactInput, type ContactView } from "@/lib/organizations/contact-schemas";

function ContactForm({
  organizationId,
  contact,
  onDone,
}: {
  organizationId: string;
  contact?: ContactView;
  onDone: () => void;
}) {
  const form = useForm<ContactInput>({
    resolver: zodResolver(contactSchema),
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
      onSubmit={onSubmit}
      noValidate
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
        <Button type="submit" disabled={form.formState.isSubmitting}>
          Save contact
        </Button>
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
  const [editing, setEditing] = useState<string | null>(null); // a contact id, or "new";
  const [pending, startTransition] = useTransition();
  const done = () => {
    setEditing(null);
    router.refresh();
  };
  const remove = (contact: ContactView) =>
    startTransition(async () => {
      const result = await deleteContactAction({ organizationId, contactId: contact.id });
      if (result.status === "success") toast.success(`${contact.name} deleted`);
      else toast.error(result.message);
      router.refresh();
    });

  return (
    <div className="space-y-4">
      {contacts.length === 0 && <p className="text-sm text-zinc-500">No contacts yet.</p>}
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
                  <Button variant="secondary" onClick={() => setEditing(contact.id)}>
                    Edit
                  </Button>
                  <Button
                    variant="danger"
                    disabled={pending}
                    onClick={() => confirm(`Delete ${contact.name}?`) && remove(contact)}
                  >
                    Delete
                  </Button>
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
          <Button variant="secondary" onClick={() => setEditing("new")}>
            Add contact
          </Button>
        ))}
    </div>
  );
}
