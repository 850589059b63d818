"use client";

import { useRouter } from "next/navigation";
import { useTransition, type ComponentProps } from "react";
import { toast } from "sonner";
import { switchOrganizationAction } from "@/app/(app)/actions";
import {
  DropdownMenuContent,
  DropdownMenuLabel,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
} from "@/components/ui/dropdown-menu";
import { LoadedDropdownMenu } from "@/components/ui/loaded-dropdown-menu";
import type { OpenedWith } from "@/components/ui/use-load-on-use";
import type { SessionMembership } from "@/lib/users/load-session-actor";

/** The organization switcher's menu once loaded (organization-switcher.tsx). */
export function OrganizationMenu({
  trigger,
  openedWith,
  memberships,
  activeOrganizationId,
}: {
  trigger: ComponentProps<"button">;
  openedWith: OpenedWith;
  memberships: SessionMembership[];
  activeOrganizationId: string | null;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const switchTo = (organizationId: string) =>
    startTransition(async () => {
      const result = await switchOrganizationAction({ organizationId });
      if (result.status !== "success") toast.error(result.message);
      else router.refresh();
    });
  return (
    <LoadedDropdownMenu trigger={{ ...trigger, disabled: pending }} openedWith={openedWith}>
      <DropdownMenuContent align="start" className="w-64">
        <DropdownMenuLabel>Switch organization</DropdownMenuLabel>
        <DropdownMenuRadioGroup value={activeOrganizationId ?? ""} onValueChange={switchTo}>
          {memberships.map((membership) => (
            <DropdownMenuRadioItem key={membership.organizationId} value={membership.organizationId}>
              {membership.organizationName}
            </DropdownMenuRadioItem>
          ))}
        </DropdownMenuRadioGroup>
      </DropdownMenuContent>
    </LoadedDropdownMenu>
  );
}
