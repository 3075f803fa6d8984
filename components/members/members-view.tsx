"use client";

// Settings → Members: the people in the workspace, then (for those who may invite) the invitations.
import { useWorkspace } from "@/components/workspaces/workspace-context";

import { InvitationsCard } from "./invitations-card";
import { MembersCard } from "./members-card";

export function MembersView() {
  const { can } = useWorkspace();
  return (
    <div className="grid grid-cols-1 gap-6">
      <MembersCard />
      {can("member.invite") ? <InvitationsCard /> : null}
    </div>
  );
}
