// Memory vectors in Pinecone, used when PINECONE_API_KEY and PINECONE_INDEX are
// set. The index must be dense, 384 dimensions, metric cosine, so Pinecone's
// score is the cosine similarity that pgvector reports too. Each workspace is
// its own namespace (`ws_<workspaceId>`): a query cannot reach another
// workspace's vectors even without a filter. Metadata carries what queries
// filter on: projectId, kind, runId, agentId, and the embedder that made the
// vector (queries ask for the active embedder's only).
import { Errors, Pinecone, type RecordMetadata } from "@pinecone-database/pinecone";
import { AppError } from "@/server/errors/app-error";
import {
  MEMORY_DIMENSIONS,
  type TVectorMatch,
  type TVectorQuery,
  type TVectorRecord,
  type TVectorStore,
} from "@/server/memory/vectors/vector-store";

export type TPineconeStoreOptions = {
  apiKey: string;
  indexName: string;
  /** The index's data-plane host (PINECONE_INDEX_HOST). Unset: the SDK asks the control plane once per process. */
  indexHost?: string;
  /** The control plane; unset means https://api.pinecone.io. Tests point it at a local server. */
  controllerHostUrl?: string;
  /** Retries of 5xx answers after the first attempt (the SDK's default is 3). */
  maxRetries?: number;
  /** Per request; the SDK sets none, and a hung request would hold a run. */
  timeoutMs?: number;
};

// Pinecone's limits: upserts are best kept near 100 records (2 MB per request),
// deletes by id take at most 1,000 ids, a query returns at most 10,000 matches.
const UPSERT_BATCH = 100;
const DELETE_BATCH = 1000;
const MAX_TOP_K = 10_000;
const DEFAULT_TIMEOUT_MS = 30_000;

type TMemoryMetadata = { projectId: string; kind: string; embedder: string; runId?: string; agentId?: string } & RecordMetadata;

export function pineconeNamespace(workspaceId: string): string {
  return `ws_${workspaceId}`;
}

export function createPineconeStore(options: TPineconeStoreOptions): TVectorStore {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const pinecone = new Pinecone({
    apiKey: options.apiKey,
    ...(options.controllerHostUrl ? { controllerHostUrl: options.controllerHostUrl } : {}),
    ...(options.maxRetries !== undefined ? { maxRetries: options.maxRetries } : {}),
    fetchApi: (input, init) => fetch(input, { ...init, signal: init?.signal ?? AbortSignal.timeout(timeoutMs) }),
  });
  // One Index for all workspaces: the namespace goes with every call. Without
  // indexHost the SDK looks the host up once per process (cached by API key
  // and index name), so production should set PINECONE_INDEX_HOST.
  const index = pinecone.index<TMemoryMetadata>(options.indexName, options.indexHost);

  return {
    name: "pinecone",

    async upsert(records) {
      for (const record of records) assertVector(record.values, `memory item ${record.id}`);
      for (const [workspaceId, group] of groupBy(records, (r) => r.workspaceId)) {
        const namespace = pineconeNamespace(workspaceId);
        for (const batch of inBatches(group, UPSERT_BATCH)) {
          const pineconeRecords = batch.map((r) => ({ id: r.id, values: r.values, metadata: toMetadata(r) }));
          await call("upsert", () => index.upsert({ records: pineconeRecords, namespace }));
        }
      }
    },

    async query(query) {
      assertVector(query.values, "the query");
      if (query.topK < 1 || (query.kinds && query.kinds.length === 0)) return [];
      const filter = toFilter(query);
      const response = await call("query", () =>
        index.query({
          vector: query.values,
          topK: Math.min(Math.floor(query.topK), MAX_TOP_K),
          namespace: pineconeNamespace(query.workspaceId),
          includeMetadata: false,
          includeValues: false,
          // The SDK rejects an empty filter object.
          ...(filter ? { filter } : {}),
        }),
      );
      const matches: TVectorMatch[] = [];
      for (const match of response.matches) {
        // A dense query always scores its matches; the SDK's type merely allows a record without one.
        if (match.score === undefined) continue;
        if (query.minScore !== undefined && match.score < query.minScore) continue;
        matches.push({ id: match.id, score: match.score });
      }
      return matches;
    },

    async delete(workspaceId, ids) {
      const namespace = pineconeNamespace(workspaceId);
      for (const batch of inBatches(ids, DELETE_BATCH)) {
        await ignoreMissingNamespace(call("delete", () => index.deleteMany({ ids: batch, namespace })));
      }
    },

    async deleteProject(workspaceId, projectId) {
      await ignoreMissingNamespace(
        call("delete", () =>
          index.deleteMany({ filter: { projectId: { $eq: projectId } }, namespace: pineconeNamespace(workspaceId) }),
        ),
      );
    },
  };
}

function assertVector(values: number[], what: string): void {
  if (values.length !== MEMORY_DIMENSIONS) {
    throw new AppError(
      "INVALID_INPUT",
      `Vector for ${what} has ${values.length} dimensions; memory vectors have ${MEMORY_DIMENSIONS}.`,
    );
  }
  if (!values.every(Number.isFinite)) {
    throw new AppError("INVALID_INPUT", `Vector for ${what} has a value that is not a finite number.`);
  }
  // A cosine index refuses an all-zero vector; say so before the round trip.
  if (values.every((v) => v === 0)) {
    throw new AppError("INVALID_INPUT", `Vector for ${what} is all zeros; cosine similarity needs a direction.`);
  }
}

// Pinecone metadata cannot hold null: an absent run or agent is an absent key,
// which a `$eq` filter never matches.
function toMetadata(record: TVectorRecord): TMemoryMetadata {
  return {
    projectId: record.projectId,
    kind: record.kind,
    embedder: record.embedder,
    ...(record.runId ? { runId: record.runId } : {}),
    ...(record.agentId ? { agentId: record.agentId } : {}),
  };
}

function toFilter(query: TVectorQuery): Record<string, unknown> | undefined {
  const filter: Record<string, unknown> = {};
  if (query.projectId !== undefined) filter.projectId = { $eq: query.projectId };
  if (query.kinds !== undefined) filter.kind = { $in: query.kinds };
  if (query.runId !== undefined) filter.runId = { $eq: query.runId };
  if (query.agentId !== undefined) filter.agentId = { $eq: query.agentId };
  if (query.embedder !== undefined) filter.embedder = { $eq: query.embedder };
  return Object.keys(filter).length > 0 ? filter : undefined;
}

/** SDK failures (network, auth, 5xx after retries) become one AppError; the API key never appears in them. */
async function call<T>(operation: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AppError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    const wrapped = new AppError("UNAVAILABLE", `Pinecone ${operation} failed: ${message}`, {
      operation,
      reason: error instanceof Error ? error.name : "unknown",
    });
    wrapped.cause = error;
    throw wrapped;
  }
}

// Pinecone answers 404 when deleting from a namespace that was never written
// to; for a delete, "nothing there" is success.
async function ignoreMissingNamespace(work: Promise<void>): Promise<void> {
  try {
    await work;
  } catch (error) {
    if (error instanceof AppError && error.cause instanceof Errors.PineconeNotFoundError) return;
    throw error;
  }
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function inBatches<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
