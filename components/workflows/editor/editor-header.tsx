"use client";

// The top of the editor: where you are, which version this is, and the
// actions (version history, Run…, Save as the next version). Below it, why
// the editor is read-only when it is: an older version, an archived
// workflow, or a role that cannot edit.
import { useQuery } from "@tanstack/react-query";
import { History, Info, Play, Save } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";

import { roleLabels } from "@/components/members/roles";
import { useTRPC } from "@/components/providers/trpc";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { useWorkspace } from "@/components/workspaces/workspace-context";

import type { TWorkflowVersionView } from "../workflow-types";
import { WorkflowActionsMenu } from "./archive-workflow";
import { RunWorkflowDialog } from "./run-workflow-dialog";
import { VersionMenu } from "./version-menu";

function Notice({ children, actions }: { children: ReactNode; actions?: ReactNode }) {
  return (
    <div role="status" className="mb-4 flex flex-col gap-3 rounded-lg border border-info/30 bg-info/[0.07] px-4 py-2.5 sm:flex-row sm:items-center sm:justify-between">
      <p className="flex items-start gap-2 text-sm">
        <Info className="mt-0.5 size-4 shrink-0 text-info" aria-hidden />
        <span>{children}</span>
      </p>
      {actions ? <div className="flex shrink-0 gap-2">{actions}</div> : null}
    </div>
  );
}

export function EditorHeader({
  workflow,
  name,
  basePath,
  canEdit,
  dirty,
  onOpenVersion,
  saveButton,
  onRestore,
  restoring,
}: {
  workflow: TWorkflowVersionView;
  name: string;
  basePath: string;
  canEdit: boolean;
  dirty: boolean;
  onOpenVersion: (version: number) => void;
  saveButton: { disabled: boolean; pending: boolean; onSave: () => void; readOnly: boolean };
  onRestore?: () => void;
  restoring: boolean;
}) {
  const trpc = useTRPC();
  const { workspace, can } = useWorkspace();
  const templates = useQuery({ ...trpc.workflow.templates.queryOptions({ workspaceSlug: workspace.slug }), staleTime: 10 * 60_000, enabled: Boolean(workflow.fromTemplate) });
  const template = templates.data?.find((t) => t.id === workflow.fromTemplate);
  const isLatest = workflow.version === workflow.latestVersion;
  const listHref = `/${workspace.slug}/workflows`;

  return (
    <>
      <PageHeader
        breadcrumb={[{ label: "Workflows", href: listHref }, { label: workflow.name }]}
        title={name}
        description={
          <span className="flex flex-wrap items-center gap-1.5">
            <Badge variant="outline" className="tabular-nums">
              Version {workflow.version}
            </Badge>
            {isLatest ? <Badge variant="success">Latest</Badge> : <Badge variant="warning">Older version</Badge>}
            {workflow.archivedAt ? <Badge variant="secondary">Archived</Badge> : null}
            <span className="text-[13px]">
              {workflow.fromTemplate ? `Started from the ${template?.name ?? workflow.fromTemplate} template` : "Started blank"}
            </span>
          </span>
        }
        actions={
          <>
            <VersionMenu workflow={workflow} onOpen={onOpenVersion} />
            {can("run.start") && !workflow.archivedAt ? (
              <RunWorkflowDialog
                workflow={{ id: workflow.id, name: workflow.name, version: workflow.version }}
                unsaved={dirty}
                trigger={
                  <Button variant="outline">
                    <Play aria-hidden />
                    Run…
                  </Button>
                }
              />
            ) : null}
            {canEdit && !workflow.archivedAt ? <WorkflowActionsMenu workflow={{ id: workflow.id, name: workflow.name }} /> : null}
            {saveButton.readOnly ? null : (
              <Button onClick={saveButton.onSave} disabled={saveButton.disabled} loading={saveButton.pending} title="Save (⌘S)">
                <Save aria-hidden />
                Save as version {workflow.latestVersion + 1}
              </Button>
            )}
          </>
        }
      />
      {!isLatest ? (
        <Notice
          actions={
            <>
              <Button asChild size="sm" variant="outline">
                <Link href={basePath}>Open the latest</Link>
              </Button>
              {onRestore ? (
                <Button size="sm" onClick={onRestore} loading={restoring}>
                  <History aria-hidden />
                  Restore as version {workflow.latestVersion + 1}
                </Button>
              ) : null}
            </>
          }
        >
          You are looking at version {workflow.version} of {workflow.latestVersion}. It is read-only{onRestore ? ": restore it to make it the latest again" : ""}.
        </Notice>
      ) : workflow.archivedAt ? (
        <Notice>This workflow is archived: it can be read but not changed or run.</Notice>
      ) : !canEdit ? (
        <Notice>Your role ({roleLabels[workspace.role]}) can read and run workflows but not change them.</Notice>
      ) : null}
    </>
  );
}
