// Where memory vectors live. Two adapters behave the same: pgvector in the
// app's PostgreSQL (the default) and Pinecone (one namespace per workspace).
// Every call names the workspace, and every query filters by it: a store
// cannot be asked for vectors without saying whose. Each vector also carries
// the name of the embedder that made it, and retrieval asks only for the
// active embedder's: vectors of two embedders are never compared.
export const MEMORY_DIMENSIONS = 384;

export type TVectorRecord = {
  /** The memory item's id. */
  id: string;
  workspaceId: string;
  projectId: string;
  kind: string;
  runId?: string | null;
  agentId?: string | null;
  /** The embedder that made `values` (TEmbedder.name). */
  embedder: string;
  values: number[];
};

export type TVectorQuery = {
  workspaceId: string;
  projectId?: string;
  kinds?: string[];
  runId?: string;
  agentId?: string;
  /** Only vectors this embedder made. Left out only where one embedder wrote everything (benchmarks). */
  embedder?: string;
  values: number[];
  topK: number;
  /** Cosine similarity below this is dropped. */
  minScore?: number;
};

export type TVectorMatch = { id: string; score: number };

export type TVectorStore = {
  name: "pgvector" | "pinecone";
  upsert(records: TVectorRecord[]): Promise<void>;
  query(query: TVectorQuery): Promise<TVectorMatch[]>;
  delete(workspaceId: string, ids: string[]): Promise<void>;
  deleteProject(workspaceId: string, projectId: string): Promise<void>;
};
