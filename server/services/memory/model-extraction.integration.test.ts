// Graph extraction by a real model: with a provider configured, the gateway
// asks the model (here the local fake speaking OpenAI's wire format) for a
// structured answer, and its entities and relations go into the graph; an
// answer that never fits the schema falls back to the rules. The offline
// model's placeholder drafts and workspaces without a provider make no call.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/server/db/client";
import { OFFLINE_NOTICE } from "@/server/models/providers/offline/agent-answer";
import { startFakeLlmServer, type FakeLlmServer } from "@/server/models/testing/fake-llm-server";
import { workspaceOnFakeServer } from "@/server/models/testing/gateway-harness";
import { makeWorkspace } from "@/server/testing/fixtures";
import { hasRealModel } from "./extract-graph";
import { storeMemory } from "./store-memory";

let fake: FakeLlmServer;
beforeAll(async () => {
  fake = await startFakeLlmServer();
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

const MODEL = "gpt-5-mini";
const CONTENT = [
  "## Billing",
  "",
  "The billing service keeps its ledger in PostgreSQL and charges cards through Stripe webhooks.",
  "Invoices are rendered by the invoice renderer after the ledger entry is written.",
].join("\n");

async function project(ws: { as: Awaited<ReturnType<typeof makeWorkspace>>["as"]; slug: string }) {
  return ws.as("member").project.create({ workspaceSlug: ws.slug, name: `Billing ${Math.random().toString(36).slice(2, 7)}`, description: "" });
}

async function graphOf(projectId: string) {
  const db = await getDb();
  const [entities, relations] = await Promise.all([
    db.memoryEntity.findMany({ where: { projectId }, select: { normalizedName: true, type: true, id: true } }),
    db.memoryRelation.findMany({ where: { projectId }, select: { fromId: true, toId: true, type: true } }),
  ]);
  const name = new Map(entities.map((e) => [e.id, e.normalizedName]));
  return {
    entities: Object.fromEntries(entities.map((e) => [e.normalizedName, e.type])),
    relations: relations.map((r) => `${name.get(r.fromId)} ${r.type} ${name.get(r.toId)}`).sort(),
  };
}

describe("graph extraction by a configured model", () => {
  it("asks the model for a structured answer and writes what it found", async () => {
    const ws = await workspaceOnFakeServer(fake, { tierModels: { fast: [`openai:${MODEL}`] } });
    expect(await hasRealModel(ws.workspaceId)).toBe(true);
    const p = await project(ws);
    fake.script(MODEL, [
      {
        json: {
          entities: [
            { name: "billing service", type: "service" },
            { name: "ledger", type: "component" },
            { name: "PostgreSQL", type: "technology" },
            { name: "Stripe", type: "technology" },
            { name: "invoice renderer", type: "component" },
            // Named nowhere in the text: dropped.
            { name: "Fraud checker", type: "service" },
          ],
          relations: [
            { from: "billing service", to: "PostgreSQL", type: "uses" },
            { from: "billing service", to: "ledger", type: "owns" },
            { from: "invoice renderer", to: "ledger", type: "depends_on" },
            { from: "billing service", to: "Fraud checker", type: "depends_on" },
          ],
        },
      },
    ]);

    const stored = await storeMemory(ws.scope, { projectId: p.id, kind: "deliverable", title: "Billing design", content: CONTENT, runId: "run_9", agentId: "backend_developer" });

    expect(fake.count(MODEL)).toBe(1);
    const request = fake.requests[0]!;
    const format = request.body.response_format as { type: string; json_schema?: { schema?: { properties?: Record<string, unknown> } } };
    expect(format.type).toBe("json_schema");
    expect(Object.keys(format.json_schema?.schema?.properties ?? {}).sort()).toEqual(["entities", "relations"]);
    expect(JSON.stringify(request.body.messages)).toContain("invoice renderer");

    const graph = await graphOf(p.id);
    expect(graph.entities).toEqual({
      "billing service": "service",
      ledger: "component",
      postgresql: "technology",
      stripe: "technology",
      "invoice renderer": "component",
    });
    expect(graph.relations).toEqual(["billing service owns ledger", "billing service uses postgresql", "invoice renderer depends_on ledger"]);
    expect(stored).toMatchObject({ entities: 5, relations: 3 });

    const db = await getDb();
    const call = await db.modelCall.findFirstOrThrow({ where: { workspaceId: ws.workspaceId } });
    expect(call).toMatchObject({ projectId: p.id, runId: "run_9", agentId: "backend_developer", model: MODEL, status: "ok" });
  });

  it("falls back to the rules when the answer never fits the schema", async () => {
    const ws = await workspaceOnFakeServer(fake, { tierModels: { fast: [`openai:${MODEL}`] } });
    const p = await project(ws);
    fake.script(MODEL, [{ text: "The billing service uses PostgreSQL." }, { json: { entities: "many" } }]);

    await storeMemory(ws.scope, { projectId: p.id, kind: "deliverable", title: "Billing design", content: CONTENT });

    expect(fake.count(MODEL)).toBe(2); // the answer and its one repair
    const graph = await graphOf(p.id);
    // What the rules find: the technologies (Stripe before "webhooks"), no components from plain prose.
    expect(graph.entities).toEqual({ postgresql: "technology", stripe: "technology" });
  });

  it("makes no call for the offline model's drafts, summaries, or a workspace without a provider", async () => {
    const ws = await workspaceOnFakeServer(fake, { tierModels: { fast: [`openai:${MODEL}`] } });
    const p = await project(ws);
    await storeMemory(ws.scope, { projectId: p.id, kind: "deliverable", title: "Schema", content: `-- ${OFFLINE_NOTICE}\n\nCREATE TABLE managers (id uuid primary key);\n\nStored in PostgreSQL.` });
    await storeMemory(ws.scope, { projectId: p.id, kind: "summary", title: "Summary of run #1", content: "Run #1 chose PostgreSQL." });
    expect(fake.requests).toEqual([]);
    expect((await graphOf(p.id)).entities).toEqual({ postgresql: "technology" });

    const offline = await makeWorkspace("No provider");
    expect(await hasRealModel(offline.workspace.id)).toBe(false);
    const q = await project(offline);
    await storeMemory({ workspaceId: offline.workspace.id, actor: null }, { projectId: q.id, kind: "deliverable", title: "Billing design", content: CONTENT });
    expect(fake.requests).toEqual([]);
    expect((await graphOf(q.id)).entities).toEqual({ postgresql: "technology", stripe: "technology" });
  });
});
