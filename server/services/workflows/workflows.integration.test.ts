import { afterAll, describe, expect, it } from "vitest";
import { embeddedRunner, stopEmbeddedRunner } from "@/server/engine/engine";
import { makeWorkspace } from "@/server/testing/fixtures";

afterAll(() => stopEmbeddedRunner());

describe("workspace workflows", () => {
  it("creates from a template, saves versions from data and from YAML, and runs a chosen version", async () => {
    const ws = await makeWorkspace("Flows");
    const api = ws.as("member");
    const created = await api.workflow.create({ workspaceSlug: ws.slug, name: "Our MVP flow", fromTemplate: "mvp" });
    expect(created).toMatchObject({ name: "Our MVP flow", latestVersion: 1 });

    const v1 = await api.workflow.get({ workspaceSlug: ws.slug, workflowId: created.id });
    expect(v1.layers).toEqual([["architecture"], ["build"], ["qa"], ["deploy"]]);
    // Drop deployment: data from the visual editor.
    const withoutDeploy = { ...v1.definition, steps: v1.definition.steps.filter((s) => s.id !== "deploy") };
    expect(await api.workflow.save({ workspaceSlug: ws.slug, workflowId: created.id, definition: withoutDeploy })).toMatchObject({ version: 2, order: [["architecture"], ["build"], ["qa"]] });

    // The text view round-trips: YAML out, edited, YAML in.
    const { text } = await api.workflow.text({ workspaceSlug: ws.slug, workflowId: created.id, format: "yaml" });
    expect(text).toContain("id: architecture");
    const v3 = await api.workflow.save({ workspaceSlug: ws.slug, workflowId: created.id, text: text.replace("name: Our MVP flow", "name: Lean MVP"), format: "yaml" });
    expect(v3.version).toBe(3);
    expect((await api.workflow.get({ workspaceSlug: ws.slug, workflowId: created.id })).name).toBe("Lean MVP");

    const project = await api.project.create({ workspaceSlug: ws.slug, name: "Flow project", description: "" });
    const run = await api.run.start({ workspaceSlug: ws.slug, projectId: project.id, workflowId: created.id, version: 2, task: "Build a tiny invoicing tool for freelancers." });
    await (await embeddedRunner()).idle();
    const detail = await api.run.get({ workspaceSlug: ws.slug, runId: run.id });
    expect(detail).toMatchObject({ status: "succeeded", workflow: { ref: `workflow:${created.id}@2`, name: "Our MVP flow" } });
    expect(detail.steps.map((s) => s.id)).toEqual(["architecture", "build", "qa"]);
  });

  it("rejects invalid definitions with the problems, and validates live without saving", async () => {
    const ws = await makeWorkspace("Invalid");
    const api = ws.as("member");
    const { id } = await api.workflow.create({ workspaceSlug: ws.slug, name: "Broken" });
    const cyclic = {
      name: "Loop",
      steps: [
        { id: "a", agent: "project_architect", dependsOn: ["b"] },
        { id: "b", agent: "code_reviewer", dependsOn: ["a"] },
      ],
    };
    const check = await api.workflow.validate({ workspaceSlug: ws.slug, definition: cyclic });
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.problems.map((p) => p.message).join(" ")).toMatch(/a → b → a|b → a → b/);
    await expect(api.workflow.save({ workspaceSlug: ws.slug, workflowId: id, definition: cyclic })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("The workflow is not valid") });
    const badYaml = await api.workflow.validate({ workspaceSlug: ws.slug, text: "name: [unclosed", format: "yaml" });
    expect(badYaml).toMatchObject({ ok: false });
    const unknownAgent = await api.workflow.validate({ workspaceSlug: ws.slug, definition: { name: "Ghost", steps: [{ id: "x", agent: "ghost_writer" }] } });
    expect(unknownAgent.ok).toBe(false);
    expect((await api.workflow.get({ workspaceSlug: ws.slug, workflowId: id })).latestVersion).toBe(1);
    await expect(ws.as("viewer").workflow.create({ workspaceSlug: ws.slug, name: "Nope" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("keeps workflows inside their workspace", async () => {
    const a = await makeWorkspace("Alpha");
    const b = await makeWorkspace("Beta");
    const { id } = await a.as("member").workflow.create({ workspaceSlug: a.slug, name: "Private flow", fromTemplate: "mvp" });
    const other = b.as("owner");
    await expect(other.workflow.get({ workspaceSlug: b.slug, workflowId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(other.workflow.save({ workspaceSlug: b.slug, workflowId: id, definition: { name: "Hijack", steps: [{ id: "a", agent: "project_architect" }] } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(other.workflow.archive({ workspaceSlug: b.slug, workflowId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const project = await other.project.create({ workspaceSlug: b.slug, name: "B project", description: "" });
    await expect(other.run.start({ workspaceSlug: b.slug, projectId: project.id, workflowId: id, task: "Try to run someone else's workflow." })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await other.workflow.list({ workspaceSlug: b.slug })).own).toEqual([]);
    expect((await a.as("viewer").workflow.list({ workspaceSlug: a.slug })).own.map((w) => w.name)).toEqual(["Private flow"]);
  });
});
