"use client";

// The project's knowledge graph as an interactive SVG: entities coloured by
// type and sized by how connected they are (the most connected haloed),
// relations as lines whose labels appear on hover. The layout is computed
// once per graph (force-layout.ts) and fitted to the card's real width, so
// text keeps its size. Drag to pan, buttons to zoom; a node is a button:
// click (or Enter) selects it, Escape clears. Entities the current search
// results mention are ringed.
import { Minus, Plus, Scan } from "lucide-react";
import { useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from "react";

import { useWidth } from "@/components/charts/use-width";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";

import { fitLayout, forceLayout, type TPoint } from "./force-layout";
import { entityColor, entityTypeLabel, relationLabel, type TGraphEntity, type TGraphRelation, type TMemoryGraph } from "./memory-meta";

const LABEL_FONT = 11;
const MIN_ZOOM = 0.5;
const MAX_ZOOM = 4;

export function nodeRadius(entity: Pick<TGraphEntity, "centrality">): number {
  return 5 + 11 * Math.sqrt(Math.max(0, Math.min(1, entity.centrality)));
}

function shorten(name: string, max = 26): string {
  return name.length > max ? `${name.slice(0, max - 1)}…` : name;
}

type TBox = { x1: number; y1: number; x2: number; y2: number };
const overlaps = (a: TBox, b: TBox) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

type THover = { node: string } | { edge: string } | null;

export function MemoryGraph({
  graph,
  selectedId,
  onSelect,
  highlighted,
}: {
  graph: TMemoryGraph;
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  highlighted: ReadonlySet<string>;
}) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const height = Math.round(Math.max(340, Math.min(560, width * 0.78)));
  const [hover, setHover] = useState<THover>(null);
  const [view, setView] = useState({ zoom: 1, x: 0, y: 0 });
  const drag = useRef<{ startX: number; startY: number; x: number; y: number; moved: boolean; pointer: number } | null>(null);
  const [panning, setPanning] = useState(false);

  const { entities, relations } = graph;
  const layout = useMemo(
    () =>
      forceLayout(
        entities.map((e) => ({ id: e.id, radius: nodeRadius(e), weight: e.centrality })),
        relations.map((r) => ({ from: r.fromId, to: r.toId, weight: r.weight })),
      ),
    [entities, relations],
  );
  const fit = useMemo(
    () => fitLayout(layout.positions.values(), Math.max(width, 1), height, { x: 70, y: 34 }, 2),
    [layout, width, height],
  );
  const at = (id: string): TPoint | null => {
    const p = layout.positions.get(id);
    return p ? { x: fit.offsetX + p.x * fit.scale, y: fit.offsetY + p.y * fit.scale } : null;
  };

  const neighbours = useMemo(() => {
    const map = new Map<string, Set<string>>();
    for (const r of relations) {
      if (!map.has(r.fromId)) map.set(r.fromId, new Set());
      if (!map.has(r.toId)) map.set(r.toId, new Set());
      map.get(r.fromId)!.add(r.toId);
      map.get(r.toId)!.add(r.fromId);
    }
    return map;
  }, [relations]);

  // What is in focus: the hovered node, else the hovered edge's ends, else the selection.
  const hoveredEdge = hover && "edge" in hover ? relations.find((r) => r.id === hover.edge) : undefined;
  const focusNode = hover && "node" in hover ? hover.node : hoveredEdge ? null : selectedId;
  const activeNodes = new Set<string>();
  if (focusNode) {
    activeNodes.add(focusNode);
    for (const id of neighbours.get(focusNode) ?? []) activeNodes.add(id);
  }
  if (hoveredEdge) {
    activeNodes.add(hoveredEdge.fromId);
    activeNodes.add(hoveredEdge.toId);
  }
  const focusing = activeNodes.size > 0;
  const isActiveEdge = (r: TGraphRelation) => (hoveredEdge ? r.id === hoveredEdge.id : focusNode !== null && (r.fromId === focusNode || r.toId === focusNode));
  // Relation labels: for the hovered edge, or the relations of a hovered (not merely selected) node.
  // A hub's many labels would pile up on each other; its relations are listed in the entity panel instead.
  const hoveredNodeEdges = hover && "node" in hover ? relations.filter(isActiveEdge) : [];
  const labelledEdges = hoveredEdge ? [hoveredEdge] : hoveredNodeEdges.length <= 6 ? hoveredNodeEdges : [];

  const topCentrality = entities.reduce((max, e) => Math.max(max, e.centrality), 0);
  const hub = (e: TGraphEntity) => topCentrality > 0 && e.centrality >= topCentrality - 1e-9;

  // Node labels, greedily, most important first, skipping any that would overlap one already
  // placed. What is hovered or selected (and its neighbours) is always labelled.
  const forcedLabels = new Set<string>([...activeNodes, ...(selectedId ? [selectedId] : [])]);
  const labelBudget = entities.length <= 30 ? entities.length : Math.max(10, Math.round(width / 40));
  const rank = (e: TGraphEntity) => (forcedLabels.has(e.id) ? 2 : highlighted.has(e.id) ? 1 : 0);
  const labelled = new Set<string>();
  const placed: TBox[] = [];
  const byImportance = [...entities].sort((a, b) => rank(b) - rank(a) || b.centrality - a.centrality || b.mentions - a.mentions);
  for (const e of byImportance) {
    const forced = forcedLabels.has(e.id);
    if (!forced && labelled.size >= labelBudget) break;
    const p = at(e.id);
    if (!p) continue;
    const w = shorten(e.name).length * LABEL_FONT * 0.58 + 6;
    const top = p.y + nodeRadius(e) + 3;
    const box = { x1: p.x - w / 2, y1: top, x2: p.x + w / 2, y2: top + LABEL_FONT + 3 };
    if (!forced && placed.some((b) => overlaps(b, box))) continue;
    placed.push(box);
    labelled.add(e.id);
  }

  function zoomBy(factor: number) {
    setView((v) => {
      const zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, v.zoom * factor));
      const k = zoom / v.zoom;
      // Keep the middle of the view where it is.
      return { zoom, x: width / 2 - (width / 2 - v.x) * k, y: height / 2 - (height / 2 - v.y) * k };
    });
  }

  function onPointerDown(event: PointerEvent<SVGSVGElement>) {
    if (event.button !== 0 || (event.target as Element).closest("[data-node]")) return;
    drag.current = { startX: event.clientX, startY: event.clientY, x: view.x, y: view.y, moved: false, pointer: event.pointerId };
  }
  function onPointerMove(event: PointerEvent<SVGSVGElement>) {
    const d = drag.current;
    if (!d || d.pointer !== event.pointerId) return;
    const dx = event.clientX - d.startX;
    const dy = event.clientY - d.startY;
    if (!d.moved && Math.hypot(dx, dy) < 4) return;
    if (!d.moved) {
      event.currentTarget.setPointerCapture(event.pointerId);
      setPanning(true);
    }
    d.moved = true;
    setView((v) => ({ ...v, x: d.x + dx, y: d.y + dy }));
  }
  function onPointerUp(event: PointerEvent<SVGSVGElement>) {
    const d = drag.current;
    drag.current = null;
    setPanning(false);
    if (!d || d.pointer !== event.pointerId) return;
    if (d.moved) event.currentTarget.releasePointerCapture(event.pointerId);
    // A click on the background (not a drag) clears the selection.
    else onSelect(null);
  }

  function onNodeKey(event: KeyboardEvent<SVGGElement>, id: string) {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      onSelect(id === selectedId ? null : id);
    }
  }

  const summary = `Knowledge graph: ${entities.length} ${entities.length === 1 ? "entity" : "entities"} and ${relations.length} ${relations.length === 1 ? "relation" : "relations"}. Select an entity to see the memory that mentions it.`;

  return (
    <div ref={ref} className="relative w-full overflow-hidden rounded-lg border bg-muted/25 dark:bg-background/40" style={{ height }}>
      {width > 0 ? (
        <svg
          role="group"
          aria-label={summary}
          width={width}
          height={height}
          className={cn("absolute inset-0 block touch-none select-none", panning ? "cursor-grabbing" : "cursor-grab")}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerCancel={() => {
            drag.current = null;
            setPanning(false);
          }}
          onKeyDown={(event) => (event.key === "Escape" ? onSelect(null) : undefined)}
        >
          <g transform={`translate(${view.x} ${view.y}) scale(${view.zoom})`}>
            <g aria-hidden>
              {relations.map((r) => {
                const a = at(r.fromId);
                const b = at(r.toId);
                if (!a || !b) return null;
                const active = isActiveEdge(r);
                return (
                  <line
                    key={r.id}
                    x1={a.x}
                    y1={a.y}
                    x2={b.x}
                    y2={b.y}
                    strokeWidth={(1 + Math.min(2.5, Math.log1p(r.weight))) / Math.sqrt(view.zoom)}
                    strokeDasharray={r.type === "mentions_with" ? "4 3" : undefined}
                    className={cn(
                      "transition-[stroke-opacity] duration-150",
                      active ? "stroke-foreground [stroke-opacity:0.7]" : "stroke-muted-foreground",
                      !active && (focusing ? "[stroke-opacity:0.08]" : "[stroke-opacity:0.35]"),
                    )}
                  />
                );
              })}
              {/* Wide invisible strokes make thin lines easy to hover. */}
              {relations.map((r) => {
                const a = at(r.fromId);
                const b = at(r.toId);
                if (!a || !b) return null;
                return (
                  <line
                    key={`hit-${r.id}`}
                    x1={a.x}
                    y1={a.y}
                    x2={b.x}
                    y2={b.y}
                    stroke="transparent"
                    strokeWidth={10 / view.zoom}
                    onPointerEnter={() => setHover({ edge: r.id })}
                    onPointerLeave={() => setHover((h) => (h && "edge" in h && h.edge === r.id ? null : h))}
                  />
                );
              })}
            </g>

            {entities.map((e) => {
              const p = at(e.id);
              if (!p) return null;
              const r = nodeRadius(e);
              const selected = e.id === selectedId;
              const lit = highlighted.has(e.id);
              const faded = focusing ? !activeNodes.has(e.id) : false;
              const quiet = !focusing && highlighted.size > 0 && !lit;
              const connections = neighbours.get(e.id)?.size ?? 0;
              return (
                <g
                  key={e.id}
                  data-node={e.id}
                  role="button"
                  tabIndex={0}
                  aria-pressed={selected}
                  aria-label={`${e.name}, ${entityTypeLabel(e.type).toLowerCase()}, ${e.mentions} ${e.mentions === 1 ? "mention" : "mentions"}, ${connections} ${connections === 1 ? "connection" : "connections"}`}
                  transform={`translate(${p.x} ${p.y})`}
                  className={cn("cursor-pointer outline-none transition-opacity duration-150", faded && "opacity-25", quiet && "opacity-55")}
                  onClick={() => onSelect(selected ? null : e.id)}
                  onKeyDown={(event) => onNodeKey(event, e.id)}
                  onPointerEnter={() => setHover({ node: e.id })}
                  onPointerLeave={() => setHover((h) => (h && "node" in h && h.node === e.id ? null : h))}
                  onFocus={() => setHover({ node: e.id })}
                  onBlur={() => setHover((h) => (h && "node" in h && h.node === e.id ? null : h))}
                >
                  <title>{`${e.name} (${entityTypeLabel(e.type)})`}</title>
                  {hub(e) ? <circle r={r + 7} style={{ fill: entityColor(e.type) }} opacity={0.18} /> : null}
                  {lit ? <circle r={r + 4} fill="none" strokeWidth={2} strokeDasharray="3 2" className="stroke-primary" /> : null}
                  {selected || (hover && "node" in hover && hover.node === e.id) ? (
                    <circle r={r + 3.5} fill="none" strokeWidth={2} className="stroke-foreground" />
                  ) : null}
                  <circle r={r} style={{ fill: entityColor(e.type) }} strokeWidth={1.5} className="stroke-card" />
                </g>
              );
            })}

            <g aria-hidden className="pointer-events-none">
              {entities.map((e) => {
                if (!labelled.has(e.id)) return null;
                const p = at(e.id);
                if (!p) return null;
                const strong = e.id === selectedId || hub(e) || activeNodes.has(e.id);
                return (
                  <text
                    key={`label-${e.id}`}
                    x={p.x}
                    y={p.y + nodeRadius(e) + 3 + LABEL_FONT}
                    textAnchor="middle"
                    fontSize={LABEL_FONT / Math.sqrt(view.zoom)}
                    paintOrder="stroke"
                    strokeWidth={3}
                    strokeLinejoin="round"
                    className={cn("fill-foreground stroke-card", strong ? "font-semibold" : "font-medium", focusing && !activeNodes.has(e.id) && "opacity-30")}
                  >
                    {shorten(e.name)}
                  </text>
                );
              })}
              {labelledEdges.map((r) => {
                const a = at(r.fromId);
                const b = at(r.toId);
                if (!a || !b) return null;
                return (
                  <text
                    key={`edge-label-${r.id}`}
                    x={(a.x + b.x) / 2}
                    y={(a.y + b.y) / 2 - 3}
                    textAnchor="middle"
                    fontSize={10 / Math.sqrt(view.zoom)}
                    paintOrder="stroke"
                    strokeWidth={3}
                    strokeLinejoin="round"
                    className="fill-muted-foreground stroke-card font-medium italic"
                  >
                    {relationLabel(r.type)}
                    {r.weight > 1 ? ` ×${Math.round(r.weight * 10) / 10}` : ""}
                  </text>
                );
              })}
            </g>
          </g>
        </svg>
      ) : null}

      <div className="absolute top-2 right-2 flex flex-col gap-1 rounded-lg border bg-card/90 p-0.5 shadow-xs backdrop-blur">
        <Button variant="ghost" size="icon-sm" aria-label="Zoom in" onClick={() => zoomBy(1.3)} disabled={view.zoom >= MAX_ZOOM}>
          <Plus aria-hidden />
        </Button>
        <Button variant="ghost" size="icon-sm" aria-label="Zoom out" onClick={() => zoomBy(1 / 1.3)} disabled={view.zoom <= MIN_ZOOM}>
          <Minus aria-hidden />
        </Button>
        <Button
          variant="ghost"
          size="icon-sm"
          aria-label="Fit the graph"
          onClick={() => setView({ zoom: 1, x: 0, y: 0 })}
          disabled={view.zoom === 1 && view.x === 0 && view.y === 0}
        >
          <Scan aria-hidden />
        </Button>
      </div>
    </div>
  );
}
