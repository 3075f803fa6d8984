"use client";

// Settings → Audit log: the chain's integrity and export, then the events,
// for those with "audit.read"; everyone else is told who can see it.
import { Lock } from "lucide-react";

import { roleLabels } from "@/components/members/roles";
import { EmptyState } from "@/components/ui/empty-state";
import { useWorkspace } from "@/components/workspaces/workspace-context";

import { AuditChainCard } from "./audit-chain-card";
import { AuditEventsCard } from "./audit-events-card";

export function AuditLogView() {
  const { workspace, can } = useWorkspace();
  if (!can("audit.read")) {
    return (
      <EmptyState
        icon={<Lock />}
        title="Admins read the audit log"
        description={`Your role (${roleLabels[workspace.role]}) can't see who changed what in this workspace. Ask an admin or owner if you need to know.`}
      />
    );
  }
  return (
    <div className="grid gap-6">
      <AuditChainCard />
      <AuditEventsCard />
    </div>
  );
}
