"use client";

// Settings → Webhooks: the endpoints and their delivery logs for those with
// "webhook.manage"; everyone else is told who manages them.
import { Lock } from "lucide-react";

import { roleLabels } from "@/components/members/roles";
import { EmptyState } from "@/components/ui/empty-state";
import { useWorkspace } from "@/components/workspaces/workspace-context";

import { WebhookEndpointsCard } from "./webhook-endpoints-card";

export function WebhooksView() {
  const { workspace, can } = useWorkspace();
  if (!can("webhook.manage")) {
    return (
      <EmptyState
        icon={<Lock />}
        title="Admins manage webhooks"
        description={`Your role (${roleLabels[workspace.role]}) can't see or change where this workspace sends run events. Ask an admin or owner if you need an endpoint.`}
      />
    );
  }
  return <WebhookEndpointsCard />;
}
