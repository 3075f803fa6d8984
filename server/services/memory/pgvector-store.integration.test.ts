// The same behaviour every vector store must have, run against pgvector on
// PGlite and on the real PostgreSQL (the Pinecone adapter runs it against a
// local server speaking Pinecone's API).
import { getDb } from "@/server/db/client";
import { CONTRACT_PLAN, vectorStoreContract, type TContractKey } from "@/server/memory/vectors/vector-store-contract";
import { pgvectorStore } from "./pgvector-store";

vectorStoreContract("pgvector", async (plan) => {
  const db = await getDb();
  const ids: Partial<Record<TContractKey, string>> = {};
  const suffix = Math.random().toString(36).slice(2, 8);
  for (const key of plan.workspaces) ids[key] = (await db.workspace.create({ data: { name: key, slug: `${key}-${suffix}` } })).id;
  for (const p of plan.projects) ids[p.key] = (await db.project.create({ data: { workspaceId: ids[p.workspace]!, name: p.key, slug: p.key } })).id;
  for (const item of CONTRACT_PLAN.items) {
    const row = await db.memoryItem.create({
      data: { workspaceId: ids[item.workspace]!, projectId: ids[item.project]!, kind: item.kind, runId: item.run, agentId: item.agent, title: item.key, content: item.key, embedder: "not-embedded-yet" },
    });
    ids[item.key] = row.id;
  }
  return {
    store: pgvectorStore,
    ids,
    cleanup: async () => {
      await db.workspace.deleteMany({ where: { id: { in: plan.workspaces.map((w) => ids[w]!) } } });
    },
  };
});
