import { randomUUID } from "node:crypto";
import { Pinecone } from "@pinecone-database/pinecone";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startFakePineconeServer, type TFakePinecone } from "@/server/memory/testing/fake-pinecone-server";
import { createPineconeStore } from "@/server/memory/vectors/pinecone-store";
import { seededUnitVector, vectorStoreContract } from "@/server/memory/vectors/vector-store-contract";
import type { TVectorRecord, TVectorStore } from "@/server/memory/vectors/vector-store";

vectorStoreContract("pinecone", async () => {
  const fake = await startFakePineconeServer();
  const store = createPineconeStore({ apiKey: fake.apiKey, indexName: fake.indexName, indexHost: fake.url });
  return { store, cleanup: () => fake.close() };
});

const record = (id: string, overrides: Partial<TVectorRecord> = {}): TVectorRecord => ({
  id,
  workspaceId: "ws1",
  projectId: "p1",
  kind: "note",
  embedder: "test-embedder",
  values: seededUnitVector(id.length * 31 + id.charCodeAt(id.length - 1)),
  ...overrides,
});

describe("pinecone store on the wire", () => {
  let fake: TFakePinecone;
  let store: TVectorStore;

  beforeEach(async () => {
    fake = await startFakePineconeServer();
    store = createPineconeStore({ apiKey: fake.apiKey, indexName: fake.indexName, indexHost: fake.url, maxRetries: 0 });
  });
  afterEach(() => fake.close());

  it("keeps each workspace in its own namespace with the filterable metadata, and no nulls", async () => {
    await store.upsert([
      record("m1", { runId: "r1", agentId: "a1", kind: "decision" }),
      record("m2", { runId: null, agentId: null }),
      record("m3", { workspaceId: "ws2", projectId: "p9" }),
    ]);
    expect(fake.namespaces()).toEqual(["ws_ws1", "ws_ws2"]);
    expect(fake.vectors("ws_ws1").map(({ id, metadata }) => ({ id, metadata }))).toEqual([
      { id: "m1", metadata: { projectId: "p1", kind: "decision", embedder: "test-embedder", runId: "r1", agentId: "a1" } },
      { id: "m2", metadata: { projectId: "p1", kind: "note", embedder: "test-embedder" } },
    ]);
    expect(fake.vectors("ws_ws2").map((v) => v.id)).toEqual(["m3"]);

    // Read back through the SDK itself: fetch and describe_index_stats speak the same wire format.
    const index = new Pinecone({ apiKey: fake.apiKey }).index(fake.indexName, fake.url);
    const fetched = await index.namespace("ws_ws1").fetch({ ids: ["m1", "m2", "missing"] });
    expect(Object.keys(fetched.records).sort()).toEqual(["m1", "m2"]);
    expect(fetched.records.m1?.values).toEqual(record("m1").values);
    const stats = await index.describeIndexStats();
    expect(stats.namespaces).toEqual({ ws_ws1: { recordCount: 2 }, ws_ws2: { recordCount: 1 } });
    expect(stats.dimension).toBe(384);
  });

  it("sends the API key, the pinned API version and the namespace on every call", async () => {
    await store.upsert([record("m1")]);
    await store.query({ workspaceId: "ws1", values: record("m1").values, topK: 3 });
    await store.delete("ws1", ["m1"]);
    await store.deleteProject("ws1", "p1");
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      "POST /vectors/upsert",
      "POST /query",
      "POST /vectors/delete",
      "POST /vectors/delete",
    ]);
    for (const request of fake.requests) {
      expect(request.headers["api-key"]).toBe(fake.apiKey);
      expect(request.headers["x-pinecone-api-version"]).toBe("2026-07");
      expect(request.body).toMatchObject({ namespace: "ws_ws1" });
    }
  });

  it("turns query options into a metadata filter and asks for neither values nor metadata", async () => {
    await store.upsert([record("m1", { runId: "r1", agentId: "a1" })]);
    await store.query({
      workspaceId: "ws1",
      projectId: "p1",
      kinds: ["note", "fact"],
      runId: "r1",
      agentId: "a1",
      embedder: "test-embedder",
      values: record("m1").values,
      topK: 5,
    });
    await store.query({ workspaceId: "ws1", values: record("m1").values, topK: 5 });
    const queries = fake.requests.filter((r) => r.path === "/query").map((r) => r.body);
    expect(queries[0]).toEqual({
      namespace: "ws_ws1",
      topK: 5,
      vector: record("m1").values,
      includeValues: false,
      includeMetadata: false,
      filter: { projectId: { $eq: "p1" }, kind: { $in: ["note", "fact"] }, runId: { $eq: "r1" }, agentId: { $eq: "a1" }, embedder: { $eq: "test-embedder" } },
    });
    // No options, no filter: the SDK refuses an empty filter object.
    expect(queries[1]).not.toHaveProperty("filter");
  });

  it("upserts in batches of 100 per workspace", async () => {
    const records = [
      ...Array.from({ length: 250 }, (_, i) => record(`a${i}`)),
      ...Array.from({ length: 30 }, (_, i) => record(`b${i}`, { workspaceId: "ws2" })),
    ];
    await store.upsert(records);
    const upserts = fake.requests.filter((r) => r.path === "/vectors/upsert");
    const sizes = upserts.map((r) => {
      const body = r.body as { namespace: string; vectors: unknown[] };
      return [body.namespace, body.vectors.length];
    });
    expect(sizes).toEqual([
      ["ws_ws1", 100],
      ["ws_ws1", 100],
      ["ws_ws1", 50],
      ["ws_ws2", 30],
    ]);
    expect(fake.vectors("ws_ws1")).toHaveLength(250);
  });

  it("deletes ids in batches of 1,000 and a project by metadata filter", async () => {
    await store.upsert([record("m1"), record("m2", { projectId: "p2" })]);
    const ids = ["m1", ...Array.from({ length: 1500 }, (_, i) => `gone-${i}`)];
    await store.delete("ws1", ids);
    await store.deleteProject("ws1", "p2");
    const deletes = fake.requests.filter((r) => r.path === "/vectors/delete").map((r) => r.body);
    expect(deletes.map((b) => (b as { ids?: string[] }).ids?.length)).toEqual([1000, 501, undefined]);
    expect(deletes[2]).toEqual({ namespace: "ws_ws1", filter: { projectId: { $eq: "p2" } } });
    expect(fake.vectors("ws_ws1")).toEqual([]);
  });

  it("checks vectors before sending anything", async () => {
    const zero = new Array<number>(384).fill(0);
    const notFinite = [...record("x").values.slice(0, 383), Number.NaN];
    await expect(store.upsert([record("m1"), record("m2", { values: zero })])).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: expect.stringMatching(/m2.*all zeros/),
    });
    await expect(store.upsert([record("m3", { values: notFinite })])).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(store.upsert([record("m4", { values: [0.1, 0.2] })])).rejects.toThrow(
      "Vector for memory item m4 has 2 dimensions; memory vectors have 384.",
    );
    expect(fake.requests).toEqual([]);
  });

  it("answers nothing, without a request, for topK below 1 or an empty kinds list", async () => {
    expect(await store.query({ workspaceId: "ws1", values: record("m1").values, topK: 0 })).toEqual([]);
    expect(await store.query({ workspaceId: "ws1", values: record("m1").values, topK: 5, kinds: [] })).toEqual([]);
    expect(fake.requests).toEqual([]);
  });

  it("reports Pinecone failures as UNAVAILABLE without the API key", async () => {
    const wrongKey = createPineconeStore({ apiKey: "pc-wrong-key", indexName: fake.indexName, indexHost: fake.url });
    const failure = await wrongKey.query({ workspaceId: "ws1", values: record("m1").values, topK: 1 }).catch((e: unknown) => e);
    expect(failure).toMatchObject({ code: "UNAVAILABLE", details: { operation: "query", reason: "PineconeAuthorizationError" } });
    expect(String((failure as Error).message)).not.toContain("pc-wrong-key");
    expect(String((failure as Error).message)).toMatch(/^Pinecone query failed: /);
  });

  it("resolves the index host through the control plane once when no host is given", async () => {
    // The SDK caches hosts per API key and index name for the whole process; a fresh key keeps this test's lookup its own.
    const isolated = await startFakePineconeServer({ apiKey: `pc-${randomUUID()}` });
    try {
      const byName = createPineconeStore({
        apiKey: isolated.apiKey,
        indexName: isolated.indexName,
        controllerHostUrl: isolated.url,
      });
      await byName.upsert([record("m1")]);
      const matches = await byName.query({ workspaceId: "ws1", values: record("m1").values, topK: 1 });
      expect(matches.map((m) => m.id)).toEqual(["m1"]);
      expect(matches[0]!.score).toBeCloseTo(1, 6);
      expect(isolated.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
        `GET /indexes/${isolated.indexName}`,
        "POST /vectors/upsert",
        "POST /query",
      ]);
    } finally {
      await isolated.close();
    }
  });
});
