"use client";

// Every run in the workspace, across projects, newest first: filter by state,
// workflow and project; refreshes while any run is still going.
import { useQuery } from "@tanstack/react-query";
import { Play, Workflow } from "lucide-react";
import { useMemo, useState } from "react";

import { useTRPC } from "@/components/providers/trpc";
import { errorMessage } from "@/components/shell/errors";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { PageHeader } from "@/components/ui/page-header";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { useWorkspace } from "@/components/workspaces/workspace-context";

import { plural } from "./format";
import { runStatusMeta } from "./run-status";
import { isActive, type TRunStatus } from "./run-types";
import { RunsTable, RunsTableSkeleton } from "./runs-table";
import { StartRunDialog } from "./start-run-dialog";

const ALL = "all";
type TStatusFilter = typeof ALL | "active" | TRunStatus;

const statusOptions: { value: TStatusFilter; label: string }[] = [
  { value: ALL, label: "All states" },
  { value: "active", label: "In progress" },
  ...(["waiting_approval", "succeeded", "failed", "cancelled"] as const).map((s) => ({ value: s, label: runStatusMeta[s].label })),
];

export function WorkspaceRunsView() {
  const trpc = useTRPC();
  const { workspace, can } = useWorkspace();
  const [status, setStatus] = useState<TStatusFilter>(ALL);
  const [projectId, setProjectId] = useState<string>(ALL);
  const [workflow, setWorkflow] = useState<string>(ALL);
  const runs = useQuery({
    ...trpc.run.list.queryOptions({ workspaceSlug: workspace.slug, projectId: projectId === ALL ? undefined : projectId, limit: 100 }),
    refetchInterval: (query) => (query.state.data?.some((r) => isActive(r.status)) ? 3_000 : false),
  });
  const projects = useQuery(trpc.project.list.queryOptions({ workspaceSlug: workspace.slug, status: "all" }));
  const canStart = can("run.start");

  const workflows = useMemo(() => [...new Set((runs.data ?? []).map((r) => r.workflowName))].sort(), [runs.data]);
  const shown = useMemo(
    () =>
      (runs.data ?? []).filter(
        (r) =>
          (status === ALL || (status === "active" ? isActive(r.status) : r.status === status)) && (workflow === ALL || r.workflowName === workflow),
      ),
    [runs.data, status, workflow],
  );
  const filtered = status !== ALL || workflow !== ALL || projectId !== ALL;

  const newRun = (label: string) => (
    <StartRunDialog
      trigger={
        <Button>
          <Play aria-hidden />
          {label}
        </Button>
      }
    />
  );

  function body() {
    if (runs.isPending) return <RunsTableSkeleton rows={6} />;
    if (runs.isError) return <ErrorState title="Couldn't load the runs" message={errorMessage(runs.error)} onRetry={() => runs.refetch()} />;
    if (runs.data.length === 0 && !filtered) {
      return (
        <EmptyState
          icon={<Workflow />}
          title="No runs yet"
          description={
            canStart
              ? "A run puts a team of specialist agents to work on a project, step by step, with you approving the gates. Start one and watch it live."
              : "When a member starts a run on a project, it shows up here and you can follow it live."
          }
          action={canStart ? newRun("Start the first run") : null}
        />
      );
    }
    if (shown.length === 0) {
      return (
        <EmptyState
          icon={<Workflow />}
          title="No runs match"
          description="Try another state, workflow or project."
          action={
            <Button
              variant="outline"
              onClick={() => {
                setStatus(ALL);
                setWorkflow(ALL);
                setProjectId(ALL);
              }}
            >
              Clear filters
            </Button>
          }
        />
      );
    }
    return <RunsTable runs={shown} showProject />;
  }

  return (
    <>
      <PageHeader
        title="Runs"
        description="Every workflow run across your projects, newest first."
        actions={canStart ? newRun("New run") : null}
      />
      <div className="mb-4 flex flex-wrap items-center gap-2" role="group" aria-label="Filters">
        <Select value={status} onValueChange={(v) => setStatus(v as TStatusFilter)}>
          <SelectTrigger size="sm" className="w-auto min-w-40" aria-label="State">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            {statusOptions.map((o) => (
              <SelectItem key={o.value} value={o.value}>
                {o.label}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
        <Select value={workflow} onValueChange={setWorkflow}>
          <SelectTrigger size="sm" className="w-auto min-w-44" aria-label="Workflow">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            <SelectItem value={ALL}>All workflows</SelectItem>
            {workflows.map((name) => (
              <SelectItem key={name} value={name}>
                {name}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
        <Select value={projectId} onValueChange={setProjectId}>
          <SelectTrigger size="sm" className="w-auto min-w-44" aria-label="Project">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            <SelectItem value={ALL}>All projects</SelectItem>
            {(projects.data ?? []).map((p) => (
              <SelectItem key={p.id} value={p.id}>
                {p.name}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
        {runs.data && runs.data.length > 0 ? (
          <span className="ml-auto text-xs text-muted-foreground tabular-nums">
            {shown.length === runs.data.length ? plural(runs.data.length, "run") : `${shown.length} of ${plural(runs.data.length, "run")}`}
          </span>
        ) : null}
      </div>
      {body()}
    </>
  );
}
