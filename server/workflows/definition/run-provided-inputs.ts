// Deliverable types a run supplies itself, so no step has to produce them.
//
// Every `dependencies` entry of an agent is some agent's output (the catalogue
// refuses anything else: server/agents/catalogue.ts), and the agents that start
// a workflow (project_architect, code_reviewer, security_specialist) depend on
// nothing and work from the run's task. So this set is only for steps whose
// `inputs` name material the run brings along, e.g. a pull-request review that
// lists `pull_request` so it cannot start without the diff. Types here must
// not collide with agent outputs (requirements ≠ requirements_document).
export const runProvidedInputs = {
  project_brief: "The project's name, description and facts, always present.",
  requirements: "Requirements written by people and attached to the run.",
  pull_request: "A GitHub pull request: title, description and unified diff (PR-triggered runs).",
} as const;

export type TRunProvidedInput = keyof typeof runProvidedInputs;

export function isRunProvidedInput(type: string): type is TRunProvidedInput {
  return Object.hasOwn(runProvidedInputs, type);
}
