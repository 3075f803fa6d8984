"use client";

// The run as a graph: a column per layer (steps that run side by side), a box
// per step tinted by its state — a running step pulses, an approval gate is a
// capsule, a conditional step carries "if" — and edges from each step to the
// steps that wait for it, flowing while the step they feed is running. Boxes
// are buttons: choosing one opens its panel below. Real pixels (measured
// width), so text keeps its size; on narrow screens the graph scrolls sideways.
import { GitBranch, Recycle, ShieldCheck } from "lucide-react";
import { useMemo } from "react";

import { useWidth } from "@/components/charts/use-width";
import { cn } from "@/components/ui/cn";
import { Skeleton } from "@/components/ui/skeleton";

import { DAG, layoutDag, type TDagNode } from "./dag-layout";
import { formatCount, formatDuration, spanMs } from "./format";
import { StepStatusIcon, stepStatusMeta, stepStatusTextClass } from "./run-status";
import type { TRunDetail, TRunStep, TStepStatus } from "./run-types";

const boxClass: Record<TStepStatus, string> = {
  pending: "border-dashed border-border bg-card text-muted-foreground",
  running: "border-info/70 bg-info/[0.07] motion-safe:animate-run-ring",
  waiting_approval: "border-warning/70 bg-warning/[0.09]",
  succeeded: "border-success/45 bg-success/[0.06]",
  failed: "border-destructive/60 bg-destructive/[0.07]",
  skipped: "border-dashed border-border bg-muted/50 text-muted-foreground",
  cancelled: "border-border bg-muted/50 text-muted-foreground",
};

type TEdgeTone = "idle" | "done" | "flow";

const edgeClass: Record<TEdgeTone, string> = {
  idle: "stroke-muted-foreground/35",
  done: "stroke-success/55",
  flow: "stroke-info motion-safe:animate-edge-flow",
};

const arrowClass: Record<TEdgeTone, string> = {
  idle: "fill-muted-foreground/45",
  done: "fill-success/65",
  flow: "fill-info",
};

function edgeTone(from: TRunStep | undefined, to: TRunStep | undefined): TEdgeTone {
  if (!from || !to) return "idle";
  const fed = from.status === "succeeded" || from.status === "skipped";
  if (fed && (to.status === "running" || to.status === "waiting_approval")) return "flow";
  return from.status === "succeeded" ? "done" : "idle";
}

function footerText(step: TRunStep, now: number): string {
  switch (step.status) {
    case "running":
      return formatDuration(spanMs(step.startedAt, null, now));
    case "waiting_approval":
      return step.kind === "approval" ? "Waiting" : "Over budget";
    case "succeeded":
      return step.reused ? "Reused" : step.kind === "approval" ? "Approved" : formatDuration(spanMs(step.startedAt, step.finishedAt, now));
    case "failed":
      return step.kind === "approval" ? "Rejected" : "Failed";
    default:
      return stepStatusMeta[step.status].label;
  }
}

function StepBox({
  node,
  step,
  agentName,
  selected,
  now,
  onSelect,
}: {
  node: TDagNode;
  step: TRunStep;
  agentName: string;
  selected: boolean;
  now: number;
  onSelect: () => void;
}) {
  const approval = step.kind === "approval";
  const tokens = step.inputTokens + step.outputTokens;
  const status = stepStatusMeta[step.status].label.toLowerCase();
  return (
    <button
      type="button"
      data-step={step.id}
      data-status={step.status}
      aria-pressed={selected}
      aria-label={`${step.title}: ${approval ? "approval gate" : agentName}, ${status}${step.conditional ? ", conditional" : ""}`}
      title={step.title}
      onClick={onSelect}
      style={{ left: node.x, top: node.y, width: node.w, height: node.h }}
      className={cn(
        "absolute flex flex-col border text-left shadow-xs outline-none",
        "transition-[border-color,background-color,box-shadow,transform] duration-200 hover:-translate-y-px hover:shadow-sm",
        "focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2 focus-visible:ring-offset-card",
        approval ? "items-center justify-center gap-1 rounded-2xl border-2 px-2.5" : "gap-0.5 rounded-lg px-2.5 py-2",
        boxClass[step.status],
        selected && "ring-2 ring-primary ring-offset-2 ring-offset-card",
      )}
    >
      {approval ? (
        <span className="line-clamp-2 min-w-0 text-center text-[12.5px] leading-tight font-semibold text-foreground">{step.title}</span>
      ) : (
        <span className="flex min-w-0 items-start gap-1.5">
          <StepStatusIcon status={step.status} className="mt-px size-3.5" />
          <span className={cn("line-clamp-2 min-w-0 text-[12.5px] leading-tight font-semibold text-foreground", step.status === "pending" && "text-foreground/75")}>
            {step.title}
          </span>
        </span>
      )}
      {approval ? (
        <span className="flex items-center justify-center gap-1 text-[11px] text-muted-foreground tabular-nums">
          <ShieldCheck aria-hidden className={cn("size-3 shrink-0", step.status === "pending" ? "text-muted-foreground" : stepStatusTextClass[step.status])} />
          {footerText(step, now)}
        </span>
      ) : (
        <>
          <span className="truncate text-[11px] text-muted-foreground">{agentName}</span>
          <span className="mt-auto flex items-center justify-between gap-2 text-[11px] text-muted-foreground tabular-nums">
            <span className={cn("truncate", step.status === "running" && "text-info", step.status === "failed" && "text-destructive")} suppressHydrationWarning>
              {footerText(step, now)}
            </span>
            {tokens > 0 ? <span className="shrink-0">{formatCount(tokens)} tok</span> : null}
          </span>
        </>
      )}
      {step.conditional || step.reused ? (
        <span className="absolute -top-2 right-2 flex gap-1">
          {step.conditional ? (
            <span title="Conditional: runs only when its condition holds" className="flex h-4 items-center gap-0.5 rounded-full border bg-card px-1.5 text-[10px] font-medium text-muted-foreground">
              <GitBranch aria-hidden className="size-2.5" />
              if
            </span>
          ) : null}
          {step.reused ? (
            <span title="Reused from the run this one resumed" className="flex h-4 items-center gap-0.5 rounded-full border bg-card px-1.5 text-[10px] font-medium text-muted-foreground">
              <Recycle aria-hidden className="size-2.5" />
              reused
            </span>
          ) : null}
        </span>
      ) : null}
    </button>
  );
}

function Legend() {
  const items: { label: string; box: string }[] = [
    { label: "Succeeded", box: boxClass.succeeded },
    { label: "Running", box: boxClass.running.replace("motion-safe:animate-run-ring", "") },
    { label: "Waiting for approval", box: boxClass.waiting_approval },
    { label: "Failed", box: boxClass.failed },
    { label: "Not started", box: "border-dashed border-muted-foreground/50 bg-card" },
  ];
  return (
    <div aria-hidden className="flex flex-wrap items-center gap-x-4 gap-y-1.5 text-xs text-muted-foreground">
      {items.map((item) => (
        <span key={item.label} className="flex items-center gap-1.5">
          <span className={cn("size-3 rounded-[4px] border", item.box)} />
          {item.label}
        </span>
      ))}
      <span className="flex items-center gap-1.5">
        <span className="h-3 w-5 rounded-[5px] border-2 border-warning/70 bg-warning/[0.09]" />
        Approval gate
      </span>
      <span className="flex items-center gap-1.5">
        <GitBranch className="size-3" />
        Conditional
      </span>
    </div>
  );
}

export function RunDag({
  run,
  selectedStepId,
  onSelect,
  agentName,
  now,
}: {
  run: TRunDetail;
  selectedStepId: string | null;
  onSelect: (stepId: string) => void;
  agentName: (agentId: string | null) => string;
  now: number;
}) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const steps = useMemo(() => new Map(run.steps.map((s) => [s.id, s])), [run.steps]);
  const layout = useMemo(
    () => (width > 0 ? layoutDag(run.workflow.layers, run.steps.map((s) => ({ id: s.id, kind: s.kind, dependsOn: s.dependsOn, group: s.group })), width) : null),
    [run.workflow.layers, run.steps, width],
  );
  const done = run.steps.filter((s) => s.status === "succeeded" || s.status === "skipped").length;
  const label = `Workflow graph: ${run.steps.length} steps in ${run.workflow.layers.length} stages, ${done} done`;

  return (
    <div className="grid gap-3">
      <div ref={ref} className="-mx-1 overflow-x-auto px-1 pt-1 pb-2">
        {layout ? (
          <div role="group" aria-label={label} className="relative" style={{ width: layout.width, height: layout.height }}>
            {layout.groups.map((group) => (
              <div
                key={`${group.label}-${group.x}`}
                aria-hidden
                className="absolute flex items-center gap-2 text-[11px] font-medium tracking-wide text-muted-foreground uppercase"
                style={{ left: group.x, top: DAG.pad, width: group.w, height: DAG.groupH - 10 }}
              >
                <span className="h-px flex-1 bg-border" />
                {group.label}
                <span className="h-px flex-1 bg-border" />
              </div>
            ))}
            <svg aria-hidden width={layout.width} height={layout.height} className="absolute inset-0 overflow-visible">
              <defs>
                {(Object.keys(edgeClass) as TEdgeTone[]).map((tone) => (
                  <marker key={tone} id={`run-arrow-${run.id}-${tone}`} viewBox="0 0 10 10" refX="8.5" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
                    <path d="M 0 0 L 10 5 L 0 10 z" className={arrowClass[tone]} />
                  </marker>
                ))}
              </defs>
              {layout.edges.map((edge) => {
                const to = steps.get(edge.to);
                const tone = edgeTone(steps.get(edge.from), to);
                const dashed = tone === "flow" ? "6 8" : to?.conditional ? "4 4" : undefined;
                return (
                  <path
                    key={`${edge.from}>${edge.to}`}
                    d={edge.d}
                    fill="none"
                    strokeWidth={tone === "idle" ? 1.25 : 1.75}
                    strokeDasharray={dashed}
                    strokeLinecap="round"
                    markerEnd={`url(#run-arrow-${run.id}-${tone})`}
                    className={cn("transition-[stroke] duration-300", edgeClass[tone])}
                  />
                );
              })}
            </svg>
            {layout.nodes.map((node) => {
              const step = steps.get(node.id);
              if (!step) return null;
              return (
                <StepBox
                  key={node.id}
                  node={node}
                  step={step}
                  agentName={agentName(step.agentId)}
                  selected={selectedStepId === node.id}
                  now={now}
                  onSelect={() => onSelect(node.id)}
                />
              );
            })}
          </div>
        ) : (
          <Skeleton className="h-64 w-full rounded-lg" />
        )}
      </div>
      <Legend />
    </div>
  );
}
