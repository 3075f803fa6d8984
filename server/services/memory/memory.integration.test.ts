import { describe, expect, it } from "vitest";
import { getDb } from "@/server/db/client";
import { makeWorkspace } from "@/server/testing/fixtures";
import { retrieveMemory } from "./retrieve-memory";
import { storeMemory } from "./store-memory";

async function projectWithMemory(name = "Memory") {
  const ws = await makeWorkspace(name);
  const project = await ws.as("member").project.create({ workspaceSlug: ws.slug, name: "Bookshop", description: "" });
  const scope = { workspaceId: ws.workspace.id, actor: null };
  const store = (kind: "decision" | "deliverable" | "handoff" | "note", title: string, content: string, extra: Partial<{ runId: string; agentId: string }> = {}) =>
    storeMemory(scope, { projectId: project.id, kind, title, content, ...extra });
  await store("deliverable", "API specification", "## Endpoints\n\nPOST /orders creates an order. GET /orders/{id} returns it with its line items and totals. Authentication uses JWT bearer tokens.");
  await store("deliverable", "Data model", "## Tables\n\nCREATE TABLE books (id uuid primary key, isbn text unique, title text, stock int);\n\nCREATE TABLE orders (id uuid primary key, total_cents int, status text);");
  await store("decision", "Cache choice", "Decision: adopt Redis with LRU eviction and a 15 minute TTL.", { runId: "run_1", agentId: "project_architect" });
  await store("deliverable", "Cart service", "## Cart service\n\nThe cart service keeps each shopper's basket in Redis keyed by session and writes it to PostgreSQL at checkout.");
  await store("note", "Deployment", "Deploy with Docker images to Fly.io; migrations run before the new release takes traffic.");
  await store("handoff", "QA hand-off", "Test the checkout flow end to end, including payment failures and stock running out during checkout.");
  return { ...ws, project, scope };
}

describe("project memory", () => {
  it("finds the right item in the top three for realistic questions", async () => {
    const { scope, project } = await projectWithMemory();
    const cases: [string, string][] = [
      ["Which endpoint creates an order?", "API specification"],
      ["What columns does the books table have?", "Data model"],
      ["How do we deploy a new release?", "Deployment"],
      ["What should QA test about checkout?", "QA hand-off"],
      ["Where is the shopping basket kept?", "Cart service"],
    ];
    for (const [query, title] of cases) {
      const { items } = await retrieveMemory(scope, { projectId: project.id, query, topK: 3 });
      expect(items.map((i) => i.title), query).toContain(title);
    }
  });

  it("follows the graph to a decision the vectors alone miss", async () => {
    const { scope, project } = await projectWithMemory();
    const query = "How does the cart service hold baskets?";
    const vectorsOnly = await retrieveMemory(scope, { projectId: project.id, query, topK: 3, hops: 0, minScore: 0.2 });
    expect(vectorsOnly.items.map((i) => i.title)).not.toContain("Cache choice");
    const withGraph = await retrieveMemory(scope, { projectId: project.id, query, topK: 3, minScore: 0.2 });
    const decision = withGraph.items.find((i) => i.title === "Cache choice");
    expect(decision).toBeDefined();
    expect(decision!.reasons.join(" ")).toMatch(/graph|entity/);
    expect(decision!.source).toEqual({ runId: "run_1", agentId: "project_architect", stepId: null });
    expect(withGraph.embedder).toBe("lexical (offline)");
  });

  it("merges entities by name across items and keeps the graph per project", async () => {
    const { project, workspace } = await projectWithMemory();
    const db = await getDb();
    const redis = await db.memoryEntity.findMany({ where: { projectId: project.id, normalizedName: "redis" }, include: { mentions: true } });
    expect(redis).toHaveLength(1);
    expect(redis[0]!.mentions.length).toBe(2);
    expect(redis[0]!.workspaceId).toBe(workspace.id);
    const relations = await db.memoryRelation.findMany({ where: { projectId: project.id, type: "decided" } });
    expect(relations.length).toBeGreaterThan(0);
  });

  it("updates an item stored again from the same source instead of duplicating it", async () => {
    const { scope, project } = await projectWithMemory();
    const first = await storeMemory(scope, { projectId: project.id, kind: "deliverable", title: "Spec", content: "Version one of the spec mentions Kafka.", sourceKey: "artifact:a1" });
    const second = await storeMemory(scope, { projectId: project.id, kind: "deliverable", title: "Spec", content: "Version two of the spec moved to NATS.", sourceKey: "artifact:a1" });
    expect(second.ids).toEqual(first.ids);
    const db = await getDb();
    expect((await db.memoryItem.findUniqueOrThrow({ where: { id: first.ids[0]! } })).content).toContain("NATS");
  });

  it("never returns another workspace's memory, even when asked with the wrong ids", async () => {
    const a = await projectWithMemory("Alpha");
    const b = await makeWorkspace("Beta");
    const bScope = { workspaceId: b.workspace.id, actor: null };
    // B's scope with A's project id: nothing, not an error that confirms the project exists.
    const leaked = await retrieveMemory(bScope, { projectId: a.project.id, query: "Which endpoint creates an order?" });
    expect(leaked.items).toEqual([]);
    await expect(storeMemory(bScope, { projectId: a.project.id, kind: "note", title: "x", content: "inject" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // A's items are still there for A.
    expect((await retrieveMemory(a.scope, { projectId: a.project.id, query: "Which endpoint creates an order?" })).items.length).toBeGreaterThan(0);
  });
});
