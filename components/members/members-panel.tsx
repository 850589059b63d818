"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { inviteMemberAction } from "@/app/(app)/organizations/actions";
import { applyActionResult } from "@/components/forms/apply-action-result";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { TextField } from "@/components/forms/text-field";
import { useSaving } from "@/components/forms/use-saving";
import { Badge } from "@/components/ui/badge";
import { SubmitButton } from "@/components/forms/submit-button";
import { inputClass } from "@/components/ui/input";
import { Table, Td, Th } from "@/components/ui/table";
import { membershipRoles } from "@/lib/auth/permissions";
import type { InviteMemberInput, MemberList } from "@/lib/members/schemas";
import { RemoveMemberButton, RoleSelect, UserStatusButton, WithdrawInvitationButton } from "./member-actions";

const resolver = lazyZodResolver(() => import("@/lib/members/schemas").then((m) => m.inviteMemberSchema));

interface Props {
  organizationId: string;
  list: MemberList;
  currentUserId: string | null;
  canManage: boolean;
  /** Owners and platform admins may make and unmake owners. */
  canAssignOwner: boolean;
  platformAdmin: boolean;
}

function InviteForm({
  organizationId,
  roles,
  onDone,
}: {
  organizationId: string;
  roles: readonly string[];
  onDone: () => void;
}) {
  const form = useForm<InviteMemberInput>({
    resolver,
    defaultValues: { email: "", role: "member" },
  });
  const { saving, whileSaving } = useSaving();
  const onSubmit = form.handleSubmit(async (values) => {
    const result = await whileSaving(inviteMemberAction({ ...values, organizationId }));
    if (applyActionResult(result, form.setError, ["email", "role"])) {
      toast.success(`Invitation sent to ${values.email}`);
      form.reset();
      onDone();
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-3">
      <fieldset disabled={saving} className="flex flex-1 flex-wrap items-end gap-3">
        <div className="min-w-64 flex-1">
          <TextField form={form} name="email" label="Invite by email" type="email" />
        </div>
        <div className="text-sm">
          <label htmlFor="invite-role" className="block font-medium">
            Role
          </label>
          <select id="invite-role" className={inputClass} {...form.register("role")}>
            {roles.map((role) => (
              <option key={role}>{role}</option>
            ))}
          </select>
        </div>
        <SubmitButton disabled={form.formState.isSubmitting}>Send invitation</SubmitButton>
      </fieldset>
    </form>
  );
}

export function MembersPanel({
  organizationId,
  list,
  currentUserId,
  canManage,
  canAssignOwner,
  platformAdmin,
}: Props) {
  const router = useRouter();
  const roles = membershipRoles.filter((role) => canAssignOwner || role !== "owner");

  return (
    <div className="space-y-6">
      {canManage && (
        <InviteForm organizationId={organizationId} roles={roles} onDone={() => router.refresh()} />
      )}
      <Table caption="Members">
        <thead>
          <tr>
            <Th>Name</Th>
            <Th>Email</Th>
            <Th>Role</Th>
            <Th>Status</Th>
            <Th>
              <span className="sr-only">Actions</span>
            </Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
          {list.members.map((m) => {
            const self = m.userId === currentUserId;
            const editable = canManage && (canAssignOwner || m.role !== "owner");
            return (
              <tr key={m.membershipId} data-testid={`member-${m.email}`}>
                <Td>{m.name}</Td>
                <Td>{m.email}</Td>
                <Td>
                  {editable ? (
                    <RoleSelect
                      organizationId={organizationId}
                      member={m}
                      roles={m.role === "owner" ? membershipRoles : roles}
                    />
                  ) : (
                    m.role
                  )}
                </Td>
                <Td>
                  {m.userStatus === "active" ? (
                    <Badge tone="green">active</Badge>
                  ) : (
                    <Badge tone="red">disabled</Badge>
                  )}
                </Td>
                <Td className="space-x-2 text-right whitespace-nowrap">
                  {platformAdmin && !self && <UserStatusButton member={m} />}
                  {(self || editable) && (
                    <RemoveMemberButton organizationId={organizationId} member={m} self={self} />
                  )}
                </Td>
              </tr>
            );
          })}
        </tbody>
      </Table>
      {list.invitations.length > 0 && (
        <section>
          <h3 className="mb-2 font-medium">Open invitations</h3>
          <ul className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 text-sm dark:divide-zinc-800 dark:border-zinc-800">
            {list.invitations.map((i) => (
              <li key={i.id} className="flex items-center justify-between gap-3 px-3 py-2">
                <span>
                  {i.email} as {i.role} · expires {i.expiresOn.slice(0, 10)}
                </span>
                {canManage && <WithdrawInvitationButton organizationId={organizationId} invitation={i} />}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
