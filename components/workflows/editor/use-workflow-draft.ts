"use client";

// The visual editor's working state: the draft definition, where each step
// sits on the canvas, what is selected, and the edits the canvas, palette and
// inspector make. Removing steps can be undone from the toast that reports it.
import { useState } from "react";
import { toast } from "sonner";

import type { TCanvasSelection } from "../canvas/workflow-canvas";
import type { TDroppedStep } from "../canvas/drop";
import { placeMissing, tidyPositions } from "../canvas/layout";
import { addAgentStep, addApprovalStep, addDependency, mapStep, removeDependency, removeSteps, renameStep } from "../draft-ops";
import type { TAgentSummary, TPoint, TWorkflowDefinition, TWorkflowStep } from "../workflow-types";

const NONE: TCanvasSelection = { steps: [], edges: [] };

function keepKnown(positions: Record<string, TPoint>, steps: readonly { id: string }[]): Record<string, TPoint> {
  const ids = new Set(steps.map((s) => s.id));
  return Object.fromEntries(Object.entries(positions).filter(([id]) => ids.has(id)));
}

export function useWorkflowDraft(initial: TWorkflowDefinition, agents: readonly TAgentSummary[]) {
  const [draft, setDraft] = useState(initial);
  const [positions, setPositions] = useState(() => tidyPositions(initial.steps));
  const [selection, setSelection] = useState<TCanvasSelection>(NONE);
  const [fitRequest, setFitRequest] = useState(0);
  const [focusRequest, setFocusRequest] = useState<{ id: string; n: number } | null>(null);

  const focus = (id: string) => setFocusRequest((r) => ({ id, n: (r?.n ?? 0) + 1 }));

  /** Take a whole new definition (loaded, restored, or read from text). */
  function replace(definition: TWorkflowDefinition, { tidy = false } = {}) {
    setDraft(definition);
    setPositions((current) => (tidy ? tidyPositions(definition.steps) : placeMissing(definition.steps, keepKnown(current, definition.steps))));
    const ids = new Set(definition.steps.map((s) => s.id));
    setSelection((s) => ({ steps: s.steps.filter((id) => ids.has(id)), edges: [] }));
    if (tidy) setFitRequest((n) => n + 1);
  }

  function add(spec: TDroppedStep, at?: TPoint) {
    const after = !at && selection.steps.length === 1 ? selection.steps[0]! : null;
    const agent = spec.kind === "agent" ? agents.find((a) => a.id === spec.agent) : undefined;
    if (spec.kind === "agent" && !agent) return;
    const { definition, id } = agent ? addAgentStep(draft, agent, after) : addApprovalStep(draft, after);
    setDraft(definition);
    setPositions((current) => (at ? { ...current, [id]: at } : placeMissing(definition.steps, current)));
    setSelection({ steps: [id], edges: [] });
    focus(id);
  }

  function remove({ steps, edges }: { steps: string[]; edges: { from: string; to: string }[] }) {
    if (steps.length === 0 && edges.length === 0) return;
    const before = { draft, positions };
    const gone = new Set(steps);
    const rewired = draft.steps.filter((s) => !gone.has(s.id) && s.dependsOn.some((d) => gone.has(d))).map((s) => s.id);
    let next = draft;
    for (const e of edges) next = removeDependency(next, e.from, e.to);
    next = removeSteps(next, steps);
    setDraft(next);
    setSelection(NONE);
    const what = steps.length ? (steps.length === 1 ? `Removed step ${steps[0]}` : `Removed ${steps.length} steps`) : edges.length === 1 ? `${edges[0]!.to} no longer waits for ${edges[0]!.from}` : `Removed ${edges.length} dependencies`;
    toast(what, {
      description: rewired.length ? `${rewired.join(", ")} now ${rewired.length === 1 ? "waits" : "wait"} for what the removed ${steps.length === 1 ? "step" : "steps"} waited for.` : undefined,
      action: {
        label: "Undo",
        onClick: () => {
          setDraft(before.draft);
          setPositions(before.positions);
        },
      },
    });
  }

  return {
    draft,
    positions,
    selection,
    fitRequest,
    focusRequest,
    replace,
    add,
    remove,
    focus,
    select: (update: (current: TCanvasSelection) => TCanvasSelection) => setSelection(update),
    selectStep: (id: string) => {
      setSelection({ steps: [id], edges: [] });
      focus(id);
    },
    move: (moved: Record<string, TPoint>) => setPositions((current) => ({ ...current, ...moved })),
    connect: (from: string, to: string) => setDraft((d) => addDependency(d, from, to)),
    changeStep: (step: TWorkflowStep) => setDraft((d) => mapStep(d, step.id, () => step)),
    changeWorkflow: (definition: TWorkflowDefinition) => setDraft(definition),
    rename: (from: string, to: string) => {
      setDraft((d) => renameStep(d, from, to));
      setPositions(({ [from]: at, ...rest }) => (at ? { ...rest, [to]: at } : rest));
      setSelection((s) => ({ ...s, steps: s.steps.map((id) => (id === from ? to : id)) }));
    },
    tidy: () => {
      setPositions(tidyPositions(draft.steps));
      setFitRequest((n) => n + 1);
    },
  };
}

export type TWorkflowDraft = ReturnType<typeof useWorkflowDraft>;
