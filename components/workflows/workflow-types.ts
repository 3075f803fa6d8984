// Types of what the workflow procedures return and of the definition the
// editor works on, taken from the services and schemas that produce them.
import type { listWorkflowTemplates } from "@/server/services/runs/list-templates";
import type { getWorkflowVersion } from "@/server/services/workflows/get-workflow-version";
import type { listWorkflows } from "@/server/services/workflows/list-workflows";
import type { TAgentStep, TApprovalStep, TWorkflowDefinition, TWorkflowStep } from "@/server/workflows/definition/definition-schema";
import type { TWorkflowProblem } from "@/server/workflows/definition/workflow-problems";

export type { TAgentStep, TApprovalStep, TWorkflowDefinition, TWorkflowProblem, TWorkflowStep };
export type { TCondition } from "@/server/workflows/definition/condition-schema";
export type { TWorkflowTextFormat } from "@/server/workflows/definition/workflow-text";
export type { TAgentSummary } from "@/server/services/agents/agent-views";

export type TWorkflowVersionView = Awaited<ReturnType<typeof getWorkflowVersion>>;
export type TOwnWorkflow = Awaited<ReturnType<typeof listWorkflows>>["own"][number];
export type TWorkflowTemplate = ReturnType<typeof listWorkflowTemplates>[number];

/** Where a step sits on the canvas (flow coordinates, top-left corner). */
export type TPoint = { x: number; y: number };
