// Decide a step's `when` condition: project facts, or an upstream step's
// output (a field of its JSON deliverable, or text it contains).
import { parse as parseYaml } from "yaml";
import { getDb } from "@/server/db/client";
import type { TCondition } from "@/server/workflows/definition/condition-schema";

/** The deliverable's text, or with a path the value there once parsed (YAML reads JSON too). */
function valueAt(content: string, path: string | undefined): unknown {
  if (!path) return content.trim();
  try {
    const value = path.split(".").reduce<unknown>((v, key) => (v && typeof v === "object" ? (v as Record<string, unknown>)[key] : undefined), parseYaml(content));
    return typeof value === "string" ? value.trim() : value;
  } catch {
    return undefined;
  }
}

export async function evaluateCondition(condition: TCondition, ctx: { runId: string; workspaceId: string; facts: Record<string, boolean> }): Promise<boolean> {
  if ("all" in condition) {
    for (const c of condition.all) if (!(await evaluateCondition(c, ctx))) return false;
    return true;
  }
  if ("any" in condition) {
    for (const c of condition.any) if (await evaluateCondition(c, ctx)) return true;
    return false;
  }
  if ("not" in condition) return !(await evaluateCondition(condition.not, ctx));
  if ("fact" in condition) return (ctx.facts[condition.fact] ?? false) === condition.equals;

  const db = await getDb();
  // Without a deliverable type: the step's first output.
  const artifact = await db.artifact.findFirst({
    where: { runId: ctx.runId, workspaceId: ctx.workspaceId, stepId: condition.output.step, ...(condition.output.deliverable ? { type: condition.output.deliverable } : {}) },
    orderBy: { createdAt: "asc" },
  });
  if (!artifact) return false;
  const value = valueAt(artifact.content, condition.output.path);
  if (condition.contains !== undefined) return String(typeof value === "object" ? JSON.stringify(value) : value).toLowerCase().includes(condition.contains.toLowerCase());
  if (condition.equals !== undefined) return value === condition.equals;
  return value !== undefined && value !== null && value !== false && value !== "";
}
