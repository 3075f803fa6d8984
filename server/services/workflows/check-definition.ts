// Validate a definition given as data or as JSON/YAML text, against this
// workspace's agents: the problems, or the parsed definition and its layers.
import { parseWorkflowText } from "@/server/workflows/definition/workflow-text";
import { validateWorkflow } from "@/server/workflows/definition/validate-workflow";
import type { TWorkflowDefinition } from "@/server/workflows/definition/definition-schema";
import type { TWorkflowProblem } from "@/server/workflows/definition/workflow-problems";
import { workspaceAgentResolver } from "../runs/resolve-run-agents";
import type { TWorkspaceScope } from "../shared/scope";
import { ZValidateWorkflowInput, type TDefinitionSource } from "./schemas";

export type TDefinitionCheck = { ok: true; definition: TWorkflowDefinition; order: string[][] } | { ok: false; problems: TWorkflowProblem[] };

export async function checkDefinition(scope: TWorkspaceScope, raw: TDefinitionSource): Promise<TDefinitionCheck> {
  const source = ZValidateWorkflowInput.parse(raw);
  let data: unknown;
  if ("text" in source) {
    const parsed = parseWorkflowText(source.text, source.format);
    if (!parsed.ok) return parsed;
    data = parsed.data;
  } else {
    data = source.definition;
  }
  const resolver = await workspaceAgentResolver(scope, data);
  return validateWorkflow(data, resolver.lookup);
}

export const problemsMessage = (problems: TWorkflowProblem[]) =>
  `The workflow is not valid: ${problems
    .slice(0, 5)
    .map((p) => (p.path ? `${p.path}: ${p.message}` : p.message))
    .join("; ")}${problems.length > 5 ? ` (and ${problems.length - 5} more)` : ""}`;
