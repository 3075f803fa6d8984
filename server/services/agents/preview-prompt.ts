// Show exactly what a model would receive from an agent for a sample task in a
// project, with its token count. Upstream deliverables and memory are empty
// until runs exist; the preview says so rather than inventing them.
import { z } from "zod";
import { renderPrompt } from "@/server/agents/render-prompt";
import { getDb } from "@/server/db/client";
import { notFound } from "@/server/errors/app-error";
import { ZProjectSettings } from "../projects/schemas";
import { workspaceAgent } from "../custom-agents/workspace-agents";
import type { TWorkspaceScope } from "../shared/scope";

export const ZPreviewPromptInput = z.object({
  agentId: z.string().min(1).max(64),
  task: z.string().trim().min(1, "Describe a task to preview.").max(20_000),
  projectId: z.string().min(1).optional(),
});
export type TPreviewPromptInput = z.infer<typeof ZPreviewPromptInput>;

export async function previewPrompt(scope: TWorkspaceScope, raw: TPreviewPromptInput) {
  const input = ZPreviewPromptInput.parse(raw);
  const agent = await workspaceAgent(scope, input.agentId);
  if (!agent) throw notFound("Agent");
  const db = await getDb();
  const workspace = await db.workspace.findUnique({ where: { id: scope.workspaceId }, select: { name: true } });
  if (!workspace) throw notFound("Workspace");
  const project = input.projectId
    ? await db.project.findFirst({ where: { id: input.projectId, workspaceId: scope.workspaceId }, select: { name: true, description: true, settings: true } })
    : null;
  if (input.projectId && !project) throw notFound("Project");
  const settings = ZProjectSettings.safeParse(project?.settings ?? {});
  const facts = Object.fromEntries(Object.entries(settings.success ? (settings.data.facts ?? {}) : {}).map(([k, v]) => [k, Boolean(v)]));
  const rendered = renderPrompt({
    agent,
    task: input.task,
    project: {
      name: project?.name ?? "Sample project",
      description: project?.description ?? "",
      facts,
      repositoryUrl: settings.success ? settings.data.repositoryUrl : undefined,
    },
    workspace,
  });
  return { system: rendered.system, user: rendered.messages[0]!.content, tokenCount: rendered.tokenCount, hash: rendered.hash, trimmed: rendered.trimmed };
}
