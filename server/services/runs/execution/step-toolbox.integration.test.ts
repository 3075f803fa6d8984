// Agents calling MCP tools inside a run, end to end: a real filesystem MCP
// server (from npm, over stdio) rooted in the run's working copy, the
// workspace's versioned policy deciding every call server-side, ToolCall rows
// and audit events with the policy version, a denial the model is told about,
// an approval that pauses the run on the exact call, and calls replayed (not
// repeated) when the step runs again.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/server/db/client";
import { stopEmbeddedRunner } from "@/server/engine/engine";
import { verifyAuditChain } from "@/server/services/audit/verify-audit-chain";
import { createProject } from "@/server/services/projects/create-project";
import { decideApproval } from "@/server/services/runs/decide-approval";
import { resumeRun } from "@/server/services/runs/resume-run";
import { launchRun } from "@/server/services/runs/start-run";
import type { TWorkspaceScope } from "@/server/services/shared/scope";
import { createToolServer } from "@/server/services/tools/create-tool-server";
import { saveToolPolicy } from "@/server/services/tools/save-tool-policy";
import { testToolServerConnection } from "@/server/services/tools/test-tool-server";
import { makeWorkspace } from "@/server/testing/fixtures";
import type { TToolPolicy } from "@/server/tools/policy/policy-schema";
import { eventually } from "@/server/webhooks/testing/webhook-receiver";
import { runSandboxDir } from "./step-toolbox";

let scope: TWorkspaceScope;
let projectId: string;
let policyVersion = 0;
let serverId: string;

const definition = {
  name: "Health check",
  steps: [{ id: "backend", agent: "backend_developer", inputs: [] }],
};
const TASK = "Add a health check endpoint: write it to src/health.ts and list what is in the repository first.";

async function setPolicy(writeRule: Record<string, unknown>) {
  const document = {
    agents: {
      backend_developer: {
        servers: { fs: { tools: { list_directory: { operations: ["read"] }, read_text_file: { operations: ["read"] }, create_directory: { operations: ["write"], paths: ["src/**"] }, write_file: writeRule } } },
      },
    },
  } as unknown as TToolPolicy;
  policyVersion = (await saveToolPolicy(scope, { document, expectedVersion: policyVersion })).version;
}

/** Waits until the run has ended (or, with `orApproval`, stopped to wait for one) and returns it. */
async function settled(runId: string, { orApproval = false } = {}) {
  const db = await getDb();
  return eventually(
    () => db.run.findUniqueOrThrow({ where: { id: runId } }),
    (r) => r.status === "succeeded" || r.status === "failed" || (orApproval && r.status === "waiting_approval"),
    60_000,
  );
}

async function runToEnd() {
  const run = await launchRun(scope, { projectId, workflowRef: "test:tools", definition, task: TASK });
  await settled(run.id, { orApproval: true });
  return run.id;
}

/** Where the task asks the agent to write, in the run's working copy. */
const healthFile = (runId: string) => path.join(runSandboxDir(runId), "src/health.ts");
const callsOf = async (runId: string) => (await getDb()).toolCall.findMany({ where: { runId }, orderBy: { createdAt: "asc" } });

beforeAll(async () => {
  const { workspace, users } = await makeWorkspace("Tools");
  scope = { workspaceId: workspace.id, actor: { userId: users.owner.id, role: "owner" } };
  projectId = (await createProject(scope, { name: "Service" })).id;
  serverId = (await createToolServer(scope, { name: "fs", preset: "filesystem" })).id;
});

afterAll(() => stopEmbeddedRunner());

describe("agents calling tools under the workspace policy", () => {
  it("with read/write under src/** the backend developer lists and writes in the run's working copy, each call recorded with the policy version", async () => {
    await setPolicy({ operations: ["write"], paths: ["src/**"] });
    const runId = await runToEnd();
    const db = await getDb();
    expect((await db.run.findUniqueOrThrow({ where: { id: runId } })).status).toBe("succeeded");
    const calls = await callsOf(runId);
    expect(calls.map((c) => [c.toolName, c.decision, c.outcome])).toEqual([
      ["list_directory", "allowed", "ok"],
      ["create_directory", "allowed", "ok"],
      ["write_file", "allowed", "ok"],
    ]);
    expect(calls.every((c) => c.policyVersion === policyVersion && c.agentId === "backend_developer" && c.stepId === "backend")).toBe(true);
    expect(existsSync(healthFile(runId))).toBe(true);
    expect(readFileSync(healthFile(runId), "utf8").length).toBeGreaterThan(50);
    // The deliverable says what the tools did; the audit chain holds each call and still verifies.
    const deliverable = await db.artifact.findFirstOrThrow({ where: { runId, format: "markdown" }, orderBy: { createdAt: "asc" } });
    expect(deliverable.content).toMatch(/Tool calls[\s\S]*write_file[\s\S]*ok/);
    const audited = await db.auditEvent.findMany({ where: { workspaceId: scope.workspaceId, targetType: "tool_call" } });
    expect(audited.filter((e) => calls.some((c) => c.id === e.targetId)).map((e) => [e.action, e.policyVersion])).toEqual(calls.map(() => ["tool.call.allowed", policyVersion]));
    expect(await verifyAuditChain(scope.workspaceId)).toMatchObject({ ok: true });
  }, 90_000);

  it("a tightened policy denies the write before it reaches the server, and the agent is told why", async () => {
    await setPolicy({ operations: ["write"], paths: ["docs/**"] });
    const runId = await runToEnd();
    const db = await getDb();
    expect((await db.run.findUniqueOrThrow({ where: { id: runId } })).status).toBe("succeeded");
    const calls = await callsOf(runId);
    expect(calls.map((c) => [c.toolName, c.decision, c.outcome])).toEqual([
      ["list_directory", "allowed", "ok"],
      ["create_directory", "allowed", "ok"],
      ["write_file", "denied", "denied"],
    ]);
    expect(calls[2]!.reason).toMatch(/src\/health\.ts/);
    expect(existsSync(healthFile(runId))).toBe(false);
    const deliverable = await db.artifact.findFirstOrThrow({ where: { runId, format: "markdown" }, orderBy: { createdAt: "asc" } });
    expect(deliverable.content).toMatch(/write_file[\s\S]*(denied|error)/);
  }, 90_000);

  it("a write that needs approval pauses the run on the exact call; approving runs it once, without repeating the calls already made", async () => {
    await setPolicy({ operations: ["write"], paths: ["src/**"], approval: true });
    const runId = await runToEnd();
    const db = await getDb();
    expect((await db.run.findUniqueOrThrow({ where: { id: runId } })).status).toBe("waiting_approval");
    const approval = await db.approval.findFirstOrThrow({ where: { runId, status: "pending" } });
    expect(approval.reason).toBe("tool");
    expect(approval.prompt).toMatch(/fs → write_file[\s\S]*src\/health\.ts/);
    expect(existsSync(healthFile(runId))).toBe(false);

    await decideApproval(scope, { runId, approvalId: approval.id, approved: true, comment: "Fine" });
    expect((await settled(runId)).status).toBe("succeeded");
    const calls = await callsOf(runId);
    // The listing and the folder were made once and replayed on the re-run; the write ran once, after approval.
    expect(calls.map((c) => [c.toolName, c.decision, c.outcome])).toEqual([
      ["list_directory", "allowed", "ok"],
      ["create_directory", "allowed", "ok"],
      ["write_file", "approved", "ok"],
    ]);
    expect(existsSync(healthFile(runId))).toBe(true);
  }, 120_000);

  it("a rejected call is not made, and the step carries on", async () => {
    const runId = await runToEnd();
    const db = await getDb();
    const approval = await db.approval.findFirstOrThrow({ where: { runId, status: "pending" } });
    await decideApproval(scope, { runId, approvalId: approval.id, approved: false, comment: "Not in this run" });
    await settled(runId);
    const calls = await callsOf(runId);
    expect(calls.map((c) => [c.toolName, c.decision, c.outcome])).toEqual([
      ["list_directory", "allowed", "ok"],
      ["create_directory", "allowed", "ok"],
      ["write_file", "rejected", "denied"],
    ]);
    expect(existsSync(healthFile(runId))).toBe(false);
  }, 120_000);

  it("a resumed run works on a copy of the working copy of the run it resumes", async () => {
    await setPolicy({ operations: ["write"], paths: ["src/**"] });
    const first = await runToEnd();
    writeFileSync(path.join(runSandboxDir(first), "src", "kept.ts"), "export const kept = true;\n");
    const resumed = await resumeRun(scope, { runId: first, fromStep: "backend" });
    await settled(resumed.id);
    expect(readFileSync(path.join(runSandboxDir(resumed.id), "src", "kept.ts"), "utf8")).toContain("kept");
    expect((await callsOf(resumed.id)).map((c) => c.toolName)).toEqual(["list_directory", "create_directory", "write_file"]);
  }, 120_000);

  it("withholds a tool whose definition changed since the server was tested, until it is tested again", async () => {
    await setPolicy({ operations: ["write"], paths: ["src/**"] });
    expect((await testToolServerConnection(scope, { serverId })).ok).toBe(true);
    const db = await getDb();
    // As if the server had changed write_file's description (the text the model reads) after the admin reviewed it.
    const row = await db.toolServer.findUniqueOrThrow({ where: { id: serverId } });
    const tested = (row.tools as { name: string; description: string }[]).map((t) => (t.name === "write_file" ? { ...t, description: "An older, reviewed description." } : t));
    await db.toolServer.update({ where: { id: serverId }, data: { tools: tested } });

    // Not offered, so not called: with no write tool the agent only lists.
    const withheld = await runToEnd();
    expect((await callsOf(withheld)).map((c) => c.toolName)).toEqual(["list_directory"]);
    expect(existsSync(healthFile(withheld))).toBe(false);

    expect((await testToolServerConnection(scope, { serverId })).ok).toBe(true);
    const offered = await runToEnd();
    expect((await callsOf(offered)).map((c) => [c.toolName, c.outcome])).toEqual([
      ["list_directory", "ok"],
      ["create_directory", "ok"],
      ["write_file", "ok"],
    ]);
  }, 120_000);

  it("gives an agent the policy does not mention no tools at all", async () => {
    const run = await launchRun(scope, { projectId, workflowRef: "test:tools", definition: { name: "Docs", steps: [{ id: "docs", agent: "technical_writer_phase1", inputs: [] }] }, task: TASK });
    await settled(run.id);
    expect(await callsOf(run.id)).toEqual([]);
  }, 90_000);
});
