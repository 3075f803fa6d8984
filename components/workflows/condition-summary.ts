// A `when` condition in a few words, for a node's badge and the inspector:
// { fact: "has_ai_features" } → "has_ai_features", { not: … } → "not …",
// an output test → "output of build", combinations → "all of 2 tests".
import { projectFacts } from "@/server/services/projects/schemas";

import type { TCondition } from "./workflow-types";

export type TFact = keyof typeof projectFacts;
export const factIds = Object.keys(projectFacts) as TFact[];
export const factLabels: Record<TFact, string> = projectFacts;

export function isFact(value: string): value is TFact {
  return (factIds as string[]).includes(value);
}

export function conditionSummary(condition: TCondition): string {
  if ("fact" in condition) return condition.equals === false ? `not ${condition.fact}` : condition.fact;
  if ("output" in condition) return `output of ${condition.output.step}`;
  if ("not" in condition) return `not (${conditionSummary(condition.not)})`;
  const [kind, list] = "all" in condition ? ["all", condition.all] : ["any", condition.any];
  return list.length === 1 ? conditionSummary(list[0]!) : `${kind} of ${list.length} tests`;
}

/** The simple form the inspector edits, when the condition is one fact test. */
export function simpleFact(condition: TCondition | undefined): { fact: TFact; equals: boolean } | null {
  if (!condition || !("fact" in condition) || !isFact(condition.fact)) return null;
  return { fact: condition.fact, equals: condition.equals !== false };
}
