import { afterAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { embeddedRunner, stopEmbeddedRunner } from "@/server/engine/engine";
import { makeWorkspace } from "@/server/testing/fixtures";
import { exportProject } from "./export-project";

afterAll(() => stopEmbeddedRunner());
const idle = async () => (await embeddedRunner()).idle();

describe("project progress and export", () => {
  it("shows phases, delivered agents and next actions, and exports everything in three formats", async () => {
    const ws = await makeWorkspace("Export");
    const project = await ws.as("member").project.create({ workspaceSlug: ws.slug, name: "Bookshop", description: "Sell books online" });
    const empty = await ws.as("viewer").project.progress({ workspaceSlug: ws.slug, projectId: project.id });
    expect(empty).toEqual({ runs: 0, latestRun: null, phases: [], completedAgents: [], nextActions: [] });

    const { id } = await ws.as("member").run.start({ workspaceSlug: ws.slug, projectId: project.id, templateId: "full-stack-web-app", task: "Build an online bookshop with a catalogue, cart and checkout." });
    await idle();
    const progress = await ws.as("viewer").project.progress({ workspaceSlug: ws.slug, projectId: project.id });
    expect(progress.latestRun).toMatchObject({ id, number: 1, status: "waiting_approval" });
    expect(progress.phases.map((p) => p.state)).toEqual(["done", "done", "active", "pending", "pending", "pending", "pending"]);
    expect(progress.completedAgents.map((a) => a.agentId)).toEqual(["project_architect", "technical_writer_phase1"]);
    expect(progress.nextActions[0]).toMatchObject({ kind: "approve", stepId: "approve_spec" });
    expect(progress.nextActions.some((a) => a.kind === "task")).toBe(true);

    const scope = { workspaceId: ws.workspace.id, actor: null };
    const json = await exportProject(scope, { projectId: project.id, format: "json" });
    const data = JSON.parse(json.body) as { project: { name: string }; runs: { number: number; deliverables: { step: string }[]; handoffs: { type: string }[] }[] };
    expect(json.fileName).toBe(`${project.slug}-export.json`);
    expect(data.project.name).toBe("Bookshop");
    expect(data.runs[0]!.deliverables.map((d) => d.step)).toContain("architecture");
    expect(data.runs[0]!.handoffs.every((h) => h.type === "handoff")).toBe(true);
    const yaml = await exportProject(scope, { projectId: project.id, format: "yaml" });
    const { exportedAt: _a, ...fromYaml } = parseYaml(yaml.body) as typeof data & { exportedAt: string };
    const { exportedAt: _b, ...fromJson } = data as typeof data & { exportedAt: string };
    expect(fromYaml).toEqual(fromJson);
    const md = await exportProject(scope, { projectId: project.id, format: "md" });
    expect(md.body).toContain("# Bookshop");
    expect(md.body).toContain("## Run #1: Full-stack web app (waiting_approval) — produced by the offline model");

    const other = await makeWorkspace("Other");
    await expect(exportProject({ workspaceId: other.workspace.id, actor: null }, { projectId: project.id, format: "json" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(other.as("owner").project.progress({ workspaceSlug: other.slug, projectId: project.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(exportProject(scope, { projectId: project.id, format: "pdf" as "md" })).rejects.toThrow(/format must be json, yaml or md/);
    await ws.as("member").run.cancel({ workspaceSlug: ws.slug, runId: id });
  });
});
