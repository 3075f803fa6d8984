// bench:api — what the REST pipeline costs. Starts the production build the
// way the README does (`npm start`, fresh data directory), then drives it over
// loopback with autocannon at 50 connections:
//   bare:    GET /api/health (a route handler answering static JSON)
//   list:    GET /api/v1/projects (key lookup, rate limit, scope, one page query)
//   start:   POST /api/v1/runs (validation, budget check, snapshot, run row, engine event)
// and prints throughput, p50/p99 and the overhead ratio against the bare route.
// BENCH_DB=postgres runs the app on a fresh database of the local PostgreSQL;
// default: the embedded PGlite. BENCH_SECONDS sets each phase's length (10).
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon, { type Result } from "autocannon";
import { createPostgresCopy, dropTemplate, prepareTemplate } from "@/server/testing/databases";

const PORT = Number(process.env.BENCH_PORT ?? 3190);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;
const base = `http://127.0.0.1:${PORT}`;

async function startApp(env: Record<string, string>): Promise<{ child: ChildProcess; apiKey: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "server/cli/start.ts"], {
    env: { ...process.env, ...env, PORT: String(PORT), HOST: "127.0.0.1", NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "inherit"],
    // Its own process group, so stopping it stops the Next.js server it starts too.
    detached: true,
  });
  let out = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The app did not start within 10 minutes:\n${out}`)), 600_000);
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const key = /API key:\s+(cc_live_\w+)/.exec(out)?.[1];
      if (key && out.includes("is running at")) {
        clearTimeout(timer);
        resolve({ child, apiKey: key });
      }
    });
    child.once("exit", (code) => reject(new Error(`The app exited (${code}) before it was ready:\n${out}`)));
  });
}

async function json(pathname: string, apiKey: string, init: RequestInit = {}) {
  const res = await fetch(base + pathname, { ...init, headers: { authorization: `Bearer ${apiKey}`, "content-type": "application/json", ...init.headers } });
  if (!res.ok) throw new Error(`${init.method ?? "GET"} ${pathname} → ${res.status} ${await res.text()}`);
  return res.json() as Promise<Record<string, unknown>>;
}

function hammer(title: string, options: Partial<autocannon.Options>): Promise<Result> {
  return autocannon({ url: base, connections: CONNECTIONS, duration: SECONDS, title, ...options } as autocannon.Options);
}

function line(name: string, r: Result): string {
  const bad = r.non2xx + r.errors + r.timeouts;
  return `  ${name.padEnd(30)} ${r.requests.average.toFixed(0).padStart(7)} req/s   p50 ${String(r.latency.p50).padStart(5)} ms   p99 ${String(r.latency.p99).padStart(5)} ms   ${r.requests.total} requests${bad ? `, ${bad} not 2xx/errors` : ""}`;
}

async function main() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "coral-bench-api-"));
  const onPostgres = process.env.BENCH_DB === "postgres";
  const template = onPostgres ? await prepareTemplate("postgres") : null;
  const copy = template ? await createPostgresCopy(template.template) : null;
  console.log(`bench:api — ${onPostgres ? "PostgreSQL (local)" : "PGlite (embedded)"}, ${CONNECTIONS} connections, ${SECONDS} s per phase; starting the production build…`);
  // The per-key limit would answer most of a benchmark with 429s: lifted here, reported below.
  const { child, apiKey } = await startApp({ CORAL_DATA_DIR: dataDir, DATABASE_URL: copy?.url ?? "", API_RATE_LIMIT_PER_MINUTE: "100000000" });
  try {
    const project = await json("/api/v1/projects", apiKey, { method: "POST", body: JSON.stringify({ name: "Bench" }) });
    for (let i = 0; i < 20; i++) await json("/api/v1/projects", apiKey, { method: "POST", body: JSON.stringify({ name: `Bench ${i}` }) });
    const auth = { authorization: `Bearer ${apiKey}`, "content-type": "application/json" };
    await hammer("warm-up", { duration: 3, url: `${base}/api/v1/projects`, headers: auth });

    const bare = await hammer("bare", { url: `${base}/api/health` });
    const list = await hammer("list", { url: `${base}/api/v1/projects?limit=20`, headers: auth });
    const start = await hammer("start", {
      url: `${base}/api/v1/runs`,
      method: "POST",
      headers: auth,
      body: JSON.stringify({ projectId: project.id, workflowId: "code-review", input: { task: "Review the bookshop API change for correctness and security." } }),
    });
    console.log("");
    console.log(line("GET /api/health (bare)", bare));
    console.log(line("GET /api/v1/projects", list));
    console.log(line("POST /api/v1/runs", start));
    console.log("");
    const ratio = (r: Result) => (r.latency.p50 / Math.max(bare.latency.p50, 0.1)).toFixed(1);
    console.log(`  overhead vs bare: list p50 ×${ratio(list)}, throughput ${(list.requests.average / bare.requests.average).toFixed(2)} of bare`);
    console.log(`                    start p50 ×${ratio(start)}, throughput ${(start.requests.average / bare.requests.average).toFixed(2)} of bare`);
    console.log(`  (rate limit lifted for the bench; ${start.requests.total} runs queued on the engine during the start phase)`);
  } finally {
    // Let the server stop (and its database close) before its data directory goes.
    const exited = new Promise((r) => child.once("exit", r));
    process.kill(-child.pid!, "SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      // already gone
    }
    rmSync(dataDir, { recursive: true, force: true });
    if (copy && template) await copy.drop().then(() => dropTemplate(template)).catch(() => undefined);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
