"use client";

// The run's handoffs in the order they were written: which agent passed work to
// which, a summary, the deliverables that went with it (each opens in its
// step's panel) and, on demand, what the next agent should do.
import { ArrowRight, ChevronRight, FileText } from "lucide-react";
import { useState } from "react";

import { RelativeTime } from "@/components/shell/relative-time";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";

import { plural } from "./format";
import type { TRunArtifact, TRunHandoff } from "./run-types";

function HandoffItem({
  handoff,
  artifacts,
  agentName,
  onOpenArtifact,
}: {
  handoff: TRunHandoff;
  artifacts: TRunArtifact[];
  agentName: (agentId: string | null) => string;
  onOpenArtifact: (stepId: string, artifactId: string) => void;
}) {
  const [expanded, setExpanded] = useState(false);
  const artifactFor = (path: string | null, type: string) =>
    artifacts.find((a) => a.stepId === handoff.fromStepId && ((path && a.path === path) || (!path && a.type === type)));
  const detailsId = `handoff-${handoff.messageId}`;

  return (
    <li className="group/item relative grid gap-x-6 gap-y-2 pb-6 pl-6 last:pb-0 md:grid-cols-[13rem_minmax(0,1fr)]">
      <span aria-hidden className="absolute top-1.5 left-0 size-2.5 rounded-full border-2 border-primary/70 bg-card" />
      <span aria-hidden className="absolute top-5 bottom-1 left-[4.5px] w-px bg-border group-last/item:hidden" />
      <div className="grid content-start gap-1">
        <p className="flex flex-wrap items-center gap-x-1.5 text-sm leading-snug font-medium">
          <span>{agentName(handoff.fromAgent)}</span>
          <ArrowRight aria-label="to" className="size-3.5 text-muted-foreground" />
          <span>{agentName(handoff.toAgent)}</span>
        </p>
        <p className="flex flex-wrap items-center gap-2 text-xs text-muted-foreground">
          <RelativeTime date={handoff.timestamp} />
          {handoff.context.phase ? <Badge variant="secondary">{handoff.context.phase}</Badge> : null}
        </p>
      </div>
      <div className="grid min-w-0 content-start gap-2">
        {handoff.summary ? (
          <p className={cn("text-[13px] leading-relaxed text-foreground/85", !expanded && "line-clamp-2")}>{handoff.summary}</p>
        ) : null}
        {handoff.context.deliverables.length > 0 ? (
          <ul className="flex flex-wrap gap-1.5" aria-label="Deliverables handed over">
            {handoff.context.deliverables.map((deliverable, i) => {
              const artifact = artifactFor(deliverable.path, deliverable.type);
              const label = deliverable.path?.split("/").at(-1) ?? deliverable.type;
              return (
                <li key={`${deliverable.type}-${i}`}>
                  {artifact ? (
                    <button
                      type="button"
                      title={deliverable.description || deliverable.path || deliverable.type}
                      onClick={() => onOpenArtifact(artifact.stepId, artifact.id)}
                      className="inline-flex max-w-64 items-center gap-1 rounded-md border bg-card px-1.5 py-0.5 font-mono text-[11px] text-foreground/80 outline-none hover:border-foreground/25 hover:text-foreground focus-visible:ring-2 focus-visible:ring-ring"
                    >
                      <FileText aria-hidden className="size-3 shrink-0" />
                      <span className="truncate">{label}</span>
                    </button>
                  ) : (
                    <span
                      title={deliverable.description || deliverable.type}
                      className="inline-flex max-w-64 items-center gap-1 rounded-md border border-dashed px-1.5 py-0.5 font-mono text-[11px] text-muted-foreground"
                    >
                      <span className="truncate">{label}</span>
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        ) : null}
        {handoff.nextTasks.length > 0 ? (
          <div className="grid gap-1.5">
            <button
              type="button"
              aria-expanded={expanded}
              aria-controls={detailsId}
              onClick={() => setExpanded((v) => !v)}
              className="flex w-fit items-center gap-1 rounded-sm text-xs font-medium text-muted-foreground outline-none hover:text-foreground focus-visible:ring-2 focus-visible:ring-ring"
            >
              <ChevronRight aria-hidden className={cn("size-3.5 transition-transform", expanded && "rotate-90")} />
              {plural(handoff.nextTasks.length, "next task")}
            </button>
            {expanded ? (
              <ul id={detailsId} className="list-disc pl-9 text-[13px] leading-snug text-foreground/85 marker:text-muted-foreground">
                {handoff.nextTasks.map((task, i) => (
                  <li key={i} className="py-0.5">
                    {task}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
      </div>
    </li>
  );
}

export function HandoffTimeline({
  handoffs,
  artifacts,
  agentName,
  onOpenArtifact,
}: {
  handoffs: TRunHandoff[];
  artifacts: TRunArtifact[];
  agentName: (agentId: string | null) => string;
  onOpenArtifact: (stepId: string, artifactId: string) => void;
}) {
  if (handoffs.length === 0) {
    return <p className="text-sm text-muted-foreground">Agents hand work to each other as they finish; their messages appear here.</p>;
  }
  return (
    <ol className="grid" aria-label="Handoffs">
      {handoffs.map((handoff) => (
        <HandoffItem key={handoff.messageId} handoff={handoff} artifacts={artifacts} agentName={agentName} onOpenArtifact={onOpenArtifact} />
      ))}
    </ol>
  );
}
