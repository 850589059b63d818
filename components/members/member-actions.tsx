"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import {
  changeMemberRoleAction,
  removeMemberAction,
  revokeInvitationAction,
  setUserStatusAction,
} from "@/app/(app)/organizations/actions";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import type { ActionResult } from "@/lib/actions/action";
import type { MembershipRole } from "@/db/schema";
import type { MemberList } from "@/lib/members/schemas";

type Member = MemberList["members"][number];
type Invitation = MemberList["invitations"][number];

/** The dialog's answer to an action's result: an error message keeps it open, success refreshes. */
function useSettle() {
  const router = useRouter();
  return (result: ActionResult<unknown>, success: string) => {
    if (result.status !== "success") return result.message;
    toast.success(success);
    router.refresh();
  };
}

/**
 * The member's role as a select that asks before it saves: choosing a role opens a dialog,
 * and Cancel leaves the role as it was.
 */
export function RoleSelect({
  organizationId,
  member,
  roles,
}: {
  organizationId: string;
  member: Member;
  roles: readonly MembershipRole[];
}) {
  const settle = useSettle();
  const [chosen, setChosen] = useState<MembershipRole>();
  return (
    <>
      <Select value={member.role} onValueChange={(role) => setChosen(role as MembershipRole)}>
        <SelectTrigger aria-label={`Role of ${member.email}`} className="w-36">
          <SelectValue />
        </SelectTrigger>
        <SelectContent>
          {roles.map((role) => (
            <SelectItem key={role} value={role}>
              {role}
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
      {chosen && (
        <ConfirmDialog
          open
          onOpenChange={(open) => !open && setChosen(undefined)}
          title={`Make ${member.email} ${chosen === "admin" || chosen === "owner" ? "an" : "a"} ${chosen}?`}
          description={`Their role changes from ${member.role} to ${chosen} at once: what they may see and do in this organization follows the new role.`}
          confirmLabel={`Make ${chosen}`}
          tone="primary"
          onConfirm={async () =>
            settle(
              await changeMemberRoleAction({
                organizationId,
                membershipId: member.membershipId,
                role: chosen,
              }),
              `${member.email} is now ${chosen}`,
            )
          }
        />
      )}
    </>
  );
}

/** A platform admin disables (after asking) or re-enables the member's user account. */
export function UserStatusButton({ member }: { member: Member }) {
  const settle = useSettle();
  const [pending, setPending] = useState(false);
  const setStatus = async (status: "active" | "disabled") =>
    setUserStatusAction({ userId: member.userId, status, changeSequence: member.userChangeSequence });

  if (member.userStatus !== "active") {
    return (
      <Button
        variant="secondary"
        disabled={pending}
        onClick={async () => {
          setPending(true);
          const failure = settle(await setStatus("active"), `${member.email} enabled`);
          if (failure) toast.error(failure);
          setPending(false);
        }}
      >
        Enable user
      </Button>
    );
  }
  return (
    <ConfirmDialog
      trigger={<Button variant="secondary">Disable user</Button>}
      title={`Disable ${member.email}?`}
      description="They are signed out at once and cannot sign in again — to this or any other organization — until a platform admin enables them."
      confirmLabel="Disable user"
      onConfirm={async () => settle(await setStatus("disabled"), `${member.email} disabled`)}
    />
  );
}

/** Remove a member, or leave when it is the signed-in user's own membership — after asking. */
export function RemoveMemberButton({
  organizationId,
  member,
  self,
}: {
  organizationId: string;
  member: Member;
  self: boolean;
}) {
  const settle = useSettle();
  return (
    <ConfirmDialog
      trigger={<Button variant="danger">{self ? "Leave" : "Remove"}</Button>}
      title={self ? "Leave this organization?" : `Remove ${member.email}?`}
      description={
        self
          ? "You lose access to this organization at once; an owner or admin has to invite you to come back."
          : `${member.name} loses access to this organization at once; their user account stays. To come back they need a new invitation.`
      }
      confirmLabel={self ? "Leave" : "Remove member"}
      onConfirm={async () =>
        settle(
          await removeMemberAction({ organizationId, membershipId: member.membershipId }),
          self ? "You left" : `${member.email} removed`,
        )
      }
    />
  );
}

export function WithdrawInvitationButton({
  organizationId,
  invitation,
}: {
  organizationId: string;
  invitation: Invitation;
}) {
  const settle = useSettle();
  return (
    <ConfirmDialog
      trigger={<Button variant="ghost">Withdraw</Button>}
      title={`Withdraw the invitation to ${invitation.email}?`}
      description="The link in their email stops working. You can invite them again later."
      confirmLabel="Withdraw invitation"
      onConfirm={async () =>
        settle(
          await revokeInvitationAction({ organizationId, invitationId: invitation.id }),
          "Invitation withdrawn",
        )
      }
    />
  );
}
