"use client";

// A run's page: header and numbers, what it waits for (approvals), the graph of
// its steps, the chosen step's panel, and beside it the task, every deliverable
// and the handoff timeline. It follows the run live over server-sent events
// while the run goes. The step shown is in the URL (?step=qa); with none
// chosen, the page follows the step that matters now (running, waiting,
// failed, else the last one that finished).
import { useQuery } from "@tanstack/react-query";
import { CircleAlert, FileText, ListTree, SearchX } from "lucide-react";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useRef, useState } from "react";

import { useTRPC } from "@/components/providers/trpc";
import { errorCode, errorMessage } from "@/components/shell/errors";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { useWorkspace } from "@/components/workspaces/workspace-context";

import { ApprovalPanel } from "./approval-panel";
import { HandoffTimeline } from "./handoff-timeline";
import { RunDag } from "./run-dag";
import { RunHeader } from "./run-header";
import { RunSkeleton } from "./run-skeleton";
import { isActive, type TRunDetail } from "./run-types";
import { StepPanel } from "./step-panel";
import { useAgentNames } from "./use-agent-names";
import { useNow } from "./use-now";
import { useRunEvents } from "./use-run-events";

/** The step worth showing when nobody chose one. */
export function focusStep(run: Pick<TRunDetail, "steps">): string | null {
  const by = (status: string) => run.steps.find((s) => s.status === status);
  const finished = run.steps.filter((s) => s.status === "succeeded" && s.kind === "agent" && !s.reused);
  return (by("running") ?? by("waiting_approval") ?? by("failed") ?? finished.at(-1) ?? run.steps.find((s) => s.status === "succeeded") ?? run.steps[0])?.id ?? null;
}

function TaskCard({ task }: { task: string }) {
  const [expanded, setExpanded] = useState(false);
  const long = task.length > 360 || task.split("\n").length > 6;
  return (
    <Card className="gap-3">
      <CardHeader>
        <CardTitle>Task</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-1.5">
        <p className={cn("text-sm leading-relaxed whitespace-pre-wrap text-foreground/90", long && !expanded && "line-clamp-6")}>{task}</p>
        {long ? (
          <Button variant="link" size="sm" className="justify-self-start" onClick={() => setExpanded((v) => !v)} aria-expanded={expanded}>
            {expanded ? "Show less" : "Show all"}
          </Button>
        ) : null}
      </CardContent>
    </Card>
  );
}

function DeliverablesCard({ run, onOpen }: { run: TRunDetail; onOpen: (stepId: string, artifactId: string) => void }) {
  const titleOf = new Map(run.steps.map((s) => [s.id, s.title]));
  return (
    <Card className="gap-3">
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          Deliverables <span className="text-sm font-normal text-muted-foreground tabular-nums">{run.artifacts.length}</span>
        </CardTitle>
      </CardHeader>
      <CardContent>
        {run.artifacts.length === 0 ? (
          <p className="text-sm text-muted-foreground">Specs, code and docs appear here as each agent finishes.</p>
        ) : (
          <ul className="-mx-2 grid max-h-80 gap-0.5 overflow-y-auto" aria-label="All deliverables">
            {run.artifacts.map((artifact) => (
              <li key={artifact.id}>
                <button
                  type="button"
                  onClick={() => onOpen(artifact.stepId, artifact.id)}
                  className="flex w-full items-start gap-2 rounded-md px-2 py-1.5 text-left outline-none hover:bg-accent focus-visible:ring-2 focus-visible:ring-ring"
                >
                  <FileText aria-hidden className="mt-0.5 size-3.5 shrink-0 text-muted-foreground" />
                  <span className="min-w-0">
                    <span className="block truncate text-[13px] font-medium">{artifact.name}</span>
                    <span className="block truncate text-xs text-muted-foreground">{titleOf.get(artifact.stepId) ?? artifact.stepId}</span>
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}

export function RunView({ runId, initialRun }: { runId: string; initialRun?: TRunDetail }) {
  const trpc = useTRPC();
  const { workspace } = useWorkspace();
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const query = useQuery({ ...trpc.run.get.queryOptions({ workspaceSlug: workspace.slug, runId }), initialData: initialRun });
  const run = query.data;
  const active = run ? isActive(run.status) : false;
  const events = useRunEvents({ workspaceSlug: workspace.slug, runId, active });
  const now = useNow(1_000, active);
  const agentName = useAgentNames();
  const [openArtifactId, setOpenArtifactId] = useState<string | null>(null);
  const panelRef = useRef<HTMLDivElement>(null);

  if (query.isPending) return <RunSkeleton />;
  if (query.isError || !run) {
    if (errorCode(query.error) === "NOT_FOUND") {
      return (
        <EmptyState
          className="mt-6 min-h-80"
          icon={<SearchX />}
          title="Run not found"
          description="It may belong to another workspace, or the link is wrong."
          action={
            <Button asChild variant="outline">
              <Link href={`/${workspace.slug}/runs`}>All runs</Link>
            </Button>
          }
        />
      );
    }
    return <ErrorState className="mt-6" title="Couldn't load the run" message={errorMessage(query.error)} onRetry={() => query.refetch()} />;
  }

  const chosen = searchParams.get("step");
  const selectedId = chosen === null ? focusStep(run) : chosen || null;
  const selected = run.steps.find((s) => s.id === selectedId) ?? null;
  const pending = run.approvals.filter((a) => a.status === "pending");
  const titleOf = new Map(run.steps.map((s) => [s.id, s.title]));

  function selectStep(stepId: string | null) {
    const params = new URLSearchParams(searchParams.toString());
    params.set("step", stepId ?? "");
    router.replace(`${pathname}?${params.toString()}`, { scroll: false });
  }

  function openArtifact(stepId: string, artifactId: string) {
    selectStep(stepId);
    setOpenArtifactId(artifactId);
    requestAnimationFrame(() => panelRef.current?.scrollIntoView({ behavior: "smooth", block: "start" }));
  }

  return (
    <div className="grid gap-6">
      <RunHeader run={run} connection={events.connection} now={now} />

      {run.error && (run.status === "failed" || run.status === "cancelled") ? (
        <div role="alert" className="-mt-2 flex items-start gap-3 rounded-lg border border-destructive/30 bg-destructive/[0.06] px-4 py-3 text-sm">
          <CircleAlert aria-hidden className="mt-0.5 size-4 shrink-0 text-destructive" />
          <p>
            <span className="font-medium">{run.status === "cancelled" ? "Cancelled." : "The run failed."}</span>{" "}
            <span className="text-muted-foreground">{run.status === "cancelled" && run.error === "Cancelled." ? "Resume it from any step to go on." : run.error}</span>
          </p>
        </div>
      ) : null}
      {events.lastError && active ? (
        <p role="status" className="-mt-2 text-sm text-muted-foreground">
          Live updates paused: {events.lastError} Retrying…
        </p>
      ) : null}

      {pending.map((approval) => (
        <ApprovalPanel key={approval.id} runId={run.id} approval={approval} stepTitle={titleOf.get(approval.stepId) ?? approval.stepId} now={now} />
      ))}

      <Card className="gap-4">
        <CardHeader>
          <CardTitle>Workflow</CardTitle>
          <CardDescription>Each column runs once the one before it is done; steps in a column run side by side. Choose a step to see its work.</CardDescription>
        </CardHeader>
        <CardContent className="px-3 sm:px-4">
          <RunDag run={run} selectedStepId={selected?.id ?? null} onSelect={(id) => selectStep(id === selected?.id ? null : id)} agentName={agentName} now={now} />
        </CardContent>
      </Card>

      <div className="grid items-start gap-6 lg:grid-cols-3">
        <div ref={panelRef} className="min-w-0 scroll-mt-6 lg:col-span-2">
          {selected ? (
            <StepPanel
              key={selected.id}
              run={run}
              step={selected}
              streamText={events.streams[selected.id]}
              attemptMessages={events.attempts[selected.id]}
              agentName={agentName}
              now={now}
              openArtifactId={openArtifactId}
              onToggleArtifact={(id) => setOpenArtifactId((current) => (current === id ? null : id))}
              onSelectStep={selectStep}
              onClose={() => selectStep(null)}
            />
          ) : (
            <EmptyState
              icon={<ListTree />}
              title="Choose a step"
              description="Select a box in the graph to see its agent, model, cost, live output, deliverables and handoffs."
              className="min-h-48"
            />
          )}
        </div>
        <aside className="grid min-w-0 content-start gap-6" aria-label="Run details">
          <TaskCard task={run.task} />
          <DeliverablesCard run={run} onOpen={openArtifact} />
        </aside>
      </div>

      <Card className="gap-4">
        <CardHeader>
          <CardTitle className="flex items-center gap-2">
            Handoffs <span className="text-sm font-normal text-muted-foreground tabular-nums">{run.handoffs.length}</span>
          </CardTitle>
          <CardDescription>What each agent passed to the next, in order: a summary, the deliverables, and the tasks it left.</CardDescription>
        </CardHeader>
        <CardContent>
          <HandoffTimeline handoffs={run.handoffs} artifacts={run.artifacts} agentName={agentName} onOpenArtifact={openArtifact} />
        </CardContent>
      </Card>
    </div>
  );
}
