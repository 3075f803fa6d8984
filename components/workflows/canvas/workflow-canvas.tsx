"use client";

// The visual editor's canvas (React Flow): a node per step, an edge per
// dependency. Drag from a step's right handle to another step to make it wait
// for the first; select a step or an edge and press Delete (or use the
// buttons) to remove it; drop an agent from the palette to add a step there.
// Positions are the editor's (not part of the definition); this component
// only reports what the person did.
import "@xyflow/react/dist/style.css";

import {
  Background,
  BackgroundVariant,
  Controls,
  MarkerType,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  useStoreApi,
  type Connection,
  type Edge,
  type EdgeChange,
  type NodeChange,
  type OnDelete,
} from "@xyflow/react";
import { useEffect, useMemo, useRef, useState, type DragEvent } from "react";

import { useWidth } from "@/components/charts/use-width";

import { edgeId } from "../draft-ops";
import type { TProblemIndex } from "../problem-paths";
import type { TPoint, TWorkflowDefinition } from "../workflow-types";
import { CanvasToolbar, EDGE_COLOUR, SelectedEdgePanel, flowThemeVars } from "./canvas-panels";
import { DRAG_MIME, type TDroppedStep } from "./drop";
import { FIT_PADDING, NODE, frameHeight } from "./layout";
import { StepNode, type TStepNode } from "./step-node";

export type TCanvasSelection = { steps: string[]; edges: string[] };

const nodeTypes = { step: StepNode };
type TCanvasProps = {
  definition: TWorkflowDefinition;
  positions: Record<string, TPoint>;
  onMove: (moved: Record<string, TPoint>) => void;
  selection: TCanvasSelection;
  /** Node and edge selection changes arrive separately in one gesture: each is an update of the latest selection. */
  onSelectionChange: (update: (current: TCanvasSelection) => TCanvasSelection) => void;
  readOnly: boolean;
  problems: TProblemIndex;
  agentNames: ReadonlyMap<string, string>;
  onConnect: (from: string, to: string) => void;
  onRemove: (removed: { steps: string[]; edges: { from: string; to: string }[] }) => void;
  onDropStep: (step: TDroppedStep, at: TPoint) => void;
  onTidy: () => void;
  /** Bump to fit the whole workflow into view (after a load or a tidy). */
  fitRequest: number;
  /** Bump `n` to bring one step into view. */
  focusRequest: { id: string; n: number } | null;
};

function toggle(list: string[], id: string, on: boolean): string[] {
  const has = list.includes(id);
  if (on === has) return list;
  return on ? [...list, id] : list.filter((x) => x !== id);
}

function Canvas(props: TCanvasProps & { height: number }) {
  const { definition, positions, selection, readOnly, problems, agentNames } = props;
  const flow = useReactFlow();
  // Measured node sizes: React Flow needs them back on every node it is given.
  const [sizes, setSizes] = useState<Record<string, { width: number; height: number }>>({});

  const nodes = useMemo<TStepNode[]>(
    () =>
      definition.steps.map((step) => ({
        id: step.id,
        type: "step",
        position: positions[step.id] ?? { x: 0, y: 0 },
        measured: sizes[step.id],
        selected: selection.steps.includes(step.id),
        ariaLabel: `${step.kind === "approval" ? "Approval gate" : "Step"} ${step.title ?? step.id} (${step.id})`,
        data: {
          step,
          agentName: step.kind === "agent" ? (agentNames.get(step.agent) ?? null) : null,
          problems: problems.byStep.get(step.id)?.length ?? 0,
          readOnly,
        },
      })),
    [definition.steps, positions, sizes, selection.steps, agentNames, problems, readOnly],
  );

  const edges = useMemo<Edge[]>(() => {
    const ids = new Set(definition.steps.map((s) => s.id));
    return definition.steps.flatMap((step) =>
      [...new Set(step.dependsOn)]
        .filter((dep) => dep !== step.id && ids.has(dep))
        .map((dep) => {
          const id = edgeId(dep, step.id);
          const inCycle = problems.cycleEdges.has(id);
          return {
            id,
            source: dep,
            target: step.id,
            selected: selection.edges.includes(id),
            ariaLabel: `${step.id} waits for ${dep}`,
            markerEnd: { type: MarkerType.ArrowClosed, width: 14, height: 14, color: inCycle ? "var(--destructive)" : EDGE_COLOUR },
            style: inCycle ? { stroke: "var(--destructive)", strokeWidth: 2 } : undefined,
            interactionWidth: 16,
          };
        }),
    );
  }, [definition.steps, problems, selection.edges]);

  function onNodesChange(changes: NodeChange<TStepNode>[]) {
    const moved: Record<string, TPoint> = {};
    const measured: Record<string, { width: number; height: number }> = {};
    const selects: { id: string; selected: boolean }[] = [];
    for (const change of changes) {
      if (change.type === "position" && change.position) moved[change.id] = change.position;
      else if (change.type === "dimensions" && change.dimensions) measured[change.id] = change.dimensions;
      else if (change.type === "select") selects.push(change);
    }
    if (Object.keys(moved).length) props.onMove(moved);
    if (Object.keys(measured).length) setSizes((current) => ({ ...current, ...measured }));
    if (selects.length) props.onSelectionChange((s) => ({ ...s, steps: selects.reduce((list, c) => toggle(list, c.id, c.selected), s.steps) }));
  }

  function onEdgesChange(changes: EdgeChange[]) {
    const selects = changes.filter((c) => c.type === "select");
    if (selects.length) props.onSelectionChange((s) => ({ ...s, edges: selects.reduce((list, c) => toggle(list, c.id, c.selected), s.edges) }));
  }

  // Removal arrives here once, with the edges of removed steps included.
  const onDelete: OnDelete<TStepNode, Edge> = ({ nodes: removedNodes, edges: removedEdges }) => {
    const steps = removedNodes.map((n) => n.id);
    const gone = new Set(steps);
    const onlyEdges = removedEdges.filter((e) => !gone.has(e.source) && !gone.has(e.target)).map((e) => ({ from: e.source, to: e.target }));
    props.onRemove({ steps, edges: onlyEdges });
  };

  const isValidConnection = (c: Connection | Edge) =>
    c.source !== c.target && !definition.steps.find((s) => s.id === c.target)?.dependsOn.includes(c.source);

  function onDrop(event: DragEvent<HTMLDivElement>) {
    const raw = event.dataTransfer.getData(DRAG_MIME);
    if (!raw || readOnly) return;
    event.preventDefault();
    const at = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
    props.onDropStep(JSON.parse(raw) as TDroppedStep, { x: at.x - NODE.width / 2, y: at.y - NODE.height / 2 });
  }

  const { fitRequest, focusRequest, height } = props;
  // Fit again after a tidy, or when the canvas changed height to suit the workflow.
  const fitted = useRef({ fitRequest, height });
  useEffect(() => {
    if (fitted.current.fitRequest === fitRequest && fitted.current.height === height) return;
    fitted.current = { fitRequest, height };
    // Two frames: the pane has taken its new size by then.
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => void flow.fitView({ padding: FIT_PADDING, duration: 250, maxZoom: 1 }));
    });
    return () => cancelAnimationFrame(frame);
  }, [fitRequest, height, flow]);

  // Bring a step into view only when it is (partly) outside it, so the view does not jump around.
  const store = useStoreApi<TStepNode, Edge>();
  useEffect(() => {
    if (!focusRequest) return;
    const { width: paneWidth, height: paneHeight } = store.getState();
    const node = flow.getNode(focusRequest.id);
    if (!node) return;
    const { x, y, zoom } = flow.getViewport();
    const left = node.position.x * zoom + x;
    const top = node.position.y * zoom + y;
    const visible = left >= 0 && top >= 0 && left + NODE.width * zoom <= paneWidth && top + NODE.height * zoom <= paneHeight;
    if (visible) return;
    void flow.setCenter(node.position.x + NODE.width / 2, node.position.y + NODE.height / 2, { zoom, duration: 250 });
  }, [focusRequest, flow, store]);

  const selectedEdge = selection.edges.length === 1 ? edges.find((e) => e.id === selection.edges[0]) : undefined;

  return (
    <ReactFlow<TStepNode, Edge>
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      onConnect={(c) => c.source && c.target && props.onConnect(c.source, c.target)}
      onDelete={onDelete}
      isValidConnection={isValidConnection}
      connectionRadius={32}
      nodesConnectable={!readOnly}
      deleteKeyCode={readOnly ? null : ["Backspace", "Delete"]}
      onDragOver={(event) => {
        if (readOnly || !event.dataTransfer.types.includes(DRAG_MIME)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = "copy";
      }}
      onDrop={onDrop}
      fitView
      fitViewOptions={{ padding: FIT_PADDING, maxZoom: 1 }}
      minZoom={0.25}
      maxZoom={1.75}
      style={flowThemeVars}
      aria-label="Workflow steps"
    >
      <Background variant={BackgroundVariant.Dots} gap={20} size={1.2} />
      <Controls showInteractive={false} position="bottom-left" orientation="horizontal" />
      <CanvasToolbar onTidy={props.onTidy} onFit={() => void flow.fitView({ padding: FIT_PADDING, duration: 250, maxZoom: 1 })} />
      {selectedEdge && !readOnly ? (
        <SelectedEdgePanel
          from={selectedEdge.source}
          to={selectedEdge.target}
          onRemove={() => props.onRemove({ steps: [], edges: [{ from: selectedEdge.source, to: selectedEdge.target }] })}
        />
      ) : null}
    </ReactFlow>
  );
}

/**
 * The canvas, as tall as the workflow needs at the available width (within
 * limits). Its height is worked out when the layout is fitted (on load, Tidy,
 * or a new definition) and when the width changes, not while steps are dragged.
 */
export function WorkflowCanvas(props: TCanvasProps) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const [frame, setFrame] = useState<{ fitRequest: number; width: number; height: number } | null>(null);
  if (width > 0 && (frame === null || frame.fitRequest !== props.fitRequest || frame.width !== width)) {
    const placed = props.definition.steps.flatMap((s) => props.positions[s.id] ?? []);
    setFrame({ fitRequest: props.fitRequest, width, height: frameHeight(placed, width) });
  }
  const height = frame?.height ?? 320;
  return (
    <div ref={ref} style={{ height }} className="overflow-hidden rounded-xl border bg-muted/20 shadow-xs">
      {/* Mounted once the width is known, so the first fit uses the real size. */}
      {frame ? (
        <ReactFlowProvider>
          <Canvas {...props} height={height} />
        </ReactFlowProvider>
      ) : null}
    </div>
  );
}
