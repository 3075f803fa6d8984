// GET /memory/search over the REST pipeline: the explorer's hybrid search,
// scoped to the key's workspace (another workspace's project is not found).
import { beforeAll, describe, expect, it } from "vitest";
import { makeWorkspace } from "@/server/testing/fixtures";
import { apiClientFor, type TApiAnswer } from "../testing/api-client";

type TClient = Awaited<ReturnType<typeof apiClientFor>>;
let a: TClient;
let aRunner: TClient;
let b: TClient;
let projectId: string;

beforeAll(async () => {
  const ws = await makeWorkspace("Memory");
  const wb = await makeWorkspace("Other");
  a = await apiClientFor(ws.workspace.id, ["read"]);
  aRunner = await apiClientFor(ws.workspace.id, ["runs:execute"]);
  b = await apiClientFor(wb.workspace.id, ["admin"]);
  projectId = (await ws.as("member").project.create({ workspaceSlug: ws.slug, name: "Shop", description: "" })).id;
  const add = (kind: "decision" | "note" | "fact", title: string, content: string) => ws.as("member").memory.add({ workspaceSlug: ws.slug, projectId, kind, title, content });
  await add("decision", "Database", "Decision: we will use PostgreSQL for orders and Redis for sessions.");
  await add("note", "Sessions", "Sessions live in Redis with a 30 minute idle timeout.");
  await add("fact", "Orders API", "POST /orders creates an order; the order service stores it in PostgreSQL.");
});

const expectProblem = (answer: TApiAnswer, status: number, fields: string[] = []) => {
  expect(answer.status, JSON.stringify(answer.body)).toBe(status);
  expect(answer.headers.get("content-type")).toBe("application/problem+json");
  if (fields.length) expect((answer.body.errors as { field: string }[]).map((e) => e.field)).toEqual(expect.arrayContaining(fields));
};

describe("GET /memory/search", () => {
  it("finds the best match first, with its score, reasons and source", async () => {
    const answer = await a.call("GET", `/memory/search?projectId=${projectId}&q=${encodeURIComponent("Where do sessions live?")}&limit=2`);
    expect(answer.status).toBe(200);
    expect(answer.body.data.length).toBeGreaterThan(0);
    expect(answer.body.data.length).toBeLessThanOrEqual(2);
    expect(answer.body.data[0]).toMatchObject({ title: "Sessions", kind: "note", content: expect.stringContaining("Redis"), score: expect.any(Number), source: { runId: null } });
    expect(answer.body.data[0].reasons.length).toBeGreaterThan(0);
    expect(Date.parse(answer.body.data[0].createdAt)).not.toBeNaN();
    expect(answer.body.embedder).toMatchObject({ name: expect.any(String), offline: expect.any(Boolean) });
    expect((await aRunner.call("GET", `/memory/search?projectId=${projectId}&q=orders`)).status).toBe(200);
  });

  it("answers 422 naming bad query fields", async () => {
    expectProblem(await a.call("GET", "/memory/search"), 422, ["query.projectId", "query.q"]);
    expectProblem(await a.call("GET", `/memory/search?projectId=${projectId}&q=%20%20`), 422, ["query.q"]);
    expectProblem(await a.call("GET", `/memory/search?projectId=${projectId}&q=x&limit=51`), 422, ["query.limit"]);
    expectProblem(await a.call("GET", `/memory/search?projectId=${projectId}&q=a%00b`), 422, ["query.q"]);
  });

  // Every scope grants project.read, so no key gets a 403 here.
  it("answers 404 for another workspace's project or an unknown one", async () => {
    expectProblem(await b.call("GET", `/memory/search?projectId=${projectId}&q=orders`), 404);
    expectProblem(await a.call("GET", "/memory/search?projectId=nope&q=orders"), 404);
  });
});
