"use client";

// The visual editor: the canvas across the page, what stops a save right under
// it, then adding steps, the selected step's properties and the workflow's
// own settings side by side.
import { useMemo } from "react";

import type { TPickOption } from "@/components/agents/custom/chip-inputs";

import { WorkflowCanvas } from "../canvas/workflow-canvas";
import { indexProblems, stepOfProblem } from "../problem-paths";
import type { TValidation } from "../use-live-validation";
import type { TAgentSummary } from "../workflow-types";
import { ProblemsPanel } from "./problems-panel";
import { StepInspector, NoStepSelected } from "./step-inspector";
import { StepPalette } from "./step-palette";
import type { TWorkflowDraft } from "./use-workflow-draft";
import { WorkflowSettings } from "./workflow-settings";

export function VisualView({
  editor,
  agents,
  agentsLoading,
  validation,
  readOnly,
}: {
  editor: TWorkflowDraft;
  agents: TAgentSummary[];
  agentsLoading: boolean;
  validation: TValidation;
  readOnly: boolean;
}) {
  const { draft, selection } = editor;
  const problems = useMemo(() => indexProblems(validation.problems, validation.problemSteps), [validation.problems, validation.problemSteps]);
  const agentNames = useMemo(() => new Map(agents.map((a) => [a.id, a.name])), [agents]);
  const deliverableOptions = useMemo<TPickOption[]>(() => {
    const producers = new Map<string, string[]>();
    for (const agent of agents) for (const output of agent.outputs) producers.set(output.type, [...(producers.get(output.type) ?? []), agent.name]);
    return [...producers].sort(([a], [b]) => a.localeCompare(b)).map(([type, names]) => ({ value: type, label: `From ${names.join(", ")}`, hint: names.join(", ") }));
  }, [agents]);

  const selected = selection.steps.length === 1 ? draft.steps.find((s) => s.id === selection.steps[0]) : undefined;

  return (
    <div className="grid gap-4">
      <WorkflowCanvas
        definition={draft}
        positions={editor.positions}
        onMove={editor.move}
        selection={selection}
        onSelectionChange={editor.select}
        readOnly={readOnly}
        problems={problems}
        agentNames={agentNames}
        onConnect={editor.connect}
        onRemove={editor.remove}
        onDropStep={editor.add}
        onTidy={editor.tidy}
        fitRequest={editor.fitRequest}
        focusRequest={editor.focusRequest}
      />
      <ProblemsPanel validation={validation} stepOf={(p) => stepOfProblem(p, validation.problemSteps)} onShowStep={editor.selectStep} />
      <div className={readOnly ? "grid items-start gap-4 lg:grid-cols-[minmax(0,1fr)_18rem]" : "grid items-start gap-4 lg:grid-cols-[15rem_minmax(0,1fr)_18rem]"}>
        {/* On narrow screens the selected step comes first, right under the canvas. */}
        {readOnly ? null : (
          <div className="order-2 min-w-0 lg:order-none">
            <StepPalette agents={agents} loading={agentsLoading} after={selected?.id ?? null} onAdd={(spec) => editor.add(spec)} />
          </div>
        )}
        <div className="order-1 min-w-0 lg:order-none">
          {selected ? (
            <StepInspector
              key={selected.id}
              step={selected}
              definition={draft}
              agents={agents}
              deliverableOptions={deliverableOptions}
              problems={problems}
              readOnly={readOnly}
              onChange={editor.changeStep}
              onRename={(to) => editor.rename(selected.id, to)}
              onRemove={() => editor.remove({ steps: [selected.id], edges: [] })}
            />
          ) : (
            <NoStepSelected count={selection.steps.length} />
          )}
        </div>
        <div className="order-3 min-w-0 lg:order-none">
          <WorkflowSettings definition={draft} onChange={editor.changeWorkflow} problems={problems} readOnly={readOnly} />
        </div>
      </div>
    </div>
  );
}
