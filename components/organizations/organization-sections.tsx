import { can } from "@/lib/auth/actor";
import { listMembers } from "@/lib/members/list-members";
import { listContacts } from "@/lib/organizations/contacts";
import type { SessionActor } from "@/lib/users/load-session-actor";
import { ContactsPanel } from "./contacts-panel";
import { MembersPanel } from "./tab-panels";

/** An organization's members, as the admin detail page and the customer's settings show them. */
export async function MembersSection({
  actor,
  organizationId,
}: {
  actor: SessionActor;
  organizationId: string;
}) {
  return (
    <MembersPanel
      organizationId={organizationId}
      list={await listMembers({ actor, organizationId })}
      currentUserId={actor.userId}
      canManage={can(actor, "members.manage")}
      canAssignOwner={actor.platformAdmin || actor.role === "owner"}
      platformAdmin={actor.platformAdmin}
    />
  );
}

export async function ContactsSection({
  actor,
  organizationId,
}: {
  actor: SessionActor;
  organizationId: string;
}) {
  return (
    <ContactsPanel
      organizationId={organizationId}
      contacts={await listContacts({ actor, organizationId })}
      canEdit={can(actor, "organization.update")}
    />
  );
}
