// Run numbers under a burst: many runs started on one project at once each get
// their own number, with no failure (a retry loop alone gave 500s under load).
import { describe, expect, it } from "vitest";
import { getDb } from "@/server/db/client";
import { makeWorkspace } from "@/server/testing/fixtures";
import { ZWorkflowDefinition } from "@/server/workflows/definition/definition-schema";
import { createRunRecord } from "./create-run-record";

describe("createRunRecord", () => {
  it("numbers 30 runs started at once on one project 1…30", async () => {
    const ws = await makeWorkspace("Burst");
    const project = await (await getDb()).project.create({ data: { workspaceId: ws.workspace.id, name: "Burst", slug: "burst" } });
    const definition = ZWorkflowDefinition.parse({ name: "Gate only", steps: [{ id: "gate", kind: "approval", approval: { prompt: "Go?" } }] });
    const runs = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        createRunRecord({ workspaceId: ws.workspace.id, projectId: project.id, workflowRef: "test:burst", workflowName: "Gate only", definition, agents: {}, task: `burst ${i}`, engine: "embedded", startedById: null }),
      ),
    );
    expect(runs.map((r) => r.number).sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
  });
});
