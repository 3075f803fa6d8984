// What workflow validation reports: one problem per mistake, with the path of
// the field at fault (e.g. "steps.3.dependsOn.0") and a sentence that names the
// step by id, so the editor can highlight the field and the message stands alone.
import type { ZodError } from "zod";
import type { TWorkflowAgent } from "./agent-lookup";
import type { TWorkflowDefinition, TWorkflowStep } from "./definition-schema";

export type TWorkflowProblem = { path: string; message: string };
export type TPath = (string | number)[];

export const problem = (path: TPath, message: string): TWorkflowProblem => ({ path: path.join("."), message });

/** What the cross-step checks share, built once from a schema-valid definition. */
export type TCheckContext = {
  definition: TWorkflowDefinition;
  /** Steps by id; with duplicate ids, the first one. */
  steps: Map<string, { step: TWorkflowStep; index: number }>;
  /** Every step each step waits for, transitively. */
  upstream: Map<string, Set<string>>;
  /** The agent behind each agent step, when it exists. */
  agents: Map<string, TWorkflowAgent>;
  /** Steps with a broken dependsOn or stuck behind one; their inputs are not judged. */
  cannotStart: Set<string>;
};

/** A list in prose: "a", "a and b", "a, b and c"; `or` for choices. */
export function prose(items: readonly string[], last: "and" | "or" = "and"): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} ${last} ${items.at(-1)}`;
}

function stepLabel(raw: unknown, index: number): string {
  const steps = raw && typeof raw === "object" && "steps" in raw && Array.isArray(raw.steps) ? (raw.steps as unknown[]) : [];
  const step = steps[index];
  const id = step && typeof step === "object" && "id" in step ? step.id : undefined;
  return typeof id === "string" && /^[\w-]{1,60}$/.test(id) ? `step "${id}"` : `step ${index + 1}`;
}

/**
 * zod issues as problems, naming the step ("step "backend", agentVersion: …")
 * rather than its position. describeZodError (server/errors) joins all issues
 * into one sentence; the editor needs them one by one, with their paths.
 */
export function problemsFromZod(error: ZodError, raw: unknown): TWorkflowProblem[] {
  return error.issues.map((issue) => {
    const path = issue.path.map((p) => (typeof p === "symbol" ? String(p) : p));
    const [head, index, ...rest] = path;
    if (head === "steps" && typeof index === "number") {
      const subject = stepLabel(raw, index);
      return problem(path, rest.length ? `${subject}, ${rest.join(".")}: ${issue.message}` : `${subject}: ${issue.message}`);
    }
    return problem(path, path.length ? `${path.join(".")}: ${issue.message}` : `workflow: ${issue.message}`);
  });
}
