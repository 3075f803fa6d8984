"use client";

// The built-in templates as cards: what each does, a picture of its steps by
// layer, and "Use as starting point", which copies it into the workspace as a
// new workflow and opens the editor.
import { useQuery } from "@tanstack/react-query";
import { Copy } from "lucide-react";
import { toast } from "sonner";

import { useTRPC } from "@/components/providers/trpc";
import { errorMessage } from "@/components/shell/errors";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ErrorState } from "@/components/ui/error-state";
import { Skeleton } from "@/components/ui/skeleton";
import { useWorkspace } from "@/components/workspaces/workspace-context";

import { freshName, shapeSummary, templateCategoryLabels } from "./format";
import { useCreateWorkflow } from "./use-create-workflow";
import { WorkflowPicture } from "./workflow-picture";
import type { TWorkflowTemplate } from "./workflow-types";

function TemplateCard({ template, onUse, pending, disabled }: { template: TWorkflowTemplate; onUse?: () => void; pending: boolean; disabled: boolean }) {
  const headingId = `template-${template.id}`;
  return (
    <Card className="gap-3 py-4" role="article" aria-labelledby={headingId}>
      <div className="flex items-start justify-between gap-2 px-4">
        <h3 id={headingId} className="text-sm font-semibold">
          {template.name}
        </h3>
        <Badge variant="secondary" className="font-normal">
          {templateCategoryLabels[template.category] ?? template.category}
        </Badge>
      </div>
      <p className="line-clamp-3 min-h-[3.75rem] px-4 text-[13px] leading-relaxed text-muted-foreground">{template.description}</p>
      <div className="grid gap-2 px-4">
        <WorkflowPicture workflow={template} />
        <span className="text-[11px] leading-tight text-muted-foreground">{shapeSummary(template.steps, template.layers.length)}</span>
      </div>
      {onUse ? (
        <div className="mt-auto border-t px-4 pt-3">
          <Button variant="outline" size="sm" className="w-full" onClick={onUse} loading={pending} disabled={disabled}>
            <Copy aria-hidden />
            Use as starting point
          </Button>
        </div>
      ) : null}
    </Card>
  );
}

export function TemplateGallery({ takenNames }: { takenNames: readonly string[] }) {
  const trpc = useTRPC();
  const { workspace, can } = useWorkspace();
  const templates = useQuery({ ...trpc.workflow.templates.queryOptions({ workspaceSlug: workspace.slug }), staleTime: 10 * 60_000 });
  const create = useCreateWorkflow();
  const canEdit = can("workflow.edit");

  if (templates.isPending) {
    return (
      <div aria-busy className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
        <span className="sr-only" role="status">
          Loading templates…
        </span>
        {Array.from({ length: 6 }, (_, i) => (
          <Skeleton key={i} className="h-52 rounded-xl" />
        ))}
      </div>
    );
  }
  if (templates.isError) {
    return <ErrorState title="Couldn't load the templates" message={errorMessage(templates.error)} onRetry={() => templates.refetch()} />;
  }

  function use(template: TWorkflowTemplate) {
    create.mutate(
      { workspaceSlug: workspace.slug, name: freshName(template.name, takenNames), fromTemplate: template.id },
      { onError: (error) => toast.error(`Couldn't copy ${template.name}`, { description: errorMessage(error) }) },
    );
  }

  return (
    <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
      {templates.data.map((template) => (
        <TemplateCard
          key={template.id}
          template={template}
          onUse={canEdit ? () => use(template) : undefined}
          pending={create.isPending && create.variables.fromTemplate === template.id}
          disabled={create.isPending}
        />
      ))}
    </div>
  );
}
