import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { makeWorkspace } from "@/server/testing/fixtures";

let ws: Awaited<ReturnType<typeof makeWorkspace>>;
beforeAll(async () => {
  ws = await makeWorkspace("Agents");
});

describe("agent procedures", () => {
  it("lists the catalogue to any member, viewers included", async () => {
    const agents = await ws.as("viewer").agent.list({ workspaceSlug: ws.slug });
    expect(agents).toHaveLength(23);
    expect(agents.find((a) => a.id === "backend_developer")).toMatchObject({ category: "specialist", inputs: ["api_specification", "data_model"], builtIn: true });
  });

  it("shows who feeds an agent and whom it hands off to", async () => {
    const agent = await ws.as("member").agent.get({ workspaceSlug: ws.slug, agentId: "backend_developer" });
    expect(agent.upstream.map((u) => u.id)).toEqual(expect.arrayContaining(["technical_writer_phase1", "database_administrator"]));
    expect(agent.upstream.find((u) => u.id === "technical_writer_phase1")?.via).toEqual(["api_specification", "data_model"]);
    expect(agent.downstream.map((d) => d.id)).toEqual(["qa_testing", "security_specialist"]);
    expect(Object.keys(agent.sections)).toHaveLength(8);
  });

  it("answers NOT_FOUND for an unknown agent", async () => {
    const error = await ws.as("member").agent.get({ workspaceSlug: ws.slug, agentId: "wizard" }).catch((e: TRPCError) => e);
    expect((error as TRPCError).code).toBe("NOT_FOUND");
  });

  it("previews the prompt for a task in a real project", async () => {
    const project = await ws.as("member").project.create({
      workspaceSlug: ws.slug,
      name: "Preview Target",
      description: "A place to try prompts.",
      settings: { facts: { has_ai_features: true } },
    });
    const preview = await ws.as("viewer").agent.previewPrompt({
      workspaceSlug: ws.slug,
      agentId: "project_architect",
      task: "Design a URL shortener with analytics.",
      projectId: project.id,
    });
    expect(preview.user).toContain("Design a URL shortener with analytics.");
    expect(preview.user).toContain("Preview Target");
    expect(preview.user).toContain("has_ai_features: yes");
    expect(preview.system).toContain("# Project Architect");
    expect(preview.tokenCount).toBeGreaterThan(1000);
    expect(preview.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("rejects an empty task with a clear message", async () => {
    const error = await ws.as("member").agent.previewPrompt({ workspaceSlug: ws.slug, agentId: "qa_testing", task: "  " }).catch((e: TRPCError) => e);
    expect((error as TRPCError).code).toBe("BAD_REQUEST");
    expect((error as TRPCError).message).toContain("Describe a task to preview.");
  });
});
