// Agent-step rules: the agent (and pinned version) exists, the step's task
// only uses placeholders a run can fill, and every input the step cannot work
// without is produced by a step before it or supplied by the run.
import { templatePlaceholders } from "@/server/agents/definition-schema";
import { placeholdersIn } from "@/server/agents/parse-definition";
import type { TAgentLookup, TWorkflowAgent } from "./agent-lookup";
import type { TAgentStep, TWorkflowDefinition } from "./definition-schema";
import { isRunProvidedInput, runProvidedInputs } from "./run-provided-inputs";
import { problem, prose, type TCheckContext, type TWorkflowProblem } from "./workflow-problems";

/** Placeholders a step's task may use: the run's values, not the agent's context blocks. */
export const stepTaskPlaceholders = templatePlaceholders.filter((p) => p === "task" || p.startsWith("project.") || p.startsWith("workspace."));

/** The agent behind each agent step, plus a problem for each that does not exist. */
export function resolveAgents(definition: TWorkflowDefinition, lookup: TAgentLookup): { agents: Map<string, TWorkflowAgent>; problems: TWorkflowProblem[] } {
  const agents = new Map<string, TWorkflowAgent>();
  const problems: TWorkflowProblem[] = [];
  definition.steps.forEach((step, i) => {
    if (step.kind !== "agent" || agents.has(step.id)) return;
    const agent = lookup.agentExists(step.agent, step.agentVersion);
    if (agent) agents.set(step.id, agent);
    else if (step.agentVersion !== "latest" && lookup.agentExists(step.agent, "latest")) {
      problems.push(problem(["steps", i, "agentVersion"], `step "${step.id}" pins version ${step.agentVersion} of agent "${step.agent}", which does not exist (use "latest" or a published version)`));
    } else {
      problems.push(problem(["steps", i, "agent"], `step "${step.id}" uses agent "${step.agent}", which does not exist`));
    }
  });
  return { agents, problems };
}

export function checkTaskPlaceholders(definition: TWorkflowDefinition): TWorkflowProblem[] {
  const allowed: readonly string[] = stepTaskPlaceholders;
  const choices = prose(allowed.map((a) => `{{${a}}}`), "or");
  return definition.steps.flatMap((step, i) => {
    if (step.kind !== "agent" || !step.task) return [];
    const unknown = [...new Set(placeholdersIn(step.task))].filter((p) => !allowed.includes(p));
    return unknown.map((p) => problem(["steps", i, "task"], `step "${step.id}" task uses {{${p}}}, which a step task cannot use (use ${choices})`));
  });
}

function missingInputMessage(ctx: TCheckContext, lookup: TAgentLookup, step: TAgentStep, type: string): string {
  const head = `step "${step.id}" needs ${type}, which no step before it produces`;
  // Another step that makes it and does not itself wait for this one.
  const inWorkflow = [...ctx.agents].find(([id, agent]) => id !== step.id && !ctx.upstream.get(id)?.has(step.id) && agent.outputs.some((o) => o.type === type))?.[0];
  if (inWorkflow) return `${head} (step "${inWorkflow}" does: list it in dependsOn)`;
  const candidates = (lookup.listAgents?.() ?? []).filter((a) => a.outputs.some((o) => o.type === type)).map((a) => a.id);
  if (candidates.length) return `${head} (add a step that does, e.g. ${prose(candidates.slice(0, 3), "or")})`;
  return `step "${step.id}" needs ${type}, which no agent produces and a run does not provide (a run provides ${prose(Object.keys(runProvidedInputs))})`;
}

export function checkInputs(ctx: TCheckContext, lookup: TAgentLookup): TWorkflowProblem[] {
  const problems: TWorkflowProblem[] = [];
  ctx.definition.steps.forEach((step, i) => {
    const agent = ctx.agents.get(step.id);
    if (step.kind !== "agent" || !agent || ctx.steps.get(step.id)?.index !== i || ctx.cannotStart.has(step.id)) return;
    const available = new Set([...ctx.upstream.get(step.id)!].flatMap((id) => ctx.agents.get(id)?.outputs.map((o) => o.type) ?? []));
    const required = step.inputs ?? agent.dependencies;
    required.forEach((type, k) => {
      if (available.has(type) || isRunProvidedInput(type)) return;
      problems.push(problem(step.inputs ? ["steps", i, "inputs", k] : ["steps", i, "agent"], missingInputMessage(ctx, lookup, step, type)));
    });
  });
  return problems;
}
