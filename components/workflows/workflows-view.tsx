"use client";

// Workflows: the workspace's own (each a versioned definition to edit and run)
// and the built-in templates to start one from.
import { useQuery } from "@tanstack/react-query";
import { Plus } from "lucide-react";
import { useMemo } from "react";

import { useTRPC } from "@/components/providers/trpc";
import { errorMessage } from "@/components/shell/errors";
import { Button } from "@/components/ui/button";
import { ErrorState } from "@/components/ui/error-state";
import { PageHeader } from "@/components/ui/page-header";
import { useWorkspace } from "@/components/workspaces/workspace-context";

import { NewWorkflowDialog } from "./new-workflow-dialog";
import { TemplateGallery } from "./template-gallery";
import { WorkflowList, WorkflowListSkeleton } from "./workflow-list";

export function WorkflowsView() {
  const trpc = useTRPC();
  const { workspace, can } = useWorkspace();
  const list = useQuery(trpc.workflow.list.queryOptions({ workspaceSlug: workspace.slug }));
  const templateNames = useMemo(() => new Map((list.data?.templates ?? []).map((t) => [t.id, t.name])), [list.data]);
  const takenNames = useMemo(() => (list.data?.own ?? []).map((w) => w.name), [list.data]);

  let own;
  if (list.isPending) own = <WorkflowListSkeleton />;
  else if (list.isError) own = <ErrorState title="Couldn't load your workflows" message={errorMessage(list.error)} onRetry={() => list.refetch()} />;
  else own = <WorkflowList workflows={list.data.own} href={(id) => `/${workspace.slug}/workflows/${id}`} templateNames={templateNames} />;

  return (
    <>
      <PageHeader
        title="Workflows"
        description="Which agents run, in what order, with which approval gates: edit them visually or as JSON/YAML, and every save is a new version."
        actions={
          can("workflow.edit") ? (
            <NewWorkflowDialog
              trigger={
                <Button>
                  <Plus aria-hidden />
                  New blank workflow
                </Button>
              }
            />
          ) : null
        }
      />
      <div className="grid gap-10">
        <section aria-labelledby="own-workflows" className="grid gap-3">
          <h2 id="own-workflows" className="text-base font-semibold">
            Your workflows
          </h2>
          {own}
        </section>
        <section aria-labelledby="workflow-templates" className="grid gap-3">
          <div className="grid gap-0.5">
            <h2 id="workflow-templates" className="text-base font-semibold">
              Templates
            </h2>
            <p className="text-sm text-muted-foreground">Complete workflows that ship with CoralCollective. Copy one to change it; the template stays as it is.</p>
          </div>
          <TemplateGallery takenNames={takenNames} />
        </section>
      </div>
    </>
  );
}
