// Which step and which field a validation problem is about. Problems carry a
// path ("steps.2.agent", "steps.0.when.fact", "limits.maxSteps") and a message
// that names the step ('step "backend" …'); cycle messages list the steps in
// the loop ("a → b → a"). The editor uses this to mark nodes and fields.
import { edgeId } from "./draft-ops";
import type { TWorkflowProblem } from "./workflow-types";

type TStepRef = { id: string; dependsOn: readonly string[] };

/** The step a problem is about, by its path's index or the step its message names. */
export function stepOfProblem(problem: TWorkflowProblem, steps: readonly TStepRef[]): string | null {
  const match = /^steps\.(\d+)(\.|$)/.exec(problem.path);
  if (match) return steps[Number(match[1])]?.id ?? null;
  const named = /step "([^"]+)"/.exec(problem.message)?.[1];
  return named && steps.some((s) => s.id === named) ? named : null;
}

/** The field below the step ("agent", "when.fact", "approval.prompt"), or the workflow field ("name", "limits.costCapUsd"). */
export function fieldOfProblem(problem: TWorkflowProblem): string | null {
  if (!problem.path) return null;
  const match = /^steps\.\d+\.?(.*)$/.exec(problem.path);
  if (match) return match[1] || null;
  return problem.path === "steps" ? null : problem.path;
}

/** Steps in a cycle the message spells out: "… in a cycle, …: a → b → c → a". */
function cycleIn(problem: TWorkflowProblem): string[] {
  if (!/cycle/.test(problem.message)) return [];
  const chain = problem.message.split(": ").at(-1) ?? "";
  return chain.includes(" → ") ? chain.split(" → ").map((s) => s.trim()) : [];
}

export type TProblemIndex = {
  /** Problems by the step they are about. */
  byStep: Map<string, TWorkflowProblem[]>;
  /** Problems of one step by field ("agent", "task"…), or of the workflow (stepId null: "name", "limits"…). */
  byField: (stepId: string | null, field: string) => TWorkflowProblem[];
  /** A step's problems that none of `fields` shows: about the step as a whole, or found through another step. */
  unplaced: (stepId: string, fields: readonly string[]) => TWorkflowProblem[];
  /** Edges that are part of a reported cycle. */
  cycleEdges: Set<string>;
  /** Problems about no step in particular (the workflow, its limits, the text's syntax). */
  general: TWorkflowProblem[];
};

export function indexProblems(problems: readonly TWorkflowProblem[], steps: readonly TStepRef[]): TProblemIndex {
  const byStep = new Map<string, TWorkflowProblem[]>();
  const general: TWorkflowProblem[] = [];
  const cycleEdges = new Set<string>();
  for (const problem of problems) {
    const step = stepOfProblem(problem, steps);
    if (step) byStep.set(step, [...(byStep.get(step) ?? []), problem]);
    else general.push(problem);
    const loop = cycleIn(problem);
    for (let i = 0; i + 1 < loop.length; i++) cycleEdges.add(edgeId(loop[i]!, loop[i + 1]!));
    for (const id of loop.slice(1, -1)) if (id !== step) byStep.set(id, [...(byStep.get(id) ?? []), problem]);
  }
  const under = (at: string | null, field: string) => at !== null && (at === field || at.startsWith(`${field}.`));
  const byField = (stepId: string | null, field: string) => {
    const list = stepId ? (byStep.get(stepId) ?? []) : general;
    return list.filter((p) => (stepId ? stepOfProblem(p, steps) === stepId : true) && under(fieldOfProblem(p), field));
  };
  const unplaced = (stepId: string, fields: readonly string[]) =>
    (byStep.get(stepId) ?? []).filter((p) => stepOfProblem(p, steps) !== stepId || !fields.some((f) => under(fieldOfProblem(p), f)));
  return { byStep, byField, unplaced, cycleEdges, general };
}
