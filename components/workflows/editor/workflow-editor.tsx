"use client";

// The workflow editor page: loads the version in the address (?version=N, or
// the latest) and opens it, read-only when it is not the latest or the role
// cannot edit. Until it has loaded: a skeleton, "not found", or an error.
import { useQuery } from "@tanstack/react-query";
import { Workflow } from "lucide-react";
import Link from "next/link";
import { useSearchParams } from "next/navigation";

import { useTRPC } from "@/components/providers/trpc";
import { errorCode, errorMessage } from "@/components/shell/errors";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { Skeleton } from "@/components/ui/skeleton";
import { useWorkspace } from "@/components/workspaces/workspace-context";

import type { TWorkflowVersionView } from "../workflow-types";
import { EditorSession } from "./editor-session";

export function EditorSkeleton() {
  return (
    <div aria-busy className="grid gap-4">
      <span className="sr-only" role="status">
        Loading the workflow…
      </span>
      <div className="grid gap-2 pb-2">
        <Skeleton className="h-4 w-40" />
        <div className="flex items-start justify-between gap-4">
          <Skeleton className="h-8 w-64" />
          <div className="flex gap-2">
            <Skeleton className="h-9 w-32" />
            <Skeleton className="h-9 w-24" />
            <Skeleton className="h-9 w-40" />
          </div>
        </div>
      </div>
      <Skeleton className="h-9 w-56" />
      <Skeleton className="h-72 rounded-xl" />
      <div className="grid gap-4 lg:grid-cols-[15rem_minmax(0,1fr)_18rem]">
        <Skeleton className="h-72 rounded-xl" />
        <Skeleton className="h-72 rounded-xl" />
        <Skeleton className="h-72 rounded-xl" />
      </div>
    </div>
  );
}

function parseVersion(raw: string | null): number | undefined {
  const n = Number(raw);
  return raw && Number.isInteger(n) && n > 0 ? n : undefined;
}

export function WorkflowEditor({ workflowId, initial }: { workflowId: string; initial?: { version: number | undefined; workflow: TWorkflowVersionView } }) {
  const trpc = useTRPC();
  const { workspace, can } = useWorkspace();
  const version = parseVersion(useSearchParams().get("version"));
  const query = useQuery({
    ...trpc.workflow.get.queryOptions({ workspaceSlug: workspace.slug, workflowId, version }),
    initialData: initial && initial.version === version ? initial.workflow : undefined,
    // While another version loads, keep showing this workflow (not another one).
    placeholderData: (previous) => (previous?.id === workflowId ? previous : undefined),
    // The editor holds a draft of this version: it changes when we save or open another one, never behind our back.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
  const listHref = `/${workspace.slug}/workflows`;

  // Keyed by workflow: another workflow's page starts a new draft (versions of one workflow share it).
  if (query.data) return <EditorSession key={query.data.id} workflow={query.data} canEdit={can("workflow.edit")} basePath={`${listHref}/${workflowId}`} />;
  if (query.isError && errorCode(query.error) !== "NOT_FOUND") {
    return <ErrorState className="mt-6" title="Couldn't load the workflow" message={errorMessage(query.error)} onRetry={() => query.refetch()} />;
  }
  if (query.isError) {
    return (
      <EmptyState
        className="mt-6"
        icon={<Workflow />}
        title={version ? `Version ${version} not found` : "Workflow not found"}
        description="There is no such workflow (or version) in this workspace. It may have been archived, or the link is wrong."
        action={
          <Button asChild variant="outline">
            <Link href={listHref}>All workflows</Link>
          </Button>
        }
      />
    );
  }
  return <EditorSkeleton />;
}
