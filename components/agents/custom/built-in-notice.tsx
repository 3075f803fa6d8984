"use client";

// Shown where a custom agent is expected (editor, version history) but the id is
// a built-in: built-ins are read-only and unversioned; forking makes a copy that
// is both, and forking under the same id replaces the built-in here.
import { GitFork, Lock } from "lucide-react";
import Link from "next/link";

import { roleLabels } from "@/components/members/roles";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { useWorkspace } from "@/components/workspaces/workspace-context";

import type { TAgentDetail } from "../agent-types";
import { CreateAgentDialog } from "./create-agent-dialog";

export function BuiltInNotice({ agent, purpose }: { agent: TAgentDetail; purpose: "edit" | "versions" }) {
  const { workspace, can } = useWorkspace();
  const canEdit = can("agent.edit");
  return (
    <EmptyState
      className="min-h-80"
      icon={<Lock />}
      title={`${agent.name} is a built-in agent`}
      description={
        <>
          {purpose === "edit"
            ? "Built-in agents ship with CoralCollective and can't be edited. "
            : "Built-in agents ship with CoralCollective and have no version history. "}
          {canEdit ? (
            <>
              Fork it to get your own copy that you can edit, publish in versions and roll back. Fork it under the same id,{" "}
              <code className="font-mono text-xs text-foreground">{agent.id}</code>, to replace it in this workspace.
            </>
          ) : (
            `Your role (${roleLabels[workspace.role]}) can't create custom agents; ask someone who can to fork it.`
          )}
        </>
      }
      action={
        <>
          <Button asChild variant="outline">
            <Link href={`/${workspace.slug}/agents/${agent.id}`}>Back to the agent</Link>
          </Button>
          {canEdit ? (
            <CreateAgentDialog
              workspaceSlug={workspace.slug}
              forkOf={{ id: agent.id, name: agent.name }}
              trigger={
                <Button>
                  <GitFork aria-hidden />
                  Fork agent
                </Button>
              }
            />
          ) : null}
        </>
      }
    />
  );
}
