// The behaviour every TVectorStore must show, as a vitest suite that each
// adapter's test registers: `vectorStoreContract("pinecone", make)`.
// Importing this file registers nothing; calling the function does.
//
// The suite works on a fixed plan of two workspaces, three projects and seven
// memory items (CONTRACT_PLAN). An adapter that keeps vectors on existing rows
// (pgvector on MemoryItem) seeds those rows in `make` and returns their real
// ids under `ids`, keyed by the plan's names; an adapter that needs no rows
// ignores the plan, and the plan's names are used as ids. `make` runs before
// each test and must hand back a store with no vectors; `cleanup` runs after.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cosine, normalise } from "@/server/memory/embedders/embedder";
import { MEMORY_DIMENSIONS, type TVectorQuery, type TVectorRecord, type TVectorStore } from "@/server/memory/vectors/vector-store";

export const CONTRACT_PLAN = {
  workspaces: ["ws-a", "ws-b"],
  projects: [
    { key: "project-a1", workspace: "ws-a" },
    { key: "project-a2", workspace: "ws-a" },
    { key: "project-b1", workspace: "ws-b" },
  ],
  runs: [
    { key: "run-a1x", project: "project-a1" },
    { key: "run-a1y", project: "project-a1" },
    { key: "run-a2", project: "project-a2" },
    { key: "run-b1", project: "project-b1" },
  ],
  agents: [
    { key: "agent-a1", workspace: "ws-a" },
    { key: "agent-a2", workspace: "ws-a" },
    { key: "agent-b1", workspace: "ws-b" },
  ],
  items: [
    { key: "item-a1", workspace: "ws-a", project: "project-a1", kind: "decision", run: "run-a1x", agent: "agent-a1" },
    { key: "item-a2", workspace: "ws-a", project: "project-a1", kind: "note", run: "run-a1x", agent: "agent-a2" },
    { key: "item-a3", workspace: "ws-a", project: "project-a1", kind: "fact", run: "run-a1y", agent: null },
    { key: "item-a4", workspace: "ws-a", project: "project-a2", kind: "decision", run: "run-a2", agent: "agent-a1" },
    { key: "item-a5", workspace: "ws-a", project: "project-a2", kind: "summary", run: null, agent: null },
    { key: "item-b1", workspace: "ws-b", project: "project-b1", kind: "decision", run: "run-b1", agent: "agent-b1" },
    { key: "item-b2", workspace: "ws-b", project: "project-b1", kind: "note", run: null, agent: null },
  ],
} as const;

export type TContractPlan = typeof CONTRACT_PLAN;
/** The embedder name the suite's vectors carry unless a test says otherwise. */
export const CONTRACT_EMBEDDER = "contract-embedder-a";
type TItemKey = TContractPlan["items"][number]["key"];
export type TContractKey =
  | TContractPlan["workspaces"][number]
  | TContractPlan["projects"][number]["key"]
  | TContractPlan["runs"][number]["key"]
  | TContractPlan["agents"][number]["key"]
  | TItemKey;

export type TVectorStoreHarness = {
  store: TVectorStore;
  cleanup(): Promise<void>;
  /** Real ids for the plan's names; a name left out is its own id. */
  ids?: Partial<Record<TContractKey, string>>;
};

// ---- deterministic vectors --------------------------------------------------

/** mulberry32: a tiny seeded PRNG, so every run sees the same vectors. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A unit vector of MEMORY_DIMENSIONS drawn from `seed`. */
export function seededUnitVector(seed: number, dimensions: number = MEMORY_DIMENSIONS): number[] {
  const next = prng(seed);
  return normalise(Array.from({ length: dimensions }, () => next() * 2 - 1));
}

/** A unit vector whose cosine similarity with the unit vector `target` is `similarity`. */
export function vectorWithSimilarity(target: number[], similarity: number, seed: number): number[] {
  const random = seededUnitVector(seed, target.length);
  const along = random.reduce((sum, v, i) => sum + v * target[i]!, 0);
  const orthogonal = normalise(random.map((v, i) => v - along * target[i]!));
  const rest = Math.sqrt(1 - similarity * similarity);
  return target.map((t, i) => similarity * t + rest * orthogonal[i]!);
}

// ---- the suite --------------------------------------------------------------

export function vectorStoreContract(name: string, make: (plan: TContractPlan) => Promise<TVectorStoreHarness>): void {
  describe(`vector store contract: ${name}`, () => {
    let harness: TVectorStoreHarness | undefined;
    const store = () => harness!.store;
    const id = (key: TContractKey): string => harness?.ids?.[key] ?? key;
    const item = (key: TItemKey) => CONTRACT_PLAN.items.find((i) => i.key === key)!;
    const record = (key: TItemKey, values: number[], embedder = CONTRACT_EMBEDDER): TVectorRecord => {
      const planned = item(key);
      return {
        id: id(key),
        workspaceId: id(planned.workspace),
        projectId: id(planned.project),
        kind: planned.kind,
        runId: planned.run ? id(planned.run) : null,
        agentId: planned.agent ? id(planned.agent) : null,
        embedder,
        values,
      };
    };
    const ids = (matches: { id: string }[]) => matches.map((m) => m.id);
    const expectedIds = (...keys: TItemKey[]) => keys.map(id);

    const query = seededUnitVector(1);
    // Similarity of each item's vector to `query`, all distinct; each has its
    // own random orthogonal part, so the items differ from each other too.
    const planned: Record<Exclude<TItemKey, "item-b1" | "item-b2">, number> = {
      "item-a1": 0.9,
      "item-a4": 0.8,
      "item-a2": 0.7,
      "item-a3": 0.4,
      "item-a5": -0.3,
    };
    const vectors = Object.fromEntries(
      Object.entries(planned).map(([key, similarity], i) => [key, vectorWithSimilarity(query, similarity, 100 + i)]),
    ) as Record<keyof typeof planned, number[]>;
    const seedWorkspaceA = () =>
      store().upsert((Object.keys(vectors) as (keyof typeof vectors)[]).map((key) => record(key, vectors[key])));
    const search = (
      options: Partial<Omit<TVectorQuery, "workspaceId" | "values" | "topK">> & {
        workspace?: "ws-a" | "ws-b";
        topK?: number;
        values?: number[];
      } = {},
    ) => {
      const { workspace = "ws-a", topK = 10, values = query, ...filters } = options;
      return store().query({ workspaceId: id(workspace), values, topK, ...filters });
    };

    beforeEach(async () => {
      harness = await make(CONTRACT_PLAN);
    });
    afterEach(async () => {
      await harness?.cleanup();
      harness = undefined;
    });

    it("returns the nearest first, with cosine similarity as the score", async () => {
      await seedWorkspaceA();
      const matches = await search();
      expect(ids(matches)).toEqual(expectedIds("item-a1", "item-a4", "item-a2", "item-a3", "item-a5"));
      for (const match of matches) {
        const key = (Object.keys(vectors) as (keyof typeof vectors)[]).find((k) => id(k) === match.id)!;
        const expected = cosine(query, vectors[key]);
        expect(expected).toBeCloseTo(planned[key], 9);
        expect(match.score).toBeCloseTo(expected, 4);
      }
      const top2 = await search({ topK: 2 });
      expect(ids(top2)).toEqual(expectedIds("item-a1", "item-a4"));
    });

    it("filters by project, kinds, run and agent, alone and together", async () => {
      await seedWorkspaceA();
      expect(ids(await search({ projectId: id("project-a1") }))).toEqual(expectedIds("item-a1", "item-a2", "item-a3"));
      expect(ids(await search({ kinds: ["decision"] }))).toEqual(expectedIds("item-a1", "item-a4"));
      expect(ids(await search({ kinds: ["note", "fact"] }))).toEqual(expectedIds("item-a2", "item-a3"));
      expect(ids(await search({ runId: id("run-a1x") }))).toEqual(expectedIds("item-a1", "item-a2"));
      expect(ids(await search({ agentId: id("agent-a1") }))).toEqual(expectedIds("item-a1", "item-a4"));
      expect(
        ids(await search({ projectId: id("project-a1"), kinds: ["decision", "note"], agentId: id("agent-a2") })),
      ).toEqual(expectedIds("item-a2"));
      expect(ids(await search({ projectId: id("project-a2"), runId: id("run-a1x") }))).toEqual([]);
      expect(ids(await search({ projectId: id("project-a1"), topK: 1 }))).toEqual(expectedIds("item-a1"));
    });

    it("answers only with vectors of the embedder asked for, and re-labels a vector upserted by another", async () => {
      await seedWorkspaceA();
      const other = "contract-embedder-b";
      await store().upsert([record("item-a4", vectors["item-a4"], other)]);
      expect(ids(await search({ embedder: CONTRACT_EMBEDDER }))).toEqual(expectedIds("item-a1", "item-a2", "item-a3", "item-a5"));
      expect(ids(await search({ embedder: other }))).toEqual(expectedIds("item-a4"));
      expect(await search({ embedder: "never-used" })).toEqual([]);
      // Re-embedded by the first embedder again: back in its results, gone from the other's.
      await store().upsert([record("item-a4", vectors["item-a4"])]);
      expect(ids(await search({ embedder: CONTRACT_EMBEDDER }))).toEqual(expectedIds("item-a1", "item-a4", "item-a2", "item-a3", "item-a5"));
      expect(await search({ embedder: other })).toEqual([]);
    });

    it("treats an empty list of kinds as matching no kind", async () => {
      await seedWorkspaceA();
      expect(await search({ kinds: [] })).toEqual([]);
    });

    it("drops matches below minScore", async () => {
      await seedWorkspaceA();
      expect(ids(await search({ minScore: 0.75 }))).toEqual(expectedIds("item-a1", "item-a4"));
      expect(ids(await search({ minScore: 0.5 }))).toEqual(expectedIds("item-a1", "item-a4", "item-a2"));
      expect(ids(await search({ minScore: 0 }))).toEqual(expectedIds("item-a1", "item-a4", "item-a2", "item-a3"));
      expect(ids(await search({ minScore: 0.5, projectId: id("project-a2") }))).toEqual(expectedIds("item-a4"));
      expect(await search({ minScore: 0.95 })).toEqual([]);
    });

    it("never answers from another workspace, even for identical vectors", async () => {
      const shared = vectorWithSimilarity(query, 0.9, 7);
      await store().upsert([record("item-a1", shared), record("item-b1", shared), record("item-b2", shared)]);

      const inA = await search();
      expect(ids(inA)).toEqual(expectedIds("item-a1"));
      expect(inA[0]!.score).toBeCloseTo(0.9, 4);
      expect(ids(await search({ workspace: "ws-b" })).sort()).toEqual(expectedIds("item-b1", "item-b2").sort());
      // ws-a's project named while asking as ws-b: still nothing of ws-a.
      expect(await search({ workspace: "ws-b", projectId: id("project-a1") })).toEqual([]);
      expect(await store().query({ workspaceId: `${id("ws-a")}-other`, values: shared, topK: 10 })).toEqual([]);
    });

    it("does not delete another workspace's vectors when named with the wrong workspace", async () => {
      await seedWorkspaceA();
      await store().upsert([record("item-b1", vectors["item-a1"])]);
      await store().delete(id("ws-b"), [id("item-a1"), id("item-a2")]);
      await store().deleteProject(id("ws-b"), id("project-a1"));
      expect(ids(await search({ projectId: id("project-a1") }))).toEqual(expectedIds("item-a1", "item-a2", "item-a3"));
      expect(ids(await search({ workspace: "ws-b" }))).toEqual(expectedIds("item-b1"));
    });

    it("deletes the named ids and nothing else", async () => {
      await seedWorkspaceA();
      await store().delete(id("ws-a"), [id("item-a1"), id("item-a3")]);
      expect(ids(await search())).toEqual(expectedIds("item-a4", "item-a2", "item-a5"));
    });

    it("deletes one project's vectors and keeps the other projects'", async () => {
      await seedWorkspaceA();
      await store().upsert([record("item-b1", vectors["item-a1"])]);
      await store().deleteProject(id("ws-a"), id("project-a1"));
      expect(ids(await search())).toEqual(expectedIds("item-a4", "item-a5"));
      expect(await search({ projectId: id("project-a1") })).toEqual([]);
      expect(ids(await search({ workspace: "ws-b" }))).toEqual(expectedIds("item-b1"));
    });

    it("replaces the vector when an id is upserted again", async () => {
      const first = vectorWithSimilarity(query, 0.9, 21);
      const second = vectorWithSimilarity(query, 0.1, 22);
      await store().upsert([record("item-a1", first), record("item-a2", vectorWithSimilarity(query, 0.5, 23))]);
      await store().upsert([record("item-a1", second)]);

      const matches = await search();
      expect(ids(matches)).toEqual(expectedIds("item-a2", "item-a1"));
      expect(matches[1]!.score).toBeCloseTo(cosine(query, second), 4);
      const exact = await search({ values: second, topK: 1 });
      expect(ids(exact)).toEqual(expectedIds("item-a1"));
      expect(exact[0]!.score).toBeCloseTo(1, 4);
    });

    it(`rejects vectors that do not have ${MEMORY_DIMENSIONS} dimensions, writing nothing`, async () => {
      const good = record("item-a1", vectors["item-a1"]);
      const short = record("item-a2", vectors["item-a2"].slice(0, MEMORY_DIMENSIONS - 1));
      const long = record("item-a3", [...vectors["item-a3"], 0.1]);
      const dimensions = new RegExp(String(MEMORY_DIMENSIONS));
      await expect(store().upsert([good, short])).rejects.toMatchObject({ code: "INVALID_INPUT", message: dimensions });
      await expect(store().upsert([long])).rejects.toMatchObject({ code: "INVALID_INPUT", message: dimensions });
      await expect(search({ values: query.slice(0, 3) })).rejects.toMatchObject({ code: "INVALID_INPUT" });
      expect(await search()).toEqual([]);
    });

    it("accepts empty batches and deletes where nothing is stored", async () => {
      await expect(store().upsert([])).resolves.toBeUndefined();
      await expect(store().delete(id("ws-a"), [])).resolves.toBeUndefined();
      await expect(store().delete(id("ws-b"), [id("item-b1")])).resolves.toBeUndefined();
      await expect(store().deleteProject(id("ws-b"), id("project-b1"))).resolves.toBeUndefined();
      expect(await search()).toEqual([]);
    });
  });
}
