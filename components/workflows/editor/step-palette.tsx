"use client";

// Adding steps: a searchable list of the workspace's agents and an approval
// gate. Click to add (after the selected step, if one is selected), or drag
// onto the canvas to place it.
import { Bot, Plus, Search, ShieldCheck } from "lucide-react";
import { useMemo, useState, type DragEvent } from "react";

import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { Input } from "@/components/ui/input";
import { Skeleton } from "@/components/ui/skeleton";

import { DRAG_MIME, type TDroppedStep } from "../canvas/drop";
import type { TAgentSummary } from "../workflow-types";

function startDrag(event: DragEvent<HTMLButtonElement>, step: TDroppedStep) {
  event.dataTransfer.setData(DRAG_MIME, JSON.stringify(step));
  event.dataTransfer.effectAllowed = "copy";
}

const itemClass = cn(
  "group flex w-full min-w-0 items-center gap-2 rounded-md px-2 py-1.5 text-left text-[13px] outline-none transition-colors",
  "hover:bg-accent focus-visible:ring-2 focus-visible:ring-ring active:cursor-grabbing",
);

export function StepPalette({
  agents,
  loading,
  after,
  onAdd,
}: {
  agents: TAgentSummary[];
  loading: boolean;
  /** The step a new one will wait for (the selected step), if any. */
  after: string | null;
  onAdd: (step: TDroppedStep) => void;
}) {
  const [query, setQuery] = useState("");
  const matches = useMemo(() => {
    const q = query.trim().toLowerCase();
    return agents.filter((a) => !q || [a.name, a.id, a.description, ...a.capabilities].some((t) => t.toLowerCase().includes(q)));
  }, [agents, query]);

  return (
    <Card className="gap-3" role="region" aria-label="Add a step">
      <CardHeader>
        <CardTitle>Add a step</CardTitle>
        <CardDescription className="text-[13px]">
          {after ? (
            <>
              Adds after <span className="font-mono text-xs text-foreground/80">{after}</span>, or drag onto the canvas.
            </>
          ) : (
            "Click to add, or drag onto the canvas."
          )}
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-2 px-3">
        <button type="button" draggable onDragStart={(e) => startDrag(e, { kind: "approval" })} onClick={() => onAdd({ kind: "approval" })} className={cn(itemClass, "border border-warning/40 bg-warning/[0.06] hover:bg-warning/10")}>
          <ShieldCheck className="size-4 shrink-0 text-warning" aria-hidden />
          <span className="flex-1 font-medium">Approval gate</span>
          <Plus className="size-3.5 shrink-0 text-muted-foreground opacity-0 group-hover:opacity-100" aria-hidden />
        </button>
        <div className="relative">
          <Search className="pointer-events-none absolute top-1/2 left-2.5 size-3.5 -translate-y-1/2 text-muted-foreground" aria-hidden />
          <Input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Search agents" aria-label="Search agents" className="h-8 pl-7 text-[13px]" />
        </div>
        {loading ? (
          <div className="grid gap-1.5" aria-busy>
            {Array.from({ length: 6 }, (_, i) => (
              <Skeleton key={i} className="h-7" />
            ))}
          </div>
        ) : (
          <ul aria-label="Agents" className="-mx-1 grid max-h-[19rem] gap-0.5 overflow-y-auto px-1">
            {matches.map((agent) => (
              <li key={agent.id}>
                <button
                  type="button"
                  draggable
                  onDragStart={(e) => startDrag(e, { kind: "agent", agent: agent.id })}
                  onClick={() => onAdd({ kind: "agent", agent: agent.id })}
                  className={itemClass}
                  title={agent.description}
                  aria-label={`Add ${agent.name}`}
                >
                  <Bot className="size-4 shrink-0 text-muted-foreground" aria-hidden />
                  <span className="min-w-0 flex-1 truncate">{agent.name}</span>
                  <Plus className="size-3.5 shrink-0 text-muted-foreground opacity-0 group-hover:opacity-100 group-focus-visible:opacity-100" aria-hidden />
                </button>
              </li>
            ))}
            {matches.length === 0 ? <li className="px-2 py-3 text-center text-[13px] text-muted-foreground">No agent matches “{query.trim()}”.</li> : null}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
