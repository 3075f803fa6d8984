"use client";

// A project's Runs tab: its runs, newest first, refreshing while any is still
// going, with an invitation to start the first one.
import { useQuery } from "@tanstack/react-query";
import { Play, Workflow } from "lucide-react";

import { useTRPC } from "@/components/providers/trpc";
import { errorMessage } from "@/components/shell/errors";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { useWorkspace } from "@/components/workspaces/workspace-context";

import { isActive } from "./run-types";
import { RunsTable, RunsTableSkeleton } from "./runs-table";
import { StartRunDialog } from "./start-run-dialog";

export function ProjectRunsTab({ project }: { project: { id: string; name: string; archivedAt: Date | null } }) {
  const trpc = useTRPC();
  const { workspace, can } = useWorkspace();
  const runs = useQuery({
    ...trpc.run.list.queryOptions({ workspaceSlug: workspace.slug, projectId: project.id, limit: 50 }),
    refetchInterval: (query) => (query.state.data?.some((r) => isActive(r.status)) ? 3_000 : false),
  });
  const canStart = can("run.start") && !project.archivedAt;

  if (runs.isPending) return <RunsTableSkeleton />;
  if (runs.isError) return <ErrorState title="Couldn't load the runs" message={errorMessage(runs.error)} onRetry={() => runs.refetch()} />;
  if (runs.data.length === 0) {
    return (
      <EmptyState
        icon={<Workflow />}
        title="No runs yet"
        description={
          canStart
            ? "A run is a team of specialist agents working through a workflow on this project: architecture, API, database, tests, docs. Start one and watch it live."
            : project.archivedAt
              ? "This project is archived. Restore it to start runs."
              : "A member of the workspace can start the first run; you'll be able to follow it here."
        }
        action={
          canStart ? (
            <StartRunDialog
              project={project}
              trigger={
                <Button>
                  <Play aria-hidden />
                  Start the first run
                </Button>
              }
            />
          ) : null
        }
      />
    );
  }
  return <RunsTable runs={runs.data} />;
}
