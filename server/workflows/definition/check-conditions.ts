// Condition rules: a `when` reads only known project facts, and only the
// output of a step that runs before it (an upstream agent step), naming a
// deliverable that step's agent produces and a path only into JSON or YAML.
import { projectFacts } from "@/server/services/projects/schemas";
import { conditionLeaves, type TOutputCondition } from "./condition-schema";
import type { TWorkflowStep } from "./definition-schema";
import { problem, prose, type TCheckContext, type TPath, type TWorkflowProblem } from "./workflow-problems";

/** Deliverable formats a condition's `path` can look into. */
const structuredFormats = ["json", "yaml"];

function checkOutputRef(ctx: TCheckContext, step: TWorkflowStep, { output }: TOutputCondition, at: TPath): TWorkflowProblem | undefined {
  const target = ctx.steps.get(output.step);
  const label = `step "${step.id}" tests the output of "${output.step}"`;
  if (output.step === step.id) return problem([...at, "step"], `step "${step.id}" tests its own output, which does not exist before it runs`);
  if (!target) return problem([...at, "step"], `${label}, which is not a step in this workflow`);
  if (!ctx.upstream.get(step.id)?.has(output.step)) return problem([...at, "step"], `${label}, which does not run before it (add "${output.step}" to its dependsOn)`);
  if (target.step.kind === "approval") return problem([...at, "step"], `${label}, an approval step, which has no output`);
  const agent = ctx.agents.get(output.step);
  if (!agent) return undefined; // the unknown agent is reported on its own step
  const deliverable = output.deliverable ? agent.outputs.find((o) => o.type === output.deliverable) : agent.outputs[0];
  if (!deliverable) {
    const outputs = prose(agent.outputs.map((o) => o.type));
    return problem([...at, "deliverable"], `step "${step.id}" tests deliverable ${output.deliverable} of "${output.step}", but its agent ${agent.id} outputs only ${outputs}`);
  }
  if (output.path && !structuredFormats.includes(deliverable.format)) {
    return problem(
      [...at, "path"],
      `step "${step.id}" reads path "${output.path}" of ${deliverable.type} from "${output.step}", which is ${deliverable.format}: a path needs a JSON or YAML deliverable`,
    );
  }
  return undefined;
}

export function checkConditions(ctx: TCheckContext): TWorkflowProblem[] {
  const known = Object.keys(projectFacts);
  const problems: TWorkflowProblem[] = [];
  ctx.definition.steps.forEach((step, i) => {
    if (!step.when || ctx.steps.get(step.id)?.index !== i) return;
    for (const { leaf, path } of conditionLeaves(step.when, ["steps", i, "when"])) {
      if ("fact" in leaf) {
        if (!known.includes(leaf.fact)) {
          problems.push(problem([...path, "fact"], `step "${step.id}" tests fact "${leaf.fact}", which is not a project fact (known: ${prose(known)})`));
        }
      } else {
        const found = checkOutputRef(ctx, step, leaf, [...path, "output"]);
        if (found) problems.push(found);
      }
    }
  });
  return problems;
}
