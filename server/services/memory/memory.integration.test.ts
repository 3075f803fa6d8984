import { describe, expect, it } from "vitest";
import { getDb } from "@/server/db/client";
import { makeWorkspace } from "@/server/testing/fixtures";
import { retrieveMemory } from "./retrieve-memory";
import { storeMemories, storeMemory } from "./store-memory";

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

  it("searches one agent's memory when asked for an agent", async () => {
    const { scope, project } = await projectWithMemory("Agents");
    await storeMemory(scope, { projectId: project.id, kind: "deliverable", title: "Cache runbook", content: "Flush the Redis cache before a release that changes basket keys.", agentId: "devops_deployment" });
    const query = "What do we do with the Redis cache?";
    const all = await retrieveMemory(scope, { projectId: project.id, query, topK: 10 });
    expect(all.items.map((i) => i.title)).toEqual(expect.arrayContaining(["Cache runbook", "Cache choice"]));
    const architect = await retrieveMemory(scope, { projectId: project.id, query, topK: 10, agentId: "project_architect" });
    expect(architect.items.map((i) => i.title)).toEqual(["Cache choice"]);
    const devops = await retrieveMemory(scope, { projectId: project.id, query, topK: 10, agentId: "devops_deployment" });
    expect(devops.items.map((i) => i.title)).toEqual(["Cache runbook"]);
    expect((await retrieveMemory(scope, { projectId: project.id, query, agentId: "nobody" })).items).toEqual([]);
  });

  it("stores a batch in order, chunking long items, and a source stored again replaces its graph", async () => {
    const { scope, project } = await projectWithMemory("Batch");
    const long = Array.from({ length: 30 }, (_, i) => `Paragraph ${i}: the stock service reserves books in PostgreSQL before checkout and releases them after fifteen minutes without payment.`).join("\n\n");
    const stored = await storeMemories(scope, [
      { projectId: project.id, kind: "deliverable", title: "Stock design", content: long, sourceKey: "artifact:stock", agentId: "backend_developer" },
      { projectId: project.id, kind: "handoff", title: "Hand-off", content: "Next: load-test the stock service with Kafka events.", sourceKey: "handoff:h1" },
    ]);
    expect(stored).toHaveLength(2);
    expect(stored[0]!.ids.length).toBeGreaterThan(1);
    expect(stored[1]!.ids).toHaveLength(1);
    const db = await getDb();
    const rows = await db.memoryItem.findMany({ where: { id: { in: stored.flatMap((s) => s.ids) } } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    stored[0]!.ids.forEach((id, i) => expect(byId.get(id)).toMatchObject({ title: `Stock design (${i + 1}/${stored[0]!.ids.length})`, sourceKey: `artifact:stock#${i}`, agentId: "backend_developer", kind: "deliverable" }));
    expect(byId.get(stored[1]!.ids[0]!)).toMatchObject({ title: "Hand-off", kind: "handoff", agentId: null });
    const [vectors] = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "MemoryItem" WHERE "id" = ANY(${stored.flatMap((s) => s.ids)}::text[]) AND "embedding" IS NOT NULL`;
    expect(Number(vectors!.n)).toBe(stored[0]!.ids.length + 1);
    const kafka = () => db.memoryEntity.findFirst({ where: { projectId: project.id, normalizedName: "kafka" }, include: { mentions: true, outgoing: true, incoming: true } });
    expect((await kafka())!.mentions.map((m) => m.memoryId)).toEqual(stored[1]!.ids);

    // The hand-off stored again without Kafka: same item, its old mention and the relations it sourced gone.
    const again = await storeMemory(scope, { projectId: project.id, kind: "handoff", title: "Hand-off", content: "Next: load-test the stock service with NATS events.", sourceKey: "handoff:h1" });
    expect(again.ids).toEqual(stored[1]!.ids);
    // Named by nothing any more, Kafka leaves the graph with its relations.
    expect(await kafka()).toBeNull();
    const nats = await db.memoryEntity.findFirstOrThrow({ where: { projectId: project.id, normalizedName: "nats" }, include: { mentions: true } });
    expect(nats.mentions.map((m) => m.memoryId)).toEqual(stored[1]!.ids);
    // A source that shrank loses its extra chunks.
    const shrunk = await storeMemory(scope, { projectId: project.id, kind: "deliverable", title: "Stock design", content: "Stock is reserved in PostgreSQL.", sourceKey: "artifact:stock" });
    expect(shrunk.ids).toEqual([stored[0]!.ids[0]]);
    expect(await db.memoryItem.count({ where: { workspaceId: scope.workspaceId, sourceKey: { startsWith: "artifact:stock#" } } })).toBe(1);
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
