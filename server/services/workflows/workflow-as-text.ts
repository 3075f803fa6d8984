// A workflow version as JSON or YAML, for the editor's text view.
import { workflowToText } from "@/server/workflows/definition/workflow-text";
import type { TWorkspaceScope } from "../shared/scope";
import { ZWorkflowTextInput } from "./schemas";
import type { z } from "zod";
import { getWorkflowVersion } from "./get-workflow-version";

export async function workflowAsText(scope: TWorkspaceScope, raw: z.input<typeof ZWorkflowTextInput>) {
  const input = ZWorkflowTextInput.parse(raw);
  const workflow = await getWorkflowVersion(scope, input);
  return { format: input.format, text: workflowToText(workflow.definition, input.format) };
}
