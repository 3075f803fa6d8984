// Export a project: its settings, every run with its steps, handoffs and
// deliverables — as JSON, YAML, or a Markdown report a person can read.
import { stringify as toYaml } from "yaml";
import { z } from "zod";
import { getDb } from "@/server/db/client";
import { notFound } from "@/server/errors/app-error";
import { microsToUsd } from "@/server/models/cost";
import type { TWorkspaceScope } from "../shared/scope";

export const exportFormats = ["json", "yaml", "md"] as const;
export const ZExportProjectInput = z.object({ projectId: z.string().min(1), format: z.enum(exportFormats, { error: "format must be json, yaml or md" }) });

async function collect(scope: TWorkspaceScope, projectId: string) {
  const db = await getDb();
  const project = await db.project.findFirst({ where: { id: projectId, workspaceId: scope.workspaceId }, select: { name: true, slug: true, description: true, settings: true, createdAt: true } });
  if (!project) throw notFound("Project");
  const runs = await db.run.findMany({
    where: { workspaceId: scope.workspaceId, projectId },
    orderBy: { number: "asc" },
    include: { steps: true, handoffs: { orderBy: { createdAt: "asc" } }, artifacts: { orderBy: { createdAt: "asc" } } },
  });
  return {
    exportedAt: new Date().toISOString(),
    project: { ...project, createdAt: project.createdAt.toISOString() },
    runs: runs.map((r) => ({
      number: r.number,
      workflow: r.workflowName,
      status: r.status,
      task: r.task,
      startedAt: r.startedAt?.toISOString() ?? null,
      finishedAt: r.finishedAt?.toISOString() ?? null,
      steps: r.steps.map((s) => ({ id: s.stepId, agent: s.agentId, status: s.status, model: s.model, offline: s.offline, costUsd: microsToUsd(s.costMicros), error: s.error })),
      handoffs: r.handoffs.map((h) => ({ messageId: h.id, timestamp: h.createdAt.toISOString(), fromAgent: h.fromAgent, toAgent: h.toAgent, type: "handoff", context: { project: project.name, phase: h.phase, deliverables: h.deliverables }, summary: h.summary, nextTasks: h.nextTasks })),
      deliverables: r.artifacts.map((a) => ({ step: a.stepId, agent: a.agentId, type: a.type, name: a.name, format: a.format, path: a.path, content: a.content })),
    })),
  };
}

function markdown(data: Awaited<ReturnType<typeof collect>>): string {
  const lines = [`# ${data.project.name}`, "", data.project.description || "_No description._", "", `Exported ${data.exportedAt}. ${data.runs.length} run(s).`, ""];
  for (const run of data.runs) {
    const offline = run.steps.some((s) => s.offline) ? " — produced by the offline model" : "";
    lines.push(`## Run #${run.number}: ${run.workflow} (${run.status})${offline}`, "", `> ${run.task.replace(/\n/g, "\n> ")}`, "", "| Step | Agent | Status | Model | Cost |", "|---|---|---|---|---|");
    for (const s of run.steps) lines.push(`| ${s.id} | ${s.agent ?? "approval"} | ${s.status} | ${s.model ?? "—"} | $${s.costUsd.toFixed(4)} |`);
    lines.push("");
    if (run.handoffs.length) {
      lines.push("### Handoffs", "");
      for (const h of run.handoffs) lines.push(`- **${h.fromAgent} → ${h.toAgent}**: ${h.summary}`, ...(h.nextTasks as string[]).map((t) => `  - ${t}`));
      lines.push("");
    }
    for (const d of run.deliverables) {
      lines.push(`### ${d.name} (${d.agent})`, "");
      lines.push(d.format === "markdown" ? d.content : `\`\`\`${d.format === "typescript" ? "ts" : d.format}\n${d.content}\n\`\`\``, "");
    }
  }
  return lines.join("\n");
}

export async function exportProject(scope: TWorkspaceScope, raw: z.input<typeof ZExportProjectInput>) {
  const { projectId, format } = ZExportProjectInput.parse(raw);
  const data = await collect(scope, projectId);
  const base = `${data.project.slug}-export`;
  if (format === "json") return { fileName: `${base}.json`, contentType: "application/json", body: JSON.stringify(data, null, 2) };
  if (format === "yaml") return { fileName: `${base}.yaml`, contentType: "application/yaml", body: toYaml(data) };
  return { fileName: `${base}.md`, contentType: "text/markdown; charset=utf-8", body: markdown(data) };
}
