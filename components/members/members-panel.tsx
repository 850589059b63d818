"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import {
  changeMemberRoleAction,
  inviteMemberAction,
  removeMemberAction,
  revokeInvitationAction,
  setUserStatusAction,
} from "@/app/(app)/organizations/actions";
import { applyActionResult } from "@/components/forms/apply-action-result";
import { TextField } from "@/components/forms/text-field";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/input";
import { Table, Td, Th } from "@/components/ui/table";
import type { ActionResult } from "@/lib/actions/action";
import { membershipRoles } from "@/lib/auth/permissions";
import { inviteMemberSchema, type InviteMemberInput, type MemberList } from "@/lib/members/schemas";

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
    resolver: zodResolver(inviteMemberSchema),
    defaultValues: { email: "", role: "member" },
  });
  const onSubmit = form.handleSubmit(async (values) => {
    if (
      applyActionResult(await inviteMemberAction({ ...values, organizationId }), form.setError, [
        "email",
        "role",
      ])
    ) {
      toast.success(`Invitation sent to ${values.email}`);
      form.reset();
      onDone();
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-3">
      <fieldset disabled={form.formState.isSubmitting} className="flex flex-1 flex-wrap items-end gap-3">
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
        <Button type="submit">Send invitation</Button>
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
  const [pending, startTransition] = useTransition();
  const roles = membershipRoles.filter((role) => canAssignOwner || role !== "owner");
  const run = (work: () => Promise<ActionResult<unknown>>, success: string) =>
    startTransition(async () => {
      const result = await work();
      if (result.status === "success") toast.success(success);
      else toast.error(result.message);
      router.refresh();
    });

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
            <Th />
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
                    <select
                      aria-label={`Role of ${m.email}`}
                      className={inputClass}
                      value={m.role}
                      disabled={pending}
                      onChange={(e) =>
                        run(
                          () =>
                            changeMemberRoleAction({
                              organizationId,
                              membershipId: m.membershipId,
                              role: e.target.value as InviteMemberInput["role"],
                            }),
                          `${m.email} is now ${e.target.value}`,
                        )
                      }
                    >
                      {(m.role === "owner" ? membershipRoles : roles).map((role) => (
                        <option key={role}>{role}</option>
                      ))}
                    </select>
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
                  {platformAdmin && !self && (
                    <Button
                      variant="secondary"
                      disabled={pending}
                      onClick={() =>
                        run(
                          () =>
                            setUserStatusAction({
                              userId: m.userId,
                              status: m.userStatus === "active" ? "disabled" : "active",
                              changeSequence: m.userChangeSequence,
                            }),
                          m.userStatus === "active" ? `${m.email} disabled` : `${m.email} enabled`,
                        )
                      }
                    >
                      {m.userStatus === "active" ? "Disable user" : "Enable user"}
                    </Button>
                  )}
                  {(self || editable) && (
                    <Button
                      variant="danger"
                      disabled={pending}
                      onClick={() => {
                        if (confirm(self ? "Leave this organization?" : `Remove ${m.email}?`)) {
                          run(
                            () => removeMemberAction({ organizationId, membershipId: m.membershipId }),
                            self ? "You left" : `${m.email} removed`,
                          );
                        }
                      }}
                    >
                      {self ? "Leave" : "Remove"}
                    </Button>
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
                {canManage && (
                  <Button
                    variant="ghost"
                    disabled={pending}
                    onClick={() =>
                      run(
                        () => revokeInvitationAction({ organizationId, invitationId: i.id }),
                        "Invitation withdrawn",
                      )
                    }
                  >
                    Withdraw
                  </Button>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
