"use client";

// Settings → API keys: the keys table for those with "apikey.manage"; everyone
// else is told who manages them.
import { Lock } from "lucide-react";

import { roleLabels } from "@/components/members/roles";
import { EmptyState } from "@/components/ui/empty-state";
import { useWorkspace } from "@/components/workspaces/workspace-context";

import { ApiKeysCard } from "./api-keys-card";

export function ApiKeysView() {
  const { workspace, can } = useWorkspace();
  if (!can("apikey.manage")) {
    return (
      <EmptyState
        icon={<Lock />}
        title="Admins manage API keys"
        description={`Your role (${roleLabels[workspace.role]}) can't see or create this workspace's API keys. Ask an admin or owner if you need one.`}
      />
    );
  }
  return <ApiKeysCard />;
}
