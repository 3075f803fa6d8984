// bench:webhook — how fast GitHub gets its answer. The webhook route handler
// (the real one: signature check, delivery record, repository lookup, review
// queued, engine event) is served over loopback HTTP in this process while
// autocannon sends signed `pull_request` deliveries at 50 connections:
//   queued:    opened on a linked repository → 202, and the review really
//              starts on the embedded runner (against a local fake GitHub),
//              so acknowledgements compete with review work, as in production
//   ignored:   a repository no project reviews → 204
//   duplicate: a redelivery of an id already recorded → 200
// Prints throughput and p50/p99/max per phase (target: well under a second).
// BENCH_DB=postgres uses the local PostgreSQL; default: in-memory PGlite.
// BENCH_SECONDS sets each phase's length (10).
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import autocannon, { type Result } from "autocannon";
import { POST } from "@/app/api/webhooks/github/route";
import { stopEmbeddedRunner } from "@/server/engine/engine";
import { configureGitHubApp } from "@/server/github/settings";
import { generateAppKeyPair } from "@/server/github/testing/app-keys";
import { startFakeGitHub } from "@/server/github/testing/fake-github";
import { signGitHubPayload } from "@/server/github/verify-signature";
import { createProject } from "@/server/services/projects/create-project";
import { createWorkspace } from "@/server/services/workspaces/create-workspace";
import { signUp } from "@/server/services/users/sign-up";
import { openBenchDatabase } from "./bench-database";

const SECRET = "bench-webhook-secret";
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;
const INSTALLATION = 9001;

async function serveRoute(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
    const response = await POST(new Request(`http://127.0.0.1${req.url}`, { method: "POST", headers, body: Buffer.concat(chunks) }));
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/api/webhooks/github`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

function delivery(repoId: number, pullNumber: number, deliveryId: string = randomUUID()) {
  const body = JSON.stringify({
    action: "opened",
    number: pullNumber,
    pull_request: { number: pullNumber, draft: false, head: { sha: randomUUID().replaceAll("-", "").padEnd(40, "0") }, base: { ref: "main" } },
    repository: { id: repoId, full_name: `acme/repo-${repoId}` },
    installation: { id: INSTALLATION },
    sender: { login: "octocat" },
  });
  return {
    method: "POST" as const,
    body,
    headers: { "content-type": "application/json", "x-github-event": "pull_request", "x-github-delivery": deliveryId, "x-hub-signature-256": signGitHubPayload(body, SECRET) },
  };
}

function run(url: string, title: string, next: () => ReturnType<typeof delivery>): Promise<Result> {
  return autocannon({
    url,
    title,
    connections: CONNECTIONS,
    duration: SECONDS,
    method: "POST",
    requests: [{ setupRequest: (request) => ({ ...request, ...next() }) }],
  } as autocannon.Options);
}

function line(name: string, r: Result, expected: number): string {
  const statuses = Object.entries(r.statusCodeStats ?? {})
    .map(([code, s]) => `${code}×${(s as { count: number }).count}`)
    .join(" ");
  const wrong = Object.entries(r.statusCodeStats ?? {}).some(([code]) => Number(code) !== expected);
  return `  ${name.padEnd(12)} ${r.requests.average.toFixed(0).padStart(6)} req/s   p50 ${String(r.latency.p50).padStart(4)} ms   p99 ${String(r.latency.p99).padStart(4)} ms   max ${String(r.latency.max).padStart(5)} ms   ${statuses}${wrong ? `  (expected only ${expected})` : ""}${r.errors ? `, ${r.errors} errors` : ""}`;
}

async function main() {
  const database = await openBenchDatabase();
  const keys = generateAppKeyPair();
  const github = await startFakeGitHub({ appId: 5150, publicKey: keys.publicKey });
  configureGitHubApp({ webhookSecret: SECRET, appId: "5150", privateKey: keys.privateKey, apiBaseUrl: github.url });
  // The fake knows the repository but none of the bench's pull requests: each queued review reads GitHub, gets 404 and ends.
  github.state.addRepository({ owner: "acme", name: "repo-1", installationId: INSTALLATION });

  const owner = await signUp({ name: "Bench", email: `bench-${randomUUID()}@example.test`, password: "correct horse battery" });
  const workspace = await createWorkspace(owner.id, { name: "Webhook bench" });
  const project = await createProject({ workspaceId: workspace.id, actor: { userId: owner.id, role: "owner" } }, { name: "Reviews" });
  const installation = await database.db.gitHubInstallation.create({ data: { installationId: BigInt(INSTALLATION), accountLogin: "acme", workspaceId: workspace.id } });
  await database.db.gitHubRepository.create({ data: { installationId: installation.id, repoId: 1n, fullName: "acme/repo-1", projectId: project.id } });

  const route = await serveRoute();
  // Warm up: first requests compile and connect.
  for (let i = 0; i < 20; i++) await fetch(route.url, delivery(2, i));

  let pull = 0;
  const queued = await run(route.url, "queued", () => delivery(1, ++pull));
  const ignored = await run(route.url, "ignored", () => delivery(2, ++pull));
  const recorded = await database.db.gitHubWebhookDelivery.findFirstOrThrow({ select: { deliveryId: true } });
  const duplicate = await run(route.url, "duplicate", () => delivery(1, 1, recorded.deliveryId));
  const reviews = await database.db.gitHubReview.count();

  console.log(`\nbench:webhook — ${database.label}, ${CONNECTIONS} concurrent deliveries, ${SECONDS} s per phase (route handler over loopback HTTP)\n`);
  console.log(line("queued", queued, 202));
  console.log(line("ignored", ignored, 204));
  console.log(line("duplicate", duplicate, 200));
  console.log(`\n  ${reviews} reviews queued (one per accepted delivery: ${queued.statusCodeStats?.["202"]?.count ?? 0}), reviews running on the embedded runner meanwhile.`);

  await route.close();
  // Reviews still in flight may fail once the database closes under them: the figures are printed, so that is not the bench failing.
  process.on("unhandledRejection", () => undefined);
  await stopEmbeddedRunner();
  await github.close();
  await database.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
