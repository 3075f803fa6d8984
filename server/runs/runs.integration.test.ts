import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/server/db/client";
import { embeddedRunner, stopEmbeddedRunner } from "@/server/engine/engine";
import { startFakeLlmServer, type FakeLlmServer } from "@/server/models/testing/fake-llm-server";
import { modelLikeReply, workspaceOnFakeServer } from "@/server/models/testing/gateway-harness";
import { makeWorkspace } from "@/server/testing/fixtures";

let fake: FakeLlmServer;
beforeAll(async () => {
  fake = await startFakeLlmServer();
  // A provider that answers like a well-behaved model: the offline model's well-formed answer.
  fake.defaultReply = modelLikeReply({ input: 2_000, output: 800 });
});
afterAll(async () => {
  await stopEmbeddedRunner();
  await fake.close();
});

const idle = async () => (await embeddedRunner()).idle();

async function demo(name = "Runs") {
  const ws = await makeWorkspace(name);
  const project = await ws.as("member").project.create({ workspaceSlug: ws.slug, name: "Task manager", description: "A task manager for small teams" });
  return { ...ws, project };
}

const TASK = "Build a task manager where teams create projects, assign tasks and track deadlines.";

describe("runs on the embedded engine with the offline model", () => {
  it("runs the full-stack template to its gate, and on to the end once approved", async () => {
    const { as, slug, project } = await demo();
    const started = await as("member").run.start({ workspaceSlug: slug, projectId: project.id, templateId: "full-stack-web-app", task: TASK });
    expect(started).toMatchObject({ number: 1 });
    await idle();

    let run = await as("viewer").run.get({ workspaceSlug: slug, runId: started.id });
    expect(run.status).toBe("waiting_approval");
    const state = Object.fromEntries(run.steps.map((s) => [s.id, s.status]));
    expect(state).toMatchObject({ architecture: "succeeded", specification: "succeeded", approve_spec: "waiting_approval", backend: "pending" });
    expect(run.offline).toBe(true);
    expect(run.artifacts.map((a) => a.stepId)).toContain("specification");
    const handoff = run.handoffs.find((h) => h.fromStepId === "architecture")!;
    expect(handoff).toMatchObject({ type: "handoff", fromAgent: "project_architect", context: { project: "Task manager" } });
    expect(handoff.nextTasks.length).toBeGreaterThan(0);
    expect(handoff.context.deliverables.length).toBeGreaterThan(0);

    const approval = run.approvals[0]!;
    await expect(as("viewer").run.decide({ workspaceSlug: slug, runId: run.id, approvalId: approval.id, approved: true })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await as("member").run.decide({ workspaceSlug: slug, runId: run.id, approvalId: approval.id, approved: true, inputEdit: "Use PostgreSQL, not MongoDB." });
    await idle();

    run = await as("member").run.get({ workspaceSlug: slug, runId: started.id });
    expect(run.status).toBe("succeeded");
    expect(run.steps.every((s) => s.status === "succeeded")).toBe(true);
    const agentSteps = run.steps.filter((s) => s.kind === "agent");
    expect(agentSteps.every((s) => s.offline && s.model === "offline:offline-model")).toBe(true);
    // One model call per agent step: the offline model always follows the response contract.
    expect(run.totals.modelCalls).toBe(agentSteps.length);
    const db = await getDb();
    const artifacts = await db.artifact.count({ where: { runId: run.id } });
    expect(artifacts).toBe(run.artifacts.length);
    expect(new Set(run.artifacts.map((a) => `${a.stepId}/${a.type}`)).size).toBe(artifacts);
    expect(run.approvals[0]).toMatchObject({ status: "approved", inputEdit: "Use PostgreSQL, not MongoDB." });
  });

  it("stops downstream work when a gate is rejected", async () => {
    const { as, slug, project } = await demo();
    const { id } = await as("member").run.start({ workspaceSlug: slug, projectId: project.id, templateId: "full-stack-web-app", task: TASK });
    await idle();
    const waiting = await as("member").run.get({ workspaceSlug: slug, runId: id });
    await as("admin").run.decide({ workspaceSlug: slug, runId: id, approvalId: waiting.approvals[0]!.id, approved: false, comment: "Spec is missing billing" });
    await idle();
    const run = await as("member").run.get({ workspaceSlug: slug, runId: id });
    expect(run.status).toBe("failed");
    expect(run.steps.find((s) => s.id === "approve_spec")).toMatchObject({ status: "failed", error: "Approval rejected." });
    expect(run.steps.find((s) => s.id === "backend")).toMatchObject({ status: "skipped", error: 'Not run: "approve_spec" did not succeed.' });
    expect(run.steps.find((s) => s.id === "documentation")!.status).toBe("skipped");
  });

  it("cancels a waiting run and closes its approval", async () => {
    const { as, slug, project } = await demo();
    const { id } = await as("member").run.start({ workspaceSlug: slug, projectId: project.id, templateId: "full-stack-web-app", task: TASK });
    await idle();
    await as("member").run.cancel({ workspaceSlug: slug, runId: id });
    await idle();
    const run = await as("member").run.get({ workspaceSlug: slug, runId: id });
    expect(run.status).toBe("cancelled");
    expect(run.approvals[0]!.status).toBe("rejected");
    expect(run.steps.find((s) => s.id === "backend")!.status).toBe("cancelled");
    await expect(as("member").run.cancel({ workspaceSlug: slug, runId: id })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("resumes from a step with an edit: upstream steps are reused by id, the rest runs again", async () => {
    const { as, slug, project } = await demo();
    const first = await as("member").run.start({ workspaceSlug: slug, projectId: project.id, templateId: "mvp", task: TASK });
    await idle();
    const done = await as("member").run.get({ workspaceSlug: slug, runId: first.id });
    expect(done.status).toBe("succeeded");

    const resumed = await as("member").run.resume({ workspaceSlug: slug, runId: first.id, fromStep: "qa", override: { input: "Focus the tests on deadline reminders.", model: "offline:offline-model" } });
    expect(resumed.reused.sort()).toEqual(["architecture", "build"]);
    expect(resumed.rerun.sort()).toEqual(["deploy", "qa"]);
    await idle();
    const run = await as("member").run.get({ workspaceSlug: slug, runId: resumed.id });
    expect(run).toMatchObject({ status: "succeeded", number: 2, lineage: { resumedFrom: { id: first.id, number: 1, step: "qa" } } });
    expect(run.steps.filter((s) => s.reused).map((s) => s.id).sort()).toEqual(["architecture", "build"]);
    // Only the re-run steps called a model in the new run.
    const db = await getDb();
    const calls = await db.modelCall.findMany({ where: { runId: resumed.id }, select: { stepId: true } });
    expect(calls.map((c) => c.stepId).sort()).toEqual(["deploy", "qa"]);
    // The reused deliverables came along, so the run holds the whole set.
    expect(run.artifacts.filter((a) => a.stepId === "architecture").length).toBe(done.artifacts.filter((a) => a.stepId === "architecture").length);
    expect(run.steps.find((s) => s.id === "qa")!.override).toMatchObject({ input: "Focus the tests on deadline reminders." });
  });

  it("pauses over budget for an approval, and goes on once the cap is raised and approved", async () => {
    const ws = await workspaceOnFakeServer(fake, { tierModels: { fast: ["openai:gpt-4.1-mini"], balanced: ["openai:gpt-4.1-mini"], deep: ["openai:gpt-4.1-mini"] }, monthlyBudgetUsd: 0.02 });
    const project = await ws.as("member").project.create({ workspaceSlug: ws.slug, name: "Budgeted", description: "" });
    const { id } = await ws.as("member").run.start({ workspaceSlug: ws.slug, projectId: project.id, templateId: "mvp", task: TASK });
    await idle();
    let run = await ws.as("member").run.get({ workspaceSlug: ws.slug, runId: id });
    expect(run.status).toBe("waiting_approval");
    const budget = run.approvals.find((a) => a.reason === "budget")!;
    expect(budget.prompt).toMatch(/monthly/);
    const stalled = run.steps.find((s) => s.status === "waiting_approval")!;
    expect(stalled.id).toBe(budget.stepId);

    await ws.as("admin").models.updateSettings({ workspaceSlug: ws.slug, monthlyBudgetUsd: 10 });
    await ws.as("member").run.decide({ workspaceSlug: ws.slug, runId: id, approvalId: budget.id, approved: true });
    await idle();
    run = await ws.as("member").run.get({ workspaceSlug: ws.slug, runId: id });
    expect(run.status).toBe("succeeded");
    expect(run.offline).toBe(false);
    expect(run.totals.costUsd).toBeGreaterThan(0);
  });

  it("remembers: run #2 on a project is prompted with what run #1 delivered, cited by memory id", async () => {
    const ws = await workspaceOnFakeServer(fake, { tierModels: { fast: ["openai:gpt-4.1-mini"], balanced: ["openai:gpt-4.1-mini"], deep: ["openai:gpt-4.1-mini"] } });
    const project = await ws.as("member").project.create({ workspaceSlug: ws.slug, name: "Remembering", description: "" });
    const first = await ws.as("member").run.start({ workspaceSlug: ws.slug, projectId: project.id, templateId: "mvp", task: "Build a recipe box where cooks save, tag and share recipes." });
    await idle();
    expect((await ws.as("member").run.get({ workspaceSlug: ws.slug, runId: first.id })).status).toBe("succeeded");
    const db = await getDb();
    const remembered = await db.memoryItem.findMany({ where: { workspaceId: ws.workspaceId, projectId: project.id, runId: first.id } });
    expect(new Set(remembered.map((m) => m.kind))).toEqual(new Set(["deliverable", "handoff", "summary"]));
    const history = await db.memoryItem.findFirstOrThrow({ where: { projectId: project.id, sourceKey: { startsWith: "project-summary:" } } });
    expect(history.content).toContain("Run #1 (MVP, succeeded)");

    fake.requests.length = 0;
    const second = await ws.as("member").run.start({ workspaceSlug: ws.slug, projectId: project.id, templateId: "mvp", task: "Add recipe sharing with tags and a public link for each recipe." });
    await idle();
    const firstCall = fake.requests.find((r) => JSON.stringify(r.body).includes("Add recipe sharing"))!;
    const prompt = JSON.stringify(firstCall.body.messages);
    expect(prompt).toContain("mem:");
    expect(prompt).toMatch(/run #1/);
    // Its own run's items are not recalled into its prompts (they arrive as inputs).
    const ownIds = (await db.memoryItem.findMany({ where: { runId: second.id }, select: { id: true } })).map((m) => m.id);
    for (const id of ownIds) expect(prompt).not.toContain(`mem:${id}`);
  });

  it("explains what cannot start", async () => {
    const { as, slug, project } = await demo();
    await expect(as("member").run.start({ workspaceSlug: slug, projectId: project.id, templateId: "nope", task: TASK })).rejects.toMatchObject({ code: "BAD_REQUEST", message: 'There is no workflow template "nope".' });
    await expect(as("member").run.start({ workspaceSlug: slug, projectId: project.id, templateId: "mvp", task: "short" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(as("viewer").run.start({ workspaceSlug: slug, projectId: project.id, templateId: "mvp", task: TASK })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await as("member").project.setArchived({ workspaceSlug: slug, projectId: project.id, archived: true });
    await expect(as("member").run.start({ workspaceSlug: slug, projectId: project.id, templateId: "mvp", task: TASK })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("keeps runs, deliverables and approvals inside their workspace", async () => {
    const a = await demo("Alpha");
    const b = await demo("Beta");
    const { id } = await a.as("member").run.start({ workspaceSlug: a.slug, projectId: a.project.id, templateId: "full-stack-web-app", task: TASK });
    await idle();
    const run = await a.as("member").run.get({ workspaceSlug: a.slug, runId: id });
    const other = b.as("owner");
    await expect(other.run.get({ workspaceSlug: b.slug, runId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(other.run.cancel({ workspaceSlug: b.slug, runId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(other.run.decide({ workspaceSlug: b.slug, runId: id, approvalId: run.approvals[0]!.id, approved: true })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(other.run.resume({ workspaceSlug: b.slug, runId: id, fromStep: "backend" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(other.run.start({ workspaceSlug: b.slug, projectId: a.project.id, templateId: "mvp", task: TASK })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await other.run.list({ workspaceSlug: b.slug })).toEqual([]);
    expect((await a.as("member").run.get({ workspaceSlug: a.slug, runId: id })).status).toBe("waiting_approval");
    await a.as("member").run.cancel({ workspaceSlug: a.slug, runId: id });
  });
});
