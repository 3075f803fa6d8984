// Edits to a workflow definition as the visual editor makes them: add an agent
// step or an approval gate, remove steps (keeping the chain through them), add
// and remove dependencies, rename a step everywhere it is named, change one
// field. Pure functions that return a new definition; validation stays on the
// server, so these only keep the graph coherent (no duplicate ids or edges).
import type { TAgentStep, TApprovalStep, TCondition, TWorkflowDefinition, TWorkflowStep } from "./workflow-types";

export const DEFAULT_APPROVAL_PROMPT = "Review the work so far and approve to continue.";

/** A step id from any text: snake_case, starting with a letter, unique among `taken`. */
export function uniqueStepId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const cleaned =
    base
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "_")
      .replace(/^[^a-z]+/, "")
      .replace(/_+$/, "")
      .slice(0, 52) || "step";
  if (!used.has(cleaned)) return cleaned;
  for (let n = 2; ; n++) if (!used.has(`${cleaned}_${n}`)) return `${cleaned}_${n}`;
}

const ids = (definition: TWorkflowDefinition) => definition.steps.map((s) => s.id);

function appendStep(definition: TWorkflowDefinition, step: TWorkflowStep): TWorkflowDefinition {
  return { ...definition, steps: [...definition.steps, step] };
}

/** A step running `agent`, after `after` when given (else with no dependencies). */
export function addAgentStep(definition: TWorkflowDefinition, agent: { id: string; name: string }, after?: string | null) {
  const id = uniqueStepId(agent.id, ids(definition));
  const step: TAgentStep = { id, kind: "agent", title: agent.name, dependsOn: after ? [after] : [], agent: agent.id, agentVersion: "latest" };
  return { definition: appendStep(definition, step), id };
}

export function addApprovalStep(definition: TWorkflowDefinition, after?: string | null) {
  const id = uniqueStepId("approval", ids(definition));
  const step: TApprovalStep = {
    id,
    kind: "approval",
    title: "Approval",
    dependsOn: after ? [after] : [],
    approval: { prompt: DEFAULT_APPROVAL_PROMPT, timeoutHours: 72, onTimeout: "reject" },
  };
  return { definition: appendStep(definition, step), id };
}

/**
 * Remove steps. A step that waited for a removed one now waits for what the
 * removed one waited for, so removing the middle of a chain keeps the chain.
 */
export function removeSteps(definition: TWorkflowDefinition, removed: readonly string[]): TWorkflowDefinition {
  const gone = new Set(removed);
  const byId = new Map(definition.steps.map((s) => [s.id, s]));
  const through = (id: string, seen: Set<string>): string[] => {
    if (!gone.has(id)) return [id];
    if (seen.has(id)) return [];
    seen.add(id);
    return (byId.get(id)?.dependsOn ?? []).flatMap((dep) => through(dep, seen));
  };
  return {
    ...definition,
    steps: definition.steps
      .filter((s) => !gone.has(s.id))
      .map((s) => {
        if (!s.dependsOn.some((d) => gone.has(d))) return s;
        const dependsOn = [...new Set(s.dependsOn.flatMap((d) => through(d, new Set())))].filter((d) => d !== s.id);
        return { ...s, dependsOn };
      }),
  };
}

/** `to` waits for `from`. No self-dependencies, no duplicates. */
export function addDependency(definition: TWorkflowDefinition, from: string, to: string): TWorkflowDefinition {
  const target = definition.steps.find((s) => s.id === to);
  if (from === to || !target || target.dependsOn.includes(from)) return definition;
  return mapStep(definition, to, (s) => ({ ...s, dependsOn: [...s.dependsOn, from] }));
}

export function removeDependency(definition: TWorkflowDefinition, from: string, to: string): TWorkflowDefinition {
  return mapStep(definition, to, (s) => ({ ...s, dependsOn: s.dependsOn.filter((d) => d !== from) }));
}

export function mapStep(definition: TWorkflowDefinition, id: string, change: (step: TWorkflowStep) => TWorkflowStep): TWorkflowDefinition {
  return { ...definition, steps: definition.steps.map((s) => (s.id === id ? change(s) : s)) };
}

function renameInCondition(condition: TCondition, from: string, to: string): TCondition {
  if ("all" in condition) return { all: condition.all.map((c) => renameInCondition(c, from, to)) };
  if ("any" in condition) return { any: condition.any.map((c) => renameInCondition(c, from, to)) };
  if ("not" in condition) return { not: renameInCondition(condition.not, from, to) };
  if ("output" in condition && condition.output.step === from) return { ...condition, output: { ...condition.output, step: to } };
  return condition;
}

/** Rename a step and every reference to it (dependsOn, conditions on its output). */
export function renameStep(definition: TWorkflowDefinition, from: string, to: string): TWorkflowDefinition {
  if (from === to) return definition;
  return {
    ...definition,
    steps: definition.steps.map((s) => {
      const next = { ...s, id: s.id === from ? to : s.id, dependsOn: s.dependsOn.map((d) => (d === from ? to : d)) };
      return s.when ? { ...next, when: renameInCondition(s.when, from, to) } : next;
    }),
  };
}

/** A copy with `key` set, or removed when `value` is undefined (optional fields stay absent, not null). */
export function withField<T extends object, K extends keyof T>(object: T, key: K, value: T[K] | undefined): T {
  const next = { ...object };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

/** Key order does not matter; absent and undefined are the same. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

export function sameDefinition(a: TWorkflowDefinition, b: TWorkflowDefinition): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

export const edgeId = (from: string, to: string) => `${from}->${to}`;
