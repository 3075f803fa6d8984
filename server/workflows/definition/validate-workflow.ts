// Validates a workflow definition end to end: the shape (zod), then the rules
// across steps — ids, dependsOn, cycles, unreachable steps, agents, inputs,
// conditions, the step limit — and, when all hold, the order it runs in.
//
// The result's `order` is the definition as topological layers: every step in a
// layer can run at the same time, once the layers before it are done.
import { checkInputs, checkTaskPlaceholders, resolveAgents } from "./check-agents";
import { checkConditions } from "./check-conditions";
import { checkCycles, checkDependsOn, checkIds, checkReachable, checkStepCount } from "./check-structure";
import type { TAgentLookup } from "./agent-lookup";
import { ZWorkflowDefinition, type TWorkflowDefinition } from "./definition-schema";
import { blockedSteps, stepsInCycles, topologicalLayers, uniqueById, upstreamSets } from "./workflow-graph";
import { problemsFromZod, type TCheckContext, type TWorkflowProblem } from "./workflow-problems";

export type TValidateWorkflowResult =
  | { ok: true; definition: TWorkflowDefinition; order: string[][] }
  | { ok: false; problems: TWorkflowProblem[] };

function cannotStart(definition: TWorkflowDefinition): Set<string> {
  const steps = uniqueById(definition.steps);
  const ids = new Set(steps.map((s) => s.id));
  const broken = steps.filter((s) => s.dependsOn.some((d) => d === s.id || !ids.has(d))).map((s) => s.id);
  return new Set([...broken, ...stepsInCycles(steps), ...blockedSteps(steps).keys()]);
}

export function validateWorkflow(input: unknown, lookup: TAgentLookup): TValidateWorkflowResult {
  const parsed = ZWorkflowDefinition.safeParse(input);
  if (!parsed.success) return { ok: false, problems: problemsFromZod(parsed.error, input) };
  const definition = parsed.data;

  const { agents, problems: agentProblems } = resolveAgents(definition, lookup);
  const ctx: TCheckContext = {
    definition,
    steps: new Map(definition.steps.map((step, index) => [step.id, { step, index }] as const).reverse()),
    upstream: upstreamSets(uniqueById(definition.steps)),
    agents,
    cannotStart: cannotStart(definition),
  };
  const problems = [
    ...checkStepCount(definition),
    ...checkIds(definition),
    ...checkDependsOn(definition),
    ...checkCycles(definition),
    ...checkReachable(definition),
    ...agentProblems,
    ...checkTaskPlaceholders(definition),
    ...checkInputs(ctx, lookup),
    ...checkConditions(ctx),
  ];
  if (problems.length) return { ok: false, problems };
  return { ok: true, definition, order: topologicalLayers(definition.steps) };
}
