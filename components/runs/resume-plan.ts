// What resuming a run from a step runs again: that step and every step
// downstream of it (the server reuses the rest, by step id).
import type { TRunStep } from "./run-types";

/** The step and every step that depends on it, directly or not: what a resume runs again. */
export function stepsToRerun(steps: Pick<TRunStep, "id" | "dependsOn">[], fromStep: string): Set<string> {
  const rerun = new Set([fromStep]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const step of steps) {
      if (!rerun.has(step.id) && step.dependsOn.some((dep) => rerun.has(dep))) {
        rerun.add(step.id);
        grew = true;
      }
    }
  }
  return rerun;
}
