// Workflow definitions as text, for the editor, import/export and templates
// checked into a repository: JSON or YAML, and back. parseWorkflowText only
// reads the syntax; hand its data to validateWorkflow for everything else.
// workflowToText(definition) parses back to a deep-equal definition.
import { LineCounter, parseDocument, stringify } from "yaml";
import type { TWorkflowDefinition } from "./definition-schema";
import type { TWorkflowProblem } from "./workflow-problems";

export const workflowTextFormats = ["json", "yaml"] as const;
export type TWorkflowTextFormat = (typeof workflowTextFormats)[number];

export type TParseWorkflowTextResult = { ok: true; data: unknown } | { ok: false; problems: TWorkflowProblem[] };

/** Far above any real workflow (60 steps); stops a paste of something else early. */
export const MAX_WORKFLOW_TEXT_CHARS = 200_000;

function parseYaml(text: string): TParseWorkflowTextResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length) {
    return {
      ok: false,
      problems: doc.errors.map((e) => {
        const at = lineCounter.linePos(e.pos[0]);
        return { path: "", message: `YAML line ${at.line}, column ${at.col}: ${e.message.split("\n")[0]}` };
      }),
    };
  }
  try {
    // A definition has no use for many aliases; the bound stops "billion laughs" documents.
    return { ok: true, data: doc.toJS({ maxAliasCount: 50 }) as unknown };
  } catch (error) {
    return { ok: false, problems: [{ path: "", message: `YAML: ${error instanceof Error ? error.message : String(error)}` }] };
  }
}

function parseJson(text: string): TParseWorkflowTextResult {
  try {
    return { ok: true, data: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, problems: [{ path: "", message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` }] };
  }
}

export function parseWorkflowText(text: string, format: TWorkflowTextFormat): TParseWorkflowTextResult {
  if (text.length > MAX_WORKFLOW_TEXT_CHARS) {
    return { ok: false, problems: [{ path: "", message: `the text is ${text.length} characters; a workflow is at most ${MAX_WORKFLOW_TEXT_CHARS}` }] };
  }
  if (!text.trim()) return { ok: false, problems: [{ path: "", message: "the text is empty" }] };
  return format === "json" ? parseJson(text) : parseYaml(text);
}

export function workflowToText(definition: TWorkflowDefinition, format: TWorkflowTextFormat): string {
  if (format === "json") return `${JSON.stringify(definition, null, 2)}\n`;
  return stringify(definition, { lineWidth: 100, minContentWidth: 40 });
}
