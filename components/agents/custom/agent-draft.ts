// The editor's working copy of a custom agent: built from a published version,
// turned back into the definition `agent.publish` takes, and checked with the
// server's own schema so most mistakes show on the field before a round trip.
// What only the server can know (placeholders, references to other agents)
// comes back as a message naming the field; `fieldOfServerError` finds it.
import {
  agentSections,
  toolOperations,
  type deliverableFormats,
  type TAgentDefinitionBody,
  type TAgentSection,
} from "@/server/agents/definition-schema";
import { ZPublishAgentVersionInput, type TPublishAgentVersionInput } from "@/server/services/custom-agents/schemas";
import type { z } from "zod";

export type TToolOperation = (typeof toolOperations)[number];
export type TDeliverableFormat = (typeof deliverableFormats)[number];
export type TOutputRow = { rowId: string; type: string; name: string; format: TDeliverableFormat; path: string };
export type TToolRow = { rowId: string; server: string; operations: TToolOperation[] };

export type TAgentDraft = {
  name: string;
  description: string;
  category: TAgentDefinitionBody["category"];
  modelTier: TAgentDefinitionBody["modelTier"];
  capabilities: string[];
  dependencies: string[];
  nextAgents: string[];
  outputs: TOutputRow[];
  tools: TToolRow[];
  sections: Record<TAgentSection, string>;
};

export type TPublishDefinition = TPublishAgentVersionInput["definition"];
/** Messages keyed by field: "name", "outputs.0.type", "tools.1", "sections.Role", "note", "form"… */
export type TDraftErrors = Record<string, string>;

let rowCounter = 0;
/** A key for a row added in the browser (initial rows are keyed by position). */
export function newRowId(prefix: string): string {
  rowCounter += 1;
  return `${prefix}-new-${rowCounter}`;
}

export function draftFromBody(body: TAgentDefinitionBody): TAgentDraft {
  return {
    name: body.name,
    description: body.description,
    category: body.category,
    modelTier: body.modelTier,
    capabilities: [...body.capabilities],
    dependencies: [...body.dependencies],
    nextAgents: [...body.nextAgents],
    outputs: body.outputs.map((o, i) => ({ rowId: `output-${i}`, type: o.type, name: o.name, format: o.format, path: o.path ?? "" })),
    tools: Object.entries(body.tools).map(([server, operations], i) => ({ rowId: `tool-${i}`, server, operations: [...operations] })),
    sections: { ...body.sections },
  };
}

/** The definition to publish: trimmed as the server would store it, tools in a stable order. */
export function definitionFromDraft(draft: TAgentDraft): TPublishDefinition {
  return {
    name: draft.name.trim(),
    category: draft.category,
    description: draft.description.trim(),
    capabilities: draft.capabilities,
    dependencies: draft.dependencies,
    outputs: draft.outputs.map((o) => ({
      type: o.type.trim(),
      name: o.name.trim(),
      format: o.format,
      ...(o.path.trim() ? { path: o.path.trim() } : {}),
    })),
    modelTier: draft.modelTier,
    tools: Object.fromEntries(
      draft.tools
        .map((t) => [t.server.trim(), toolOperations.filter((op) => t.operations.includes(op))] as const)
        .sort(([a], [b]) => a.localeCompare(b)),
    ),
    nextAgents: draft.nextAgents,
    sections: Object.fromEntries(agentSections.map((name) => [name, draft.sections[name].trim()])) as Record<TAgentSection, string>,
  };
}

export function sameDefinition(a: TAgentDraft, b: TAgentDraft): boolean {
  return JSON.stringify(definitionFromDraft(a)) === JSON.stringify(definitionFromDraft(b));
}

type TIssue = { path: readonly PropertyKey[]; message: string; code?: string; minimum?: unknown; maximum?: unknown; origin?: string };

/** The schema's terse messages, as sentences for the field. */
const knownMessages: Record<string, string> = {
  "is empty or a stub": "Write at least 20 characters; this looks empty or like a stub.",
  "write a real one-paragraph description": "Write a real one-paragraph description (at least 40 characters).",
};

/** Zod's defaults ("Too small: expected string to have >=3 characters") in the product's voice. */
function humanMessage(issue: TIssue): string {
  const limit = Number(issue.code === "too_small" ? issue.minimum : issue.maximum);
  if ((issue.code === "too_small" || issue.code === "too_big") && issue.message.startsWith("Too ") && Number.isFinite(limit)) {
    const most = issue.code === "too_big";
    if (issue.origin === "array") return `Add ${most ? "at most" : "at least"} ${limit}.`;
    return most ? `Use at most ${limit} characters.` : limit === 1 ? "Required." : `Use at least ${limit} characters.`;
  }
  const text = (knownMessages[issue.message] ?? issue.message)
    .replace(/^Invalid option: expected one of .*/, "Pick one of the options.")
    // The chips above the Task template already list the placeholders the renderer knows.
    .replace(/; known: .*$/s, "; use one of the placeholders listed above the template");
  return text.charAt(0).toUpperCase() + text.slice(1) + (/[.!?]$/.test(text) ? "" : ".");
}

/** Where a zod issue of the publish input belongs in the form. */
function fieldOfPath(path: readonly PropertyKey[]): string {
  const [root, first, second, third] = path.map(String);
  if (root === "note") return "note";
  if (root !== "definition" || first === undefined) return "form";
  if (first === "sections" && second) return `sections.${second}`;
  if (first === "outputs") return second !== undefined && third ? `outputs.${second}.${third}` : "outputs";
  return first;
}

/** Check the draft like the server will; `input` is set only when there is nothing to fix. */
export function validateDraft(
  draft: TAgentDraft,
  key: string,
  note: string,
): { input: z.output<typeof ZPublishAgentVersionInput> | null; errors: TDraftErrors } {
  const errors: TDraftErrors = {};
  const seen = new Set<string>();
  draft.tools.forEach((tool, i) => {
    const server = tool.server.trim();
    if (!server) errors[`tools.${i}`] = "Name the tool server, e.g. github.";
    else if (seen.has(server)) errors[`tools.${i}`] = `"${server}" is listed twice; merge the rows.`;
    else if (tool.operations.length === 0) errors[`tools.${i}`] = "Allow at least one operation, or remove the server.";
    seen.add(server);
  });
  const parsed = ZPublishAgentVersionInput.safeParse({ key, definition: definitionFromDraft(draft), note });
  if (!parsed.success) {
    for (const issue of parsed.error.issues as TIssue[]) {
      const field = fieldOfPath(issue.path);
      errors[field] ??= humanMessage(issue);
    }
  }
  return { input: parsed.success && Object.keys(errors).length === 0 ? parsed.data : null, errors };
}

/**
 * The field a server validation message names, e.g.
 * `section "Task template": unknown placeholder {{x}}` or `nextAgents.0: no agent with id "x"`.
 */
export function fieldOfServerError(message: string): { field: string; message: string } {
  const section = /^section "([^"]+)": (.+)$/s.exec(message);
  if (section) return { field: `sections.${section[1]}`, message: humanMessage({ path: [], message: section[2]! }) };
  const list = /^(nextAgents|dependencies|capabilities)\.\d+: (.+)$/s.exec(message);
  if (list) return { field: list[1]!, message: humanMessage({ path: [], message: list[2]! }) };
  const zod = /^(definition\.[\w.]+|definition\.sections\.[^:]+|note): (.+)$/s.exec(message);
  if (zod) return { field: fieldOfPath(zod[1]!.split(".")), message: humanMessage({ path: [], message: zod[2]! }) };
  return { field: "form", message };
}

const fieldNames: Record<string, string> = {
  name: "Name",
  description: "Description",
  category: "Category",
  modelTier: "Model tier",
  capabilities: "Capabilities",
  dependencies: "Dependencies",
  nextAgents: "Hands off to",
  outputs: "Outputs",
  tools: "Tools",
  note: "Version note",
};

/** "sections.Task template" → "Task template", "outputs.0.type" → "Output 1 type". */
export function fieldLabel(field: string): string {
  if (field.startsWith("sections.")) return field.slice("sections.".length);
  const output = /^outputs\.(\d+)\.(\w+)$/.exec(field);
  if (output) return `Output ${Number(output[1]) + 1} ${output[2]}`;
  const tool = /^tools\.(\d+)$/.exec(field);
  if (tool) return `Tool server ${Number(tool[1]) + 1}`;
  return fieldNames[field] ?? field;
}

/** The DOM id of the control that edits a field, so an error can take you there. */
export function controlId(field: string): string {
  return `agent-${field.replace(/[^a-zA-Z0-9]+/g, "-").toLowerCase()}`;
}

/** The first error in the order the form shows its fields. */
export function firstError(errors: TDraftErrors): { field: string; message: string } | null {
  const order = [
    "form",
    "name",
    "description",
    "category",
    "modelTier",
    "capabilities",
    "dependencies",
    "outputs",
    "nextAgents",
    "tools",
    ...agentSections.map((s) => `sections.${s}`),
    "note",
  ];
  const keys = Object.keys(errors).filter((k) => errors[k]);
  const rank = (k: string) => {
    const exact = order.indexOf(k);
    if (exact >= 0) return exact;
    const prefix = order.indexOf(k.split(".")[0]!);
    return prefix >= 0 ? prefix + 0.5 : order.length;
  };
  const field = keys.sort((a, b) => rank(a) - rank(b))[0];
  return field ? { field, message: errors[field]! } : null;
}
