// The small field schemas workflow definitions are built from (ids, model
// references, whole numbers in a range), with messages written for the people
// editing a workflow in the UI or as YAML.
import { z } from "zod";

/** zod's type error, reworded: "is required" when missing, "must be …" otherwise. */
export function requiredAs(what: string) {
  return (issue: { input?: unknown }) => (issue.input === undefined ? "is required" : `must be ${what}`);
}

export function unknownFieldsMessage(keys: readonly string[]): string {
  return `unknown ${keys.length === 1 ? "field" : "fields"} ${keys.map((k) => `"${k}"`).join(", ")}`;
}

/** For z.strictObject: name the unknown fields instead of zod's generic message. */
export function objectError(what: string) {
  return (issue: { code?: string; keys?: string[]; input?: unknown }) =>
    issue.code === "unrecognized_keys" ? unknownFieldsMessage(issue.keys ?? []) : issue.code === "invalid_type" ? requiredAs(what)(issue) : undefined;
}

/** Agent ids, deliverable types and fact names: the agent catalogue's snake_case. */
export const ZSnakeId = z
  .string({ error: requiredAs("text") })
  .regex(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/, "use snake_case, e.g. api_specification");

/** Step ids are stable keys for runs (memoized step results, resume), so they are plain. */
export const ZStepId = z
  .string({ error: requiredAs("text") })
  .max(60, "must be at most 60 characters")
  .regex(/^[a-z][a-z0-9]*([_-][a-z0-9]+)*$/, "use snake_case or kebab-case, e.g. backend or api-design");

/** Same providers as the model gateway's parseModelRef (server/models/routing.ts). */
export const ZModelRef = z
  .string({ error: requiredAs("text") })
  .regex(/^(openai|anthropic|compatible|offline):\S+$/, "write provider:model, e.g. openai:gpt-5-mini or anthropic:claude-sonnet-4-5");

export function wholeNumber(min: number, max: number, unit = "") {
  const suffix = unit ? ` ${unit}` : "";
  return z
    .number({ error: requiredAs("a number") })
    .int("must be a whole number")
    .min(min, `must be at least ${min}${suffix}`)
    .max(max, `must be at most ${max}${suffix}`);
}

export function text(min: number, max: number) {
  const base = z.string({ error: requiredAs("text") }).trim();
  return (min > 0 ? base.min(min, min === 1 ? "must not be empty" : `needs at least ${min} characters`) : base).max(
    max,
    `must be at most ${max} characters`,
  );
}
