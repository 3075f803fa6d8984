import { afterAll, describe, expect, it } from "vitest";
import { stopEmbeddedRunner } from "@/server/engine/engine";
import { makeWorkspace } from "@/server/testing/fixtures";
import { runEventStream } from "./run-event-stream";

afterAll(() => stopEmbeddedRunner());

async function readAll(stream: ReadableStream<Uint8Array>): Promise<{ event: string; data: unknown }[]> {
  const text = await new Response(stream).text();
  return text
    .split("\n\n")
    .filter((block) => block.startsWith("event:"))
    .map((block) => {
      const [eventLine, dataLine] = block.split("\n");
      return { event: eventLine!.slice(7), data: JSON.parse(dataLine!.slice(6)) as unknown };
    });
}

describe("run event stream", () => {
  it("streams snapshots as steps change, token deltas while they run, and ends when the run does", async () => {
    const ws = await makeWorkspace("Stream");
    const project = await ws.as("member").project.create({ workspaceSlug: ws.slug, name: "Streamed", description: "" });
    const { id } = await ws.as("member").run.start({ workspaceSlug: ws.slug, projectId: project.id, templateId: "mvp", task: "Build a tiny habit tracker with daily reminders." });
    const frames = await readAll(runEventStream({ workspaceId: ws.workspace.id, actor: null }, id, new AbortController().signal, { pollMs: 200, heartbeatMs: 10_000 }));

    const snapshots = frames.filter((f) => f.event === "snapshot").map((f) => f.data as { status: string; steps: { id: string; status: string }[] });
    expect(snapshots.length).toBeGreaterThan(2);
    expect(snapshots.at(-1)!.status).toBe("succeeded");
    expect(snapshots.at(-1)!.steps.every((s) => s.status === "succeeded")).toBe(true);
    // Progress is visible in between: some snapshot shows a step running.
    expect(snapshots.some((s) => s.steps.some((step) => step.status === "running"))).toBe(true);
    const deltas = frames.filter((f) => f.event === "delta").map((f) => f.data as { stepId: string; text: string });
    expect(new Set(deltas.map((d) => d.stepId))).toEqual(new Set(["architecture", "build", "qa", "deploy"]));
    expect(deltas.filter((d) => d.stepId === "build").map((d) => d.text).join("")).toContain("<deliverable");
  });

  it("reports a run of another workspace as an error and closes", async () => {
    const a = await makeWorkspace("Alpha");
    const b = await makeWorkspace("Beta");
    const project = await a.as("member").project.create({ workspaceSlug: a.slug, name: "Secret", description: "" });
    const { id } = await a.as("member").run.start({ workspaceSlug: a.slug, projectId: project.id, templateId: "mvp", task: "Build a tiny habit tracker with daily reminders." });
    const frames = await readAll(runEventStream({ workspaceId: b.workspace.id, actor: null }, id, new AbortController().signal));
    expect(frames).toEqual([{ event: "error", data: { message: "Run not found." } }]);
  });
});
