import { describe, expect, it } from "vitest";
import { makeWorkspace } from "@/server/testing/fixtures";

async function setup(name = "Explorer") {
  const ws = await makeWorkspace(name);
  const project = await ws.as("member").project.create({ workspaceSlug: ws.slug, name: "Shop", description: "" });
  const add = (kind: "decision" | "note" | "fact", title: string, content: string) => ws.as("member").memory.add({ workspaceSlug: ws.slug, projectId: project.id, kind, title, content });
  await add("decision", "Database", "Decision: we will use PostgreSQL for orders and Redis for sessions.");
  await add("note", "Sessions", "Sessions live in Redis with a 30 minute idle timeout.");
  await add("fact", "Orders API", "POST /orders creates an order; the order service stores it in PostgreSQL.");
  return { ...ws, project };
}

describe("memory explorer", () => {
  it("lists items with facets, searches with reasons, and edits, pins and deletes them", async () => {
    const { as, slug, project } = await setup();
    const list = await as("viewer").memory.list({ workspaceSlug: slug, projectId: project.id });
    expect(list.total).toBe(3);
    expect(list.facets.kinds.map((k) => k.kind).sort()).toEqual(["decision", "fact", "note"]);

    const found = await as("viewer").memory.search({ workspaceSlug: slug, projectId: project.id, query: "Where do sessions live?" });
    // The explorer's agent filter: people's notes have no agent.
    expect((await as("viewer").memory.search({ workspaceSlug: slug, projectId: project.id, query: "Where do sessions live?", agentId: "project_architect" })).items).toEqual([]);
    expect(found.items[0]!.title).toBe("Sessions");
    expect(found.items[0]!.reasons.length).toBeGreaterThan(0);

    const sessions = list.items.find((i) => i.title === "Sessions")!;
    await expect(as("viewer").memory.update({ workspaceSlug: slug, projectId: project.id, itemId: sessions.id, pinned: true })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await as("member").memory.update({ workspaceSlug: slug, projectId: project.id, itemId: sessions.id, content: "Sessions moved to Memcached with a 10 minute idle timeout." });
    const edited = await as("member").memory.search({ workspaceSlug: slug, projectId: project.id, query: "Memcached idle timeout" });
    expect(edited.items[0]!.content).toContain("Memcached");
    const detail = await as("member").memory.get({ workspaceSlug: slug, projectId: project.id, itemId: edited.items[0]!.id });
    expect(detail.entities.map((e) => e.name)).toContain("Memcached");
    expect(detail.entities.map((e) => e.name)).not.toContain("Redis");

    await as("member").memory.update({ workspaceSlug: slug, projectId: project.id, itemId: edited.items[0]!.id, pinned: true });
    expect((await as("member").memory.list({ workspaceSlug: slug, projectId: project.id })).items[0]!.pinned).toBe(true);

    const graph = await as("viewer").memory.graph({ workspaceSlug: slug, projectId: project.id });
    expect(graph.entities[0]!.centrality).toBe(1);
    expect(graph.entities.map((e) => e.name)).toContain("PostgreSQL");
    const postgres = graph.entities.find((e) => e.name === "PostgreSQL")!;
    const sources = await as("viewer").memory.entitySources({ workspaceSlug: slug, projectId: project.id, entityId: postgres.id });
    expect(sources.sources.map((s) => s.title).sort()).toEqual(["Database", "Orders API"]);

    await as("member").memory.delete({ workspaceSlug: slug, projectId: project.id, itemId: edited.items[0]!.id });
    const after = await as("member").memory.graph({ workspaceSlug: slug, projectId: project.id });
    expect(after.entities.map((e) => e.name)).not.toContain("Memcached");
    expect((await as("member").memory.list({ workspaceSlug: slug, projectId: project.id })).total).toBe(2);
  });

  it("keeps another workspace out of a project's memory", async () => {
    const a = await setup("Alpha");
    const b = await makeWorkspace("Beta");
    const item = (await a.as("member").memory.list({ workspaceSlug: a.slug, projectId: a.project.id })).items[0]!;
    const other = b.as("owner");
    expect((await other.memory.list({ workspaceSlug: b.slug, projectId: a.project.id })).total).toBe(0);
    expect((await other.memory.search({ workspaceSlug: b.slug, projectId: a.project.id, query: "PostgreSQL orders" })).items).toEqual([]);
    expect((await other.memory.graph({ workspaceSlug: b.slug, projectId: a.project.id })).entities).toEqual([]);
    expect(await other.memory.status({ workspaceSlug: b.slug, projectId: a.project.id })).toMatchObject({ items: 0, indexed: 0, stale: 0 });
    expect(await a.as("viewer").memory.status({ workspaceSlug: a.slug, projectId: a.project.id })).toMatchObject({ embedder: { label: "lexical (offline)", dimensions: 384, offline: true }, items: 3, indexed: 3, stale: 0 });
    await expect(other.memory.get({ workspaceSlug: b.slug, projectId: a.project.id, itemId: item.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(other.memory.update({ workspaceSlug: b.slug, projectId: a.project.id, itemId: item.id, pinned: true })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(other.memory.delete({ workspaceSlug: b.slug, projectId: a.project.id, itemId: item.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(other.memory.add({ workspaceSlug: b.slug, projectId: a.project.id, kind: "note", title: "x", content: "planted" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await a.as("member").memory.list({ workspaceSlug: a.slug, projectId: a.project.id })).total).toBe(3);
  });
});
