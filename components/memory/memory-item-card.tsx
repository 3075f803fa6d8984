"use client";

// One remembered item: its kind, title and text, where it came from (the run
// it was remembered in, linked, and the agent), whether it is pinned, and —
// for a search result — how well it matched and why.
import { Bot, History, Pin, Play, UserRound } from "lucide-react";
import Link from "next/link";
import { useState } from "react";

import { RelativeTime } from "@/components/shell/relative-time";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";

import { MemoryItemActions } from "./memory-item-actions";
import { kindColor, kindLabel, type TMemoryEntry, type TMemoryMatch } from "./memory-meta";
import type { TMemoryLabels } from "./use-memory-labels";

export function KindBadge({ kind, className }: { kind: string; className?: string }) {
  return (
    <Badge variant="outline" className={cn("gap-1.5 font-medium", className)}>
      <span aria-hidden className="size-2 rounded-full" style={{ background: kindColor(kind) }} />
      {kindLabel(kind)}
    </Badge>
  );
}

/** "Run #3 · Backend Developer · 2 hours ago", "Added by a person · …", or the project's rolling summary. */
export function MemorySource({ entry, labels, base, className }: { entry: TMemoryEntry; labels: TMemoryLabels; base: string; className?: string }) {
  return (
    <p className={cn("flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted-foreground", className)}>
      {entry.runId ? (
        <Link
          href={`${base}/runs/${entry.runId}`}
          className="inline-flex items-center gap-1 rounded-sm font-medium text-foreground/80 underline-offset-2 outline-none hover:text-foreground hover:underline focus-visible:ring-2 focus-visible:ring-ring"
        >
          <Play aria-hidden className="size-3" />
          {labels.runLabel(entry.runId)}
        </Link>
      ) : entry.kind === "summary" ? (
        <span className="inline-flex items-center gap-1">
          <History aria-hidden className="size-3" />
          Rolling summary of the latest runs
        </span>
      ) : (
        <span className="inline-flex items-center gap-1">
          <UserRound aria-hidden className="size-3" />
          Added by a person
        </span>
      )}
      {entry.agentId ? (
        <Link
          href={`${base}/agents/${entry.agentId}`}
          className="inline-flex items-center gap-1 rounded-sm underline-offset-2 outline-none hover:text-foreground hover:underline focus-visible:ring-2 focus-visible:ring-ring"
        >
          <Bot aria-hidden className="size-3" />
          {labels.agentName(entry.agentId)}
        </Link>
      ) : null}
      <RelativeTime date={entry.createdAt} />
    </p>
  );
}

function Bar({ value, color, label, width = "w-16" }: { value: number; color: string; label: string; width?: string }) {
  const pct = Math.round(Math.max(0, Math.min(1, value)) * 100);
  return (
    <span className="flex items-center gap-1.5">
      <span className="text-muted-foreground">{label}</span>
      <span aria-hidden className={cn("h-1.5 overflow-hidden rounded-full bg-background dark:bg-accent", width)}>
        <span className="block h-full rounded-full" style={{ width: `${Math.max(pct, 3)}%`, background: color }} />
      </span>
      <span className="font-medium tabular-nums">{value.toFixed(2)}</span>
    </span>
  );
}

function graphText(distance: number | null): string {
  if (distance === null) return "not linked";
  if (distance === 0) return "shares an entity";
  return `${distance} hop${distance === 1 ? "" : "s"} away`;
}

function MatchDetails({ match }: { match: TMemoryMatch }) {
  return (
    <div className="grid gap-2 rounded-lg bg-muted/60 px-3 py-2 text-xs dark:bg-accent/40">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-1.5">
        <Bar label="Score" value={match.score} color="var(--primary)" width="w-20" />
        {match.similarity !== null ? (
          <Bar label="Similarity" value={match.similarity} color="var(--chart-3)" />
        ) : (
          <span className="flex items-center gap-1.5" title="Below the similarity threshold: found through the graph">
            <span className="text-muted-foreground">Similarity</span>
            <span className="font-medium">low</span>
          </span>
        )}
        <span className="flex items-center gap-1.5">
          <span className="text-muted-foreground">Graph</span>
          <span className="font-medium">{graphText(match.graphDistance)}</span>
        </span>
      </div>
      {match.reasons.length > 0 ? (
        <div className="flex flex-wrap items-center gap-1">
          <span className="mr-0.5 text-muted-foreground">Why it matched:</span>
          <ul aria-label="Why it matched" className="contents">
            {match.reasons.map((reason) => (
              <li key={reason} className="rounded-md border bg-card px-1.5 py-px">
                {reason}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

const PREVIEW_CHARS = 280;

export function MemoryItemCard({
  entry,
  projectId,
  labels,
  base,
  canEdit,
  onHover,
}: {
  entry: TMemoryEntry;
  projectId: string;
  labels: TMemoryLabels;
  base: string;
  canEdit: boolean;
  onHover?: (entry: TMemoryEntry | null) => void;
}) {
  const [expanded, setExpanded] = useState(false);
  const long = entry.content.length > PREVIEW_CHARS || entry.content.split("\n").length > 4;
  const titleId = `memory-item-${entry.id}`;

  return (
    <article
      aria-labelledby={titleId}
      data-pinned={entry.pinned || undefined}
      onMouseEnter={onHover ? () => onHover(entry) : undefined}
      onMouseLeave={onHover ? () => onHover(null) : undefined}
      className={cn(
        "grid grid-cols-1 gap-3 rounded-xl border bg-card p-4 shadow-xs transition-colors",
        entry.pinned && "border-primary/30",
        onHover && "hover:border-foreground/20",
      )}
    >
      <header className="flex items-start justify-between gap-3">
        <div className="grid min-w-0 gap-1.5">
          <div className="flex flex-wrap items-center gap-1.5">
            <KindBadge kind={entry.kind} />
            {entry.pinned ? (
              <Badge variant="outline" className="border-primary/30 text-primary">
                <Pin aria-hidden />
                Pinned
              </Badge>
            ) : null}
          </div>
          <h3 id={titleId} className="text-sm leading-snug font-semibold break-words">
            {entry.title}
          </h3>
        </div>
        {canEdit ? <MemoryItemActions projectId={projectId} entry={entry} /> : null}
      </header>
      <div className="grid gap-1">
        <p className={cn("text-sm leading-relaxed break-words whitespace-pre-line text-foreground/85", !expanded && "line-clamp-4")}>{entry.content}</p>
        {long ? (
          <button
            type="button"
            onClick={() => setExpanded((v) => !v)}
            aria-expanded={expanded}
            className="w-fit rounded-sm text-xs font-medium text-primary underline-offset-2 outline-none hover:underline focus-visible:ring-2 focus-visible:ring-ring"
          >
            {expanded ? "Show less" : "Show all"}
          </button>
        ) : null}
      </div>
      {entry.match ? <MatchDetails match={entry.match} /> : null}
      <MemorySource entry={entry} labels={labels} base={base} />
    </article>
  );
}
