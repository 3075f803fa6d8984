// Conditions on workflow steps (`when`): a step runs only when its condition
// holds, tested just before the step would start. A condition reads a project
// fact or an upstream step's output, and combines with all / any / not.
//
// Semantics (for the engine that evaluates them):
// - { fact, equals = true }: the project's fact (missing facts are false) equals `equals`.
// - { output: { step, deliverable?, path? }, equals?, contains? }: reads an upstream step's
//   deliverable (`deliverable` names its type; without it, the step's first output). With `path`
//   the deliverable is parsed (JSON or YAML) and the value at the dotted path (`a.b.0`) is used,
//   otherwise its text. `equals` compares that value (text is trimmed first), `contains` tests
//   case-insensitive containment in its text, and with neither the value must be present and
//   truthy (non-empty text).
// - { all }, { any }, { not }: the usual boolean combinations.
import { z } from "zod";
import { objectError, requiredAs, ZSnakeId, ZStepId } from "./field-schemas";

export type TOutputRef = { step: string; deliverable?: string; path?: string };
export type TOutputCondition = { output: TOutputRef; equals?: string | number | boolean; contains?: string };
export type TFactCondition = { fact: string; equals: boolean };

/** A condition after parsing (defaults applied). Explicit because the schema is recursive. */
export type TCondition = TFactCondition | TOutputCondition | { all: TCondition[] } | { any: TCondition[] } | { not: TCondition };
/** A condition as written, e.g. `{ fact: "has_ai_features" }` with `equals` left out. */
export type TConditionInput =
  | { fact: string; equals?: boolean }
  | TOutputCondition
  | { all: TConditionInput[] }
  | { any: TConditionInput[] }
  | { not: TConditionInput };

export const conditionKinds = ["fact", "output", "all", "any", "not"] as const;
export type TConditionKind = (typeof conditionKinds)[number];

const ZDottedPath = z.string().regex(/^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/, "write a dotted path, e.g. risk.level or items.0.name");

const ZCombination = z
  .array(z.lazy(() => ZCondition), { error: requiredAs("a list of conditions") })
  .min(1, "needs at least one condition")
  .max(20, "takes at most 20 conditions");

const branches = {
  fact: z.strictObject({ fact: ZSnakeId, equals: z.boolean({ error: "must be true or false" }).default(true) }, { error: objectError("a condition") }),
  output: z
    .strictObject({
      output: z.strictObject(
        { step: ZStepId, deliverable: ZSnakeId.optional(), path: ZDottedPath.optional() },
        { error: objectError("{ step, deliverable?, path? }") },
      ),
      equals: z.union([z.string(), z.number(), z.boolean()], { error: "must be text, a number or true/false" }).optional(),
      contains: z.string({ error: "must be text" }).min(1, "must not be empty").optional(),
    }, { error: objectError("a condition") })
    .refine((c) => c.equals === undefined || c.contains === undefined, { message: "use equals or contains, not both" }),
  all: z.strictObject({ all: ZCombination }, { error: objectError("a condition") }),
  any: z.strictObject({ any: ZCombination }, { error: objectError("a condition") }),
  not: z.strictObject({ not: z.lazy(() => ZCondition) }, { error: objectError("a condition") }),
} satisfies Record<TConditionKind, z.ZodType>;

function kindsOf(value: unknown): TConditionKind[] {
  if (!value || typeof value !== "object" || Array.isArray(value)) return [];
  return conditionKinds.filter((k) => k in value);
}

/**
 * Dispatches on the one key that names the kind, so a mistake deep inside a
 * condition is reported at its own path; a plain z.union only says "Invalid
 * input" at the top. The cast restores the input type the transform hides.
 */
export const ZCondition = z.unknown().transform((value, ctx): TCondition => {
  const kinds = kindsOf(value);
  if (kinds.length !== 1) {
    const found = kinds.length ? ` (found ${kinds.join(" and ")})` : "";
    ctx.addIssue({ code: "custom", message: `a condition has exactly one of fact, output, all, any or not${found}` });
    return z.NEVER;
  }
  const parsed = branches[kinds[0]!].safeParse(value);
  if (parsed.success) return parsed.data as TCondition;
  for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", message: issue.message, path: issue.path });
  return z.NEVER;
}) as unknown as z.ZodType<TCondition, TConditionInput>;

/** The fact and output tests in a condition, each with its path below `when`. */
export function conditionLeaves(condition: TCondition, at: (string | number)[] = []): { leaf: TFactCondition | TOutputCondition; path: (string | number)[] }[] {
  if ("all" in condition) return condition.all.flatMap((c, i) => conditionLeaves(c, [...at, "all", i]));
  if ("any" in condition) return condition.any.flatMap((c, i) => conditionLeaves(c, [...at, "any", i]));
  if ("not" in condition) return conditionLeaves(condition.not, [...at, "not"]);
  return [{ leaf: condition, path: at }];
}
