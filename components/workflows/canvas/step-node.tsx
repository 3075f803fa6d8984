"use client";

// A step on the canvas. Agent steps show their title, agent and any tier or
// model override; approval gates are amber with a shield; a conditional step
// carries its condition. A step with a validation problem is outlined in red.
// Handles: drag from the right one to another step's left one to make that
// step wait for this one.
import { Handle, Position, type Node, type NodeProps } from "@xyflow/react";
import { Bot, CircleAlert, Cpu, GitBranch, ShieldCheck } from "lucide-react";
import { memo, type ReactNode } from "react";

import { TierBadge } from "@/components/agents/agent-badges";
import { cn } from "@/components/ui/cn";

import { conditionSummary } from "../condition-summary";
import type { TWorkflowStep } from "../workflow-types";
import { NODE } from "./layout";

export type TStepNodeData = {
  step: TWorkflowStep;
  /** The agent's display name, or null when the agent id is unknown. */
  agentName: string | null;
  problems: number;
  readOnly: boolean;
};
export type TStepNode = Node<TStepNodeData, "step">;

const handleClass = "!size-2.5 !border-[1.5px] !border-muted-foreground/70 !bg-background transition-[opacity,background-color,border-color] hover:!border-primary hover:!bg-primary";
// The target handle shows on hover only, so the arrowheads arriving at a step stay visible.
const targetHandleClass = cn(handleClass, "opacity-0 group-hover:opacity-100");

function Chip({ children, className, title }: { children: ReactNode; className?: string; title?: string }) {
  return (
    <span title={title} className={cn("inline-flex h-5 max-w-full min-w-0 items-center gap-1 rounded-md border px-1.5 text-[11px] [&>svg]:size-3 [&>svg]:shrink-0", className)}>
      {children}
    </span>
  );
}

function StepNodeView({ data, selected }: NodeProps<TStepNode>) {
  const { step, agentName, problems, readOnly } = data;
  const gate = step.kind === "approval";
  const Icon = gate ? ShieldCheck : Bot;
  const subtitle = gate ? `Approval gate · ${step.approval.timeoutHours ?? 72}h` : (agentName ?? `Unknown agent ${step.agent}`);
  return (
    <div
      style={{ width: NODE.width, height: NODE.height }}
      title={`${step.title ?? step.id} (id: ${step.id})`}
      className={cn(
        "group flex flex-col justify-center gap-1 rounded-lg border bg-card px-3 py-1.5 text-card-foreground shadow-xs transition-[border-color,box-shadow]",
        gate && "border-warning/55 bg-warning/[0.07]",
        step.when && "border-dashed",
        problems > 0 && "border-destructive/70 ring-2 ring-destructive/15",
        selected && "border-primary ring-2 ring-primary/35",
      )}
    >
      <Handle type="target" position={Position.Left} isConnectable={!readOnly} className={targetHandleClass} />
      <div className="flex min-w-0 items-center gap-1.5">
        <Icon className={cn("size-3.5 shrink-0", gate ? "text-warning" : "text-muted-foreground")} aria-hidden />
        <span className="truncate text-sm leading-tight font-medium">{step.title ?? step.id}</span>
        {problems > 0 ? (
          <span className="ml-auto flex shrink-0 items-center gap-0.5 text-[11px] font-medium text-destructive" title={`${problems} ${problems === 1 ? "problem" : "problems"}`}>
            <CircleAlert className="size-3.5" aria-hidden />
            {problems > 1 ? problems : null}
          </span>
        ) : null}
      </div>
      <p className={cn("truncate text-xs", !gate && !agentName ? "text-destructive" : "text-muted-foreground")}>{subtitle}</p>
      {step.when || (!gate && (step.tier || step.model)) ? (
        <div className="flex min-w-0 items-center gap-1 overflow-hidden">
          {step.when ? (
            <Chip className="border-info/30 bg-info/[0.07] text-info" title={`Runs only when: ${conditionSummary(step.when)}`}>
              <GitBranch aria-hidden />
              <span className="truncate">if {conditionSummary(step.when)}</span>
            </Chip>
          ) : null}
          {!gate && step.tier ? <TierBadge tier={step.tier} className="h-5 shrink-0 px-1 text-[11px]" /> : null}
          {!gate && step.model ? (
            <Chip className="bg-muted/60 font-mono text-[10px] text-foreground/80" title={`Model override: ${step.model}`}>
              <Cpu aria-hidden />
              <span className="truncate">{step.model}</span>
            </Chip>
          ) : null}
        </div>
      ) : null}
      <Handle type="source" position={Position.Right} isConnectable={!readOnly} className={handleClass} />
    </div>
  );
}

export const StepNode = memo(StepNodeView);
