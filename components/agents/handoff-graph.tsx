"use client";

// The agent's place in the flow, drawn as a small SVG: agents that feed it on
// the left, the agent in the middle, the agents it hands off to on the right.
// Edges are labelled with the deliverable types they carry (dashed when it is a
// plain hand-off). Nodes link to those agents. Screen readers get a summary in
// the image's label and the same connections as a list.
import Link from "next/link";
import { useId, useState } from "react";

import { Avatar } from "@/components/ui/avatar";
import { cn } from "@/components/ui/cn";
import type { TAgentLink } from "@/server/services/agents/agent-views";

import { TierBadge } from "./agent-badges";
import type { TModelTier } from "./agent-meta";

// Geometry in SVG user units; the drawing scales to the card's width.
const WIDTH = 960;
const NODE_W = 180;
const NODE_H = 44;
const CENTER_W = 200;
const GAP = (WIDTH - 2 * NODE_W - CENTER_W) / 2;
/** An edge's label: one box, one line per deliverable type. */
const LABEL_LINE = 14;
const LABEL_PAD = 6; // vertical padding and border
const PAD_Y = 20;
/** How much the edges' ends on the centre node are squeezed together (0 = one point, 1 = straight across). */
const SQUEEZE = 0.4;

type TSide = "upstream" | "downstream";
type TRow = { link: TAgentLink; labels: string[]; handoffOnly: boolean; y: number; port: number; labelH: number };

function labelsOf(link: TAgentLink): { labels: string[]; handoffOnly: boolean } {
  const deliverables = link.via.filter((v) => v !== "handoff");
  return deliverables.length > 0 ? { labels: deliverables, handoffOnly: false } : { labels: ["hand-off"], handoffOnly: true };
}

const labelHeight = (lines: number) => lines * LABEL_LINE + LABEL_PAD;

/** Row centres relative to the first row, spaced so neither nodes nor edge labels overlap. */
function layoutSide(links: TAgentLink[]) {
  const rows = links.map((link) => ({ link, ...labelsOf(link) })).map((row) => ({ ...row, labelH: labelHeight(row.labels.length) }));
  const offsets: number[] = [];
  rows.forEach((row, i) => {
    const prev = rows[i - 1];
    if (!prev) return offsets.push(0);
    // Labels sit at the edges' midpoints, which are (1 + SQUEEZE) / 2 as far apart as the rows.
    const forLabels = ((prev.labelH + row.labelH) / 2 + 10) / ((1 + SQUEEZE) / 2);
    offsets.push((offsets[i - 1] ?? 0) + Math.max(NODE_H + 12, forLabels));
  });
  const span = offsets.at(-1) ?? 0;
  return { rows, offsets, span };
}

function edgePath(x1: number, y1: number, x2: number, y2: number): string {
  const k = (x2 - x1) * 0.55;
  return `M ${x1} ${y1} C ${x1 + k} ${y1}, ${x2 - k} ${y2}, ${x2} ${y2}`;
}

function names(links: TAgentLink[]): string {
  return links.map((l) => l.name).join(", ");
}

export function summariseGraph(agentName: string, upstream: TAgentLink[], downstream: TAgentLink[]): string {
  const from = upstream.length
    ? `${upstream.length} ${upstream.length === 1 ? "agent feeds" : "agents feed"} it (${names(upstream)})`
    : "no agent feeds it; it starts from the task";
  const to = downstream.length
    ? `it hands off to ${downstream.length} ${downstream.length === 1 ? "agent" : "agents"} (${names(downstream)})`
    : "it hands off to no other agent";
  return `Hand-off graph for ${agentName}: ${from}; ${to}.`;
}

export function HandoffGraph({
  agent,
  upstream,
  downstream,
  hrefFor,
}: {
  agent: { id: string; name: string; modelTier: TModelTier };
  upstream: TAgentLink[];
  downstream: TAgentLink[];
  hrefFor: (agentId: string) => string;
}) {
  const markerId = `handoff-arrow-${useId().replace(/[^\w-]/g, "")}`;
  const [hovered, setHovered] = useState<string | null>(null);

  const left = layoutSide(upstream);
  const right = layoutSide(downstream);
  const centerH = Math.max(96, SQUEEZE * left.span + 48, SQUEEZE * right.span + 48);
  const height = Math.max(left.span + NODE_H, right.span + NODE_H, centerH) + 2 * PAD_Y;
  const cy = height / 2;
  const centerX = NODE_W + GAP;

  const place = (side: ReturnType<typeof layoutSide>): TRow[] =>
    side.rows.map((row, i) => {
      const y = cy - side.span / 2 + (side.offsets[i] ?? 0);
      return { ...row, y, port: cy + SQUEEZE * (y - cy) };
    });
  const leftRows = place(left);
  const rightRows = place(right);
  const summary = summariseGraph(agent.name, upstream, downstream);

  function edge(row: TRow, side: TSide) {
    const [x1, y1, x2, y2] =
      side === "upstream" ? [NODE_W, row.y, centerX, row.port] : [centerX + CENTER_W, row.port, WIDTH - NODE_W, row.y];
    const active = hovered === `${side}:${row.link.id}`;
    return (
      <path
        key={`edge-${side}-${row.link.id}`}
        d={edgePath(x1, y1, x2 - 3, y2)}
        fill="none"
        strokeWidth={active ? 2 : 1.5}
        strokeDasharray={row.handoffOnly ? "5 4" : undefined}
        markerEnd={`url(#${markerId}${active ? "-active" : ""})`}
        className={cn("transition-[stroke]", active ? "stroke-primary" : "stroke-muted-foreground/45")}
      />
    );
  }

  function edgeLabel(row: TRow, side: TSide) {
    const [x1, y1, x2, y2] =
      side === "upstream" ? [NODE_W, row.y, centerX, row.port] : [centerX + CENTER_W, row.port, WIDTH - NODE_W, row.y];
    const active = hovered === `${side}:${row.link.id}`;
    const w = GAP - 16;
    return (
      <foreignObject
        key={`label-${side}-${row.link.id}`}
        x={(x1 + x2) / 2 - w / 2}
        y={(y1 + y2) / 2 - row.labelH / 2}
        width={w}
        height={row.labelH}
        className="pointer-events-none"
      >
        <div className="flex h-full items-center justify-center">
          <span
            className={cn(
              "flex max-w-full flex-col border bg-card px-2 py-0.5 text-[10.5px] leading-[14px] transition-colors",
              row.labels.length > 1 ? "rounded-md" : "rounded-full",
              row.handoffOnly ? "text-muted-foreground italic" : "font-mono text-foreground/80",
              active && "border-primary/50 text-foreground",
            )}
          >
            {row.labels.map((label) => (
              <span key={label} title={label} className="truncate">
                {label}
              </span>
            ))}
          </span>
        </div>
      </foreignObject>
    );
  }

  function node(row: TRow, side: TSide) {
    const x = side === "upstream" ? 0 : WIDTH - NODE_W;
    const key = `${side}:${row.link.id}`;
    return (
      <foreignObject key={`node-${side}-${row.link.id}`} x={x - 3} y={row.y - NODE_H / 2 - 3} width={NODE_W + 6} height={NODE_H + 6}>
        <div className="h-full p-[3px]">
          <Link
            href={hrefFor(row.link.id)}
            title={row.link.name}
            onMouseEnter={() => setHovered(key)}
            onMouseLeave={() => setHovered(null)}
            onFocus={() => setHovered(key)}
            onBlur={() => setHovered(null)}
            className={cn(
              "flex h-full items-center gap-2 rounded-lg border bg-card px-2.5 text-[13px] font-medium shadow-xs outline-none",
              "transition-[border-color,box-shadow] hover:border-primary/50 hover:shadow-sm focus-visible:border-ring focus-visible:ring-2 focus-visible:ring-ring/40",
            )}
          >
            <Avatar name={row.link.name} size="sm" shape="square" aria-hidden />
            <span className="line-clamp-2 leading-tight">{row.link.name}</span>
          </Link>
        </div>
      </foreignObject>
    );
  }

  function placeholder(side: TSide) {
    const x = side === "upstream" ? 0 : WIDTH - NODE_W;
    const [x1, x2] = side === "upstream" ? [NODE_W, centerX] : [centerX + CENTER_W, WIDTH - NODE_W];
    return (
      <g key={`placeholder-${side}`}>
        <path d={`M ${x1} ${cy} L ${x2} ${cy}`} strokeDasharray="2 4" strokeWidth={1.5} className="stroke-muted-foreground/30" fill="none" />
        <foreignObject x={x} y={cy - NODE_H / 2} width={NODE_W} height={NODE_H}>
          <div className="flex h-full items-center justify-center rounded-lg border border-dashed bg-muted/40 px-2.5 text-center text-xs text-muted-foreground">
            {side === "upstream" ? "Starts from the task" : "Last in its flow"}
          </div>
        </foreignObject>
      </g>
    );
  }

  return (
    <div className="grid gap-3">
      <div className="-mx-1 overflow-x-auto px-1 pb-1">
        <svg
          role="img"
          aria-label={summary}
          viewBox={`0 0 ${WIDTH} ${height}`}
          className="h-auto w-full min-w-[680px] select-none"
        >
          <defs>
            {(["", "-active"] as const).map((suffix) => (
              <marker
                key={suffix}
                id={`${markerId}${suffix}`}
                viewBox="0 0 10 10"
                refX="8"
                refY="5"
                markerWidth="7"
                markerHeight="7"
                orient="auto-start-reverse"
              >
                <path d="M 0 0 L 10 5 L 0 10 z" className={suffix ? "fill-primary" : "fill-muted-foreground/60"} />
              </marker>
            ))}
          </defs>

          {leftRows.length === 0 ? placeholder("upstream") : null}
          {rightRows.length === 0 ? placeholder("downstream") : null}
          {leftRows.map((row) => edge(row, "upstream"))}
          {rightRows.map((row) => edge(row, "downstream"))}
          {leftRows.map((row) => edgeLabel(row, "upstream"))}
          {rightRows.map((row) => edgeLabel(row, "downstream"))}

          <foreignObject x={centerX} y={cy - centerH / 2} width={CENTER_W} height={centerH}>
            <div
              aria-current="page"
              className="flex h-full flex-col items-center justify-center gap-2 rounded-xl border-2 border-primary/60 bg-card px-3 text-center shadow-sm"
            >
              <Avatar name={agent.name} shape="square" aria-hidden />
              <span className="line-clamp-2 text-sm leading-snug font-semibold">{agent.name}</span>
              <TierBadge tier={agent.modelTier} />
            </div>
          </foreignObject>

          {leftRows.map((row) => node(row, "upstream"))}
          {rightRows.map((row) => node(row, "downstream"))}
        </svg>
      </div>

      <div className="flex flex-wrap items-center gap-x-5 gap-y-1 text-xs text-muted-foreground" aria-hidden>
        <span className="flex items-center gap-1.5">
          <svg width="28" height="8" className="stroke-muted-foreground/60">
            <path d="M 0 4 L 28 4" strokeWidth={1.5} />
          </svg>
          Passes a deliverable
        </span>
        <span className="flex items-center gap-1.5">
          <svg width="28" height="8" className="stroke-muted-foreground/60">
            <path d="M 0 4 L 28 4" strokeWidth={1.5} strokeDasharray="5 4" />
          </svg>
          Hand-off (next step, no deliverable it needs)
        </span>
      </div>

      <div className="sr-only">
        <h3>Agents that feed {agent.name}</h3>
        {upstream.length ? (
          <ul>
            {upstream.map((link) => (
              <li key={link.id}>
                <Link href={hrefFor(link.id)} tabIndex={-1}>
                  {link.name}
                </Link>
                {": "}
                {labelsOf(link).handoffOnly ? "hands off to it" : `provides ${labelsOf(link).labels.join(", ")}`}
              </li>
            ))}
          </ul>
        ) : (
          <p>None; it starts from the task.</p>
        )}
        <h3>Agents {agent.name} hands off to</h3>
        {downstream.length ? (
          <ul>
            {downstream.map((link) => (
              <li key={link.id}>
                <Link href={hrefFor(link.id)} tabIndex={-1}>
                  {link.name}
                </Link>
                {": "}
                {labelsOf(link).handoffOnly ? "next step" : `receives ${labelsOf(link).labels.join(", ")}`}
              </li>
            ))}
          </ul>
        ) : (
          <p>None.</p>
        )}
      </div>
    </div>
  );
}
