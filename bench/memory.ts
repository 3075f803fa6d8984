// bench:memory — how fast and how accurate the pgvector memory store is at scale.
//  1. Corpus: N synthetic 384-d embeddings, clustered like real ones (1,000
//     topics; items in a topic have cosine ≈ 0.8), in one workspace and 20
//     projects (a topic belongs to one project; 20% of its items sit elsewhere).
//     Rows go into the real MemoryItem table through Prisma, 500 per INSERT,
//     while the migration's HNSW index is maintained row by row.
//  2. Queries: 200 perturbed copies of corpus items, top-10 over the whole
//     workspace and within the source item's project, with the same SQL and
//     `SET LOCAL hnsw.ef_search` transaction as pgvectorStore.query, at several
//     ef_search values. Recall@10 is against exact top-10 computed in JS from
//     the same float32 vectors.
// BENCH_DB=postgres uses the local PostgreSQL (TEST_POSTGRES_URL); the default
// is an in-memory PGlite, where N defaults lower because inserts are slow.
// BENCH_ITEMS overrides N; BENCH_REINDEX=1 also times a REINDEX of the HNSW index.
import { cpus, loadavg } from "node:os";
import type { TDb } from "@/server/db/client";
import { MEMORY_DIMENSIONS } from "@/server/memory/vectors/vector-store";
import { HNSW_EF_SEARCH, pgvectorStore } from "@/server/services/memory/pgvector-store";
import { benchOnPostgres as POSTGRES, openBenchDatabase } from "./bench-database";

const N = Number(process.env.BENCH_ITEMS ?? (POSTGRES ? 100_000 : 20_000));
const D = MEMORY_DIMENSIONS;
const CLUSTERS = 1_000;
const PROJECTS = 20;
const HOME_SHARE = 0.8; // share of a topic's items that live in the topic's project
const SIGMA = Math.sqrt(0.25 / D); // noise norm² ≈ 0.25, so two items of a topic have cosine ≈ 1 / 1.25
const QUERY_SIGMA = SIGMA / 2;
const QUERIES = 200;
const WARM_UP = 50;
const K = 10;
const EF_SEARCH = [40, 100, 200];
const BATCH = 500;
const TARGET_RECALL = 0.95;
const TARGET_P95_MS = 50;
const KINDS = ["decision", "deliverable", "handoff", "summary", "fact", "note"];

// mulberry32 and Box–Muller: the same corpus on every run and machine.
let state = 0x5eed;
const random = () => {
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
};
const gaussian = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const int = (x: number) => Math.round(x).toLocaleString("en-US");
const seconds = (from: number) => `${((performance.now() - from) / 1000).toFixed(1)} s`;
const verdict = (ok: boolean) => (ok ? "PASS" : "FAIL");
// Other work on the machine skews every figure here; say how busy it was.
const load = () => `load average ${loadavg().map((x) => x.toFixed(1)).join(" ")} on ${cpus().length} CPUs`;

/** Writes `base + sigma·noise`, normalised and rounded to float32 (what pgvector stores), at `out[offset…]`. */
function noisyUnit(base: ArrayLike<number> | null, baseOffset: number, sigma: number, out: Float32Array, offset: number) {
  const v = new Float64Array(D);
  let norm = 0;
  for (let d = 0; d < D; d++) {
    v[d] = (base ? base[baseOffset + d]! : 0) + sigma * gaussian();
    norm += v[d]! * v[d]!;
  }
  norm = Math.sqrt(norm);
  for (let d = 0; d < D; d++) out[offset + d] = v[d]! / norm;
}

const cosine = (a: Float32Array, ai: number, b: Float32Array, bi: number) => {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let d = 0; d < D; d++) {
    const x = a[ai + d]!;
    const y = b[bi + d]!;
    dot += x * y;
    na += x * x;
    nb += y * y;
  }
  return dot / Math.sqrt(na * nb);
};

// Nine significant digits round-trip a float32 exactly, so Postgres stores the vectors the JS side scores.
const literal = (xs: Float32Array, offset: number) => {
  const parts = new Array<string>(D);
  for (let d = 0; d < D; d++) parts[d] = xs[offset + d]!.toPrecision(9);
  return `[${parts.join(",")}]`;
};

function makeCorpus() {
  const centres = new Float32Array(CLUSTERS * D);
  for (let c = 0; c < CLUSTERS; c++) noisyUnit(null, 0, 1, centres, c * D);
  const items = new Float32Array(N * D);
  const cluster = new Uint16Array(N);
  const project = new Uint8Array(N);
  for (let i = 0; i < N; i++) {
    const c = Math.floor(random() * CLUSTERS);
    cluster[i] = c;
    project[i] = random() < HOME_SHARE ? c % PROJECTS : Math.floor(random() * PROJECTS);
    noisyUnit(centres, c * D, SIGMA, items, i * D);
  }
  const queryCount = QUERIES + WARM_UP;
  const queries = new Float32Array(queryCount * D);
  const source = new Uint32Array(queryCount);
  for (let q = 0; q < queryCount; q++) {
    source[q] = Math.floor(random() * N);
    noisyUnit(items, source[q]! * D, QUERY_SIGMA, queries, q * D);
  }
  return { items, cluster, project, queries, source };
}

type TCorpus = ReturnType<typeof makeCorpus>;

/** Exact top-K per query, workspace-wide and within the query's project, by brute force. */
function exactTopK(corpus: TCorpus) {
  const all: number[][] = [];
  const inProject: number[][] = [];
  const push = (top: { i: number; s: number }[], i: number, s: number) => {
    if (top.length === K && s <= top[K - 1]!.s) return;
    let at = top.length;
    while (at > 0 && top[at - 1]!.s < s) at--;
    top.splice(at, 0, { i, s });
    if (top.length > K) top.pop();
  };
  for (let q = 0; q < QUERIES; q++) {
    const p = corpus.project[corpus.source[q]!];
    const topAll: { i: number; s: number }[] = [];
    const topProject: { i: number; s: number }[] = [];
    for (let i = 0; i < N; i++) {
      const s = cosine(corpus.queries, q * D, corpus.items, i * D);
      push(topAll, i, s);
      if (corpus.project[i] === p) push(topProject, i, s);
    }
    all.push(topAll.map((t) => t.i));
    inProject.push(topProject.map((t) => t.i));
  }
  return { all, inProject };
}

const itemId = (i: number) => `bench-${i}`;

async function insertCorpus(db: TDb, corpus: TCorpus, workspaceId: string, projectIds: string[]) {
  const started = performance.now();
  let last = { at: started, rows: 0 };
  const every = Math.max(BATCH, Math.ceil(N / 10 / BATCH) * BATCH);
  for (let from = 0; from < N; from += BATCH) {
    const to = Math.min(N, from + BATCH);
    const params: unknown[] = [workspaceId, "bench-synthetic-v1"];
    const rows: string[] = [];
    for (let i = from; i < to; i++) {
      const n = params.length;
      rows.push(`($${n + 1}, $1, $${n + 2}, $${n + 3}, $${n + 4}, $${n + 5}, $${n + 6}::vector, $2, now())`);
      params.push(itemId(i), projectIds[corpus.project[i]!], KINDS[i % KINDS.length], `Bench item ${i}`, `Synthetic memory item ${i} on topic ${corpus.cluster[i]}.`, literal(corpus.items, i * D));
    }
    await db.$executeRawUnsafe(
      `INSERT INTO "MemoryItem" ("id", "workspaceId", "projectId", "kind", "title", "content", "embedding", "embedder", "updatedAt") VALUES ${rows.join(", ")}`,
      ...params,
    );
    if (to % every === 0 || to === N) {
      const now = performance.now();
      console.log(`  inserted ${int(to).padStart(7)} rows  ${seconds(started).padStart(7)}  (these ${int(to - last.rows)}: ${int((to - last.rows) / ((now - last.at) / 1000))} items/s)`);
      last = { at: now, rows: to };
    }
  }
  return (performance.now() - started) / 1000;
}

// pgvectorStore.query's SQL, with ef_search as a parameter instead of its constant.
const QUERY_SQL = `
  SELECT "id", 1 - ("embedding" <=> $1::vector) AS score
  FROM "MemoryItem"
  WHERE "workspaceId" = $2
    AND "embedding" IS NOT NULL
    AND ($3::text IS NULL OR "projectId" = $3)
    AND ($4::text IS NULL OR "runId" = $4)
    AND ($5::text IS NULL OR "agentId" = $5)
    AND ($6::text[] IS NULL OR "kind" = ANY($6::text[]))
    AND ("expiresAt" IS NULL OR "expiresAt" > now())
  ORDER BY "embedding" <=> $1::vector
  LIMIT $7`;

// How a query is run: the product's shape at some ef_search, or one of two
// alternatives for filtered queries that the product does not use (yet).
type TMode = { label: string; ef: number; iterative?: boolean; exact?: boolean };
const productMode = (ef: number): TMode => ({ label: `ef_search ${ef}`, ef });
const ITERATIVE: TMode = { label: `${HNSW_EF_SEARCH} + iterative`, ef: HNSW_EF_SEARCH, iterative: true };
// "+ 0" hides the ORDER BY from the HNSW index, so Postgres filters first (project btree) and sorts exactly.
const EXACT: TMode = { label: "exact (no HNSW)", ef: HNSW_EF_SEARCH, exact: true };

async function search(db: TDb, mode: TMode, vectorLiteral: string, workspaceId: string, projectId: string | null, explain = false) {
  const sql = mode.exact ? QUERY_SQL.replace(`ORDER BY "embedding" <=> $1::vector`, `ORDER BY ("embedding" <=> $1::vector) + 0`) : QUERY_SQL;
  return db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`SET LOCAL hnsw.ef_search = ${mode.ef}`);
    if (mode.iterative) await tx.$executeRawUnsafe(`SET LOCAL hnsw.iterative_scan = strict_order`);
    const params = [vectorLiteral, workspaceId, projectId, null, null, null, K];
    if (explain) return (await tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN ${sql}`, ...params)).map((r) => r["QUERY PLAN"]);
    return (await tx.$queryRawUnsafe<{ id: string }[]>(sql, ...params)).map((r) => r.id);
  });
}

/** The plan's scan, in a few words: the HNSW index, or something else (which means exact search). */
async function planOf(db: TDb, mode: TMode, vectorLiteral: string, workspaceId: string, projectId: string | null) {
  const plan = await search(db, mode, vectorLiteral, workspaceId, projectId, true);
  if (plan.some((line) => line.includes("MemoryItem_embedding_hnsw"))) return "HNSW index scan, then filter";
  const scan = plan.find((line) => /Scan/.test(line));
  return `exact: ${scan ? scan.replace(/^[\s->]+/, "").replace(/\s+\(cost.*$/, "") : plan[0]!}, then sort`;
}

async function main() {
  const t0 = performance.now();
  console.log(`bench:memory — ${int(N)} items × ${D} dims, ${int(CLUSTERS)} topics, ${PROJECTS} projects in one workspace, ${QUERIES} queries, top-${K}`);
  if (!POSTGRES && !process.env.BENCH_ITEMS) {
    console.log(`NOTE: PGlite defaults to ${int(N)} items, not 100,000: its HNSW inserts run at ~100 items/s (WASM), so 100k would take 15–25 min. BENCH_ITEMS=100000 to insist.`);
  }
  console.log(`machine: ${load()}`);
  let t = performance.now();
  const corpus = makeCorpus();
  let sameTopic = 0;
  let pairs = 0;
  for (let i = 0; i < Math.min(N, 2_000); i++) {
    for (let j = i + 1; j < Math.min(N, 2_000); j++) {
      if (corpus.cluster[i] !== corpus.cluster[j]) continue;
      sameTopic += cosine(corpus.items, i * D, corpus.items, j * D);
      pairs++;
    }
  }
  console.log(`corpus generated in ${seconds(t)}; mean cosine within a topic ${(sameTopic / Math.max(1, pairs)).toFixed(3)} (${pairs} pairs sampled)`);
  t = performance.now();
  const exact = exactTopK(corpus);
  console.log(`exact top-${K} (brute force in JS, float64 over the stored float32 values) in ${seconds(t)}`);

  t = performance.now();
  const { label, db, close } = await openBenchDatabase();
  const [{ v: pgvector } = { v: "?" }] = await db.$queryRawUnsafe<{ v: string }[]>(`SELECT extversion AS v FROM pg_extension WHERE extname = 'vector'`);
  const [{ v: server } = { v: "?" }] = await db.$queryRawUnsafe<{ v: string }[]>(`SELECT current_setting('server_version') AS v`);
  console.log(`database: ${label}, PostgreSQL ${server}, pgvector ${pgvector}; migrated in ${seconds(t)}`);
  const workspace = await db.workspace.create({ data: { name: "Memory bench", slug: "memory-bench" } });
  const projectIds: string[] = [];
  for (let p = 0; p < PROJECTS; p++) {
    projectIds.push((await db.project.create({ data: { workspaceId: workspace.id, name: `Project ${p}`, slug: `project-${p}` } })).id);
  }

  console.log(`insert — ${BATCH} rows per INSERT through Prisma; the migration's HNSW index (m 16, ef_construction 64) is maintained as rows arrive`);
  const insertSeconds = await insertCorpus(db, corpus, workspace.id, projectIds);
  console.log(`  ${int(N)} rows in ${insertSeconds.toFixed(1)} s: ${int(N / insertSeconds)} items/s (index included)`);
  t = performance.now();
  await db.$executeRawUnsafe(`ANALYZE "MemoryItem"`);
  const [{ size } = { size: "?" }] = await db.$queryRawUnsafe<{ size: string }[]>(`SELECT pg_size_pretty(pg_relation_size('"MemoryItem_embedding_hnsw"')) AS size`);
  console.log(`  ANALYZE in ${seconds(t)}; HNSW index size ${size}`);

  const literals = Array.from({ length: QUERIES + WARM_UP }, (_, q) => literal(corpus.queries, q * D));
  for (let q = QUERIES; q < QUERIES + WARM_UP; q++) await search(db, productMode(HNSW_EF_SEARCH), literals[q]!, workspace.id, null);

  const sets = [
    { name: "whole workspace", project: (_q: number) => null, truth: exact.all, modes: EF_SEARCH.map(productMode) },
    {
      name: "one project (~5% of rows)",
      project: (q: number) => projectIds[corpus.project[corpus.source[q]!]!]!,
      truth: exact.inProject,
      modes: [...EF_SEARCH.map(productMode), ITERATIVE, EXACT],
    },
  ];
  const lines: string[] = [];
  for (const set of sets) {
    lines.push(`${set.name}`);
    lines.push(`  mode                    p50 ms   p95 ms   p99 ms   p95<${TARGET_P95_MS}ms   recall@${K}  ≥${TARGET_RECALL}   <${K} rows   plan`);
    for (const mode of set.modes) {
      const latencies: number[] = [];
      let found = 0;
      let short = 0;
      for (let q = 0; q < QUERIES; q++) {
        const started = performance.now();
        const ids = await search(db, mode, literals[q]!, workspace.id, set.project(q));
        latencies.push(performance.now() - started);
        const truth = new Set(set.truth[q]!.map(itemId));
        found += ids.filter((id) => truth.has(id)).length;
        if (ids.length < K) short++;
      }
      const [p50, p95, p99] = [50, 95, 99].map((p) => percentile(latencies, p));
      const recall = found / (QUERIES * K);
      const plan = await planOf(db, mode, literals[0]!, workspace.id, set.project(0));
      lines.push(
        `  ${mode.label.padEnd(20)}  ${p50!.toFixed(2).padStart(7)}  ${p95!.toFixed(2).padStart(7)}  ${p99!.toFixed(2).padStart(7)}   ${verdict(p95! < TARGET_P95_MS).padStart(8)}   ${recall.toFixed(3).padStart(9)}  ${verdict(recall >= TARGET_RECALL)}   ${String(short).padStart(8)}   ${plan}`,
      );
    }
  }
  console.log(`queries — ${QUERIES} per row; latency is the whole store transaction (BEGIN, SET LOCAL hnsw.ef_search, SELECT, COMMIT); targets are for real PostgreSQL`);
  for (const line of lines) console.log(line);
  console.log(`  "${ITERATIVE.label}" adds SET LOCAL hnsw.iterative_scan = strict_order (pgvector ≥ 0.8); "${EXACT.label}" orders by (distance + 0). Neither is what pgvectorStore.query does today.`);

  // The product's own path (its constant ef_search) must answer what the bench measured at that ef_search.
  let same = 0;
  for (let q = 0; q < 20; q++) {
    const product = await pgvectorStore.query({ workspaceId: workspace.id, values: Array.from(corpus.queries.subarray(q * D, (q + 1) * D)), topK: K });
    const bench = await search(db, productMode(HNSW_EF_SEARCH), literals[q]!, workspace.id, null);
    if (product.map((m) => m.id).join() === bench.join()) same++;
  }
  console.log(`pgvectorStore.query (ef_search ${HNSW_EF_SEARCH}) returned the bench's ids for ${same} of 20 queries`);

  if (process.env.BENCH_REINDEX === "1") {
    t = performance.now();
    await db.$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe(`SET LOCAL maintenance_work_mem = '1GB'`);
        await tx.$executeRawUnsafe(`REINDEX INDEX "MemoryItem_embedding_hnsw"`);
      },
      { timeout: 3_600_000 },
    );
    console.log(`REINDEX of the HNSW index (maintenance_work_mem 1GB): ${seconds(t)}`);
  }
  await close();
  console.log(`total ${seconds(t0)}; ${load()}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
