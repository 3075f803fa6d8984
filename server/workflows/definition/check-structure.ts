// Structural rules of a workflow: step count, unique ids, dependsOn that names
// real steps, no cycles, and no step that can never start.
//
// "Unreachable" here means: a step waits (directly or through other steps) for a
// step that is broken — one whose dependsOn names a step that does not exist,
// names itself, or is part of a cycle. The broken step gets its own problem; every
// step stuck behind it gets one saying what it waits for. Steps behind an approval
// gate or a `when` are reachable: whether a condition can ever hold is not judged.
import type { TWorkflowDefinition } from "./definition-schema";
import { blockedSteps, findCycles, stepsInCycles, uniqueById } from "./workflow-graph";
import { problem, type TWorkflowProblem } from "./workflow-problems";

export function checkStepCount(definition: TWorkflowDefinition): TWorkflowProblem[] {
  const { steps, limits } = definition;
  if (steps.length <= limits.maxSteps) return [];
  return [problem(["steps"], `the workflow has ${steps.length} steps, more than limits.maxSteps (${limits.maxSteps}): raise the limit (at most 60) or remove steps`)];
}

export function checkIds(definition: TWorkflowDefinition): TWorkflowProblem[] {
  const seen = new Set<string>();
  const problems: TWorkflowProblem[] = [];
  definition.steps.forEach((step, i) => {
    if (seen.has(step.id)) problems.push(problem(["steps", i, "id"], `step id "${step.id}" is used more than once: step ids must be unique`));
    seen.add(step.id);
  });
  return problems;
}

export function checkDependsOn(definition: TWorkflowDefinition): TWorkflowProblem[] {
  const ids = new Set(definition.steps.map((s) => s.id));
  const problems: TWorkflowProblem[] = [];
  definition.steps.forEach((step, i) => {
    const listed = new Set<string>();
    step.dependsOn.forEach((dep, k) => {
      const path = ["steps", i, "dependsOn", k];
      if (dep === step.id) problems.push(problem(path, `step "${step.id}" depends on itself`));
      else if (listed.has(dep)) problems.push(problem(path, `step "${step.id}" lists "${dep}" in dependsOn twice`));
      else if (!ids.has(dep)) problems.push(problem(path, `step "${step.id}" depends on "${dep}", which is not a step in this workflow`));
      listed.add(dep);
    });
  });
  return problems;
}

/** Position of the first step with each id. */
function firstIndex(definition: TWorkflowDefinition): Map<string, number> {
  return new Map(definition.steps.map((s, i) => [s.id, i] as const).reverse());
}

export function checkCycles(definition: TWorkflowDefinition): TWorkflowProblem[] {
  const index = firstIndex(definition);
  return findCycles(uniqueById(definition.steps)).map((cycle) =>
    problem(["steps", index.get(cycle[0]!)!, "dependsOn"], `steps wait for each other in a cycle, so none of them can start: ${cycle.join(" → ")}`),
  );
}

export function checkReachable(definition: TWorkflowDefinition): TWorkflowProblem[] {
  const steps = uniqueById(definition.steps);
  const ids = new Set(steps.map((s) => s.id));
  const byId = new Map(steps.map((s) => [s.id, s]));
  const inCycle = stepsInCycles(steps);
  const why = (id: string): string => {
    const step = byId.get(id)!;
    if (inCycle.has(id)) return "is part of a dependsOn cycle";
    if (step.dependsOn.includes(id)) return "depends on itself";
    const missing = step.dependsOn.find((d) => !ids.has(d));
    return `depends on "${missing}", which is not a step in this workflow`;
  };
  const index = firstIndex(definition);
  return [...blockedSteps(steps)].map(([id, chain]) => {
    const waits = chain.map((c) => `"${c}"`).join(", which waits for ");
    return problem(["steps", index.get(id)!, "dependsOn"], `step "${id}" can never start: it waits for ${waits}, which ${why(chain.at(-1)!)}`);
  });
}
