// The REST pipeline end to end on the projects endpoints: keys, scopes,
// problems for every kind of bad input, idempotency, pagination, isolation.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/server/db/client";
import { makeWorkspace } from "@/server/testing/fixtures";
import { revokeApiKey } from "@/server/services/api-keys/revoke-api-key";
import { limitApiRequest } from "@/server/ratelimit";
import { apiClientFor, callApi } from "../testing/api-client";

type TClient = Awaited<ReturnType<typeof apiClientFor>>;
let a: TClient;
let readOnly: TClient;
let b: TClient;
let workspaceA: string;

beforeAll(async () => {
  const wa = await makeWorkspace("Alpha");
  const wb = await makeWorkspace("Beta");
  workspaceA = wa.workspace.id;
  a = await apiClientFor(wa.workspace.id, ["read", "write"]);
  readOnly = await apiClientFor(wa.workspace.id, ["read"]);
  b = await apiClientFor(wb.workspace.id, ["admin"]);
});

const expectProblem = (answer: { status: number; headers: Headers; body: { type?: string; title?: string; detail?: string } }, status: number) => {
  expect(answer.status).toBe(status);
  expect(answer.headers.get("content-type")).toBe("application/problem+json");
  expect(answer.body).toMatchObject({ status, type: expect.stringMatching(/^https:\/\/coralcollective\.dev\/problems\//), title: expect.any(String), detail: expect.any(String) });
};

describe("authentication", () => {
  it("answers /me for a valid key with its workspace and scopes", async () => {
    const me = await a.call("GET", "/me");
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ workspace: { id: workspaceA }, key: { scopes: ["read", "write"], prefix: a.apiKey.prefix } });
    expect(me.headers.get("RateLimit-Limit")).toMatch(/^\d+$/);
    expect(Number(me.headers.get("RateLimit-Remaining"))).toBeLessThan(Number(me.headers.get("RateLimit-Limit")));
  });

  it.each([
    ["no header", null, {}],
    ["not a bearer", null, { authorization: "Basic dXNlcjpwYXNz" }],
    ["malformed key", "cc_live_short", {}],
    ["unknown key", `cc_live_${"A".repeat(32)}`, {}],
  ])("401 for %s", async (_, key, headers) => {
    const answer = await callApi("GET", "/me", { key, headers });
    expectProblem(answer, 401);
    expect(answer.headers.get("WWW-Authenticate")).toContain("Bearer");
  });

  it("401 at once after the key is revoked", async () => {
    const doomed = await apiClientFor(workspaceA, ["read"]);
    expect((await doomed.call("GET", "/me")).status).toBe(200);
    await revokeApiKey({ workspaceId: workspaceA, actor: null }, { apiKeyId: doomed.apiKey.id });
    const answer = await doomed.call("GET", "/me");
    expectProblem(answer, 401);
    expect(answer.body.detail).toContain("revoked");
  });

  it("403 when the key's scopes do not grant the endpoint", async () => {
    const answer = await readOnly.call("POST", "/projects", { body: { name: "Nope" } });
    expectProblem(answer, 403);
    expect(answer.body.detail).toContain("project.create");
  });
});

describe("rate limits", () => {
  it("429 with Retry-After once a key has used its window, other keys unaffected", async () => {
    const busy = await apiClientFor(workspaceA, ["read"]);
    const first = await busy.call("GET", "/me");
    const limit = Number(first.headers.get("RateLimit-Limit"));
    for (let used = 1; used < limit; used++) await limitApiRequest({ workspaceId: workspaceA, keyId: busy.apiKey.id, plan: "self_hosted" });
    const refused = await busy.call("GET", "/me");
    expectProblem(refused, 429);
    expect(refused.headers.get("RateLimit-Remaining")).toBe("0");
    expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThanOrEqual(1);
    expect((await a.call("GET", "/me")).status).toBe(200);
  });
});

describe("routing and bad input", () => {
  it("404 for an unknown path and 405 with Allow for a wrong method", async () => {
    expectProblem(await a.call("GET", "/nothing-here"), 404);
    const wrong = await a.call("PUT", "/projects");
    expectProblem(wrong, 405);
    expect(wrong.headers.get("Allow")).toBe("GET, POST");
  });

  it("400 for malformed JSON, 415 for another content type, 413 past 1 MB", async () => {
    expectProblem(await a.call("POST", "/projects", { raw: '{"name": "x' }), 400);
    expectProblem(await a.call("POST", "/projects", { raw: "name=x", headers: { "content-type": "application/x-www-form-urlencoded" } }), 415);
    expectProblem(await a.call("POST", "/projects", { raw: JSON.stringify({ name: "Big", description: "x".repeat(1_100_000) }) }), 413);
    expectProblem(await a.call("POST", "/projects"), 400);
  });

  it("422 naming each invalid field, in the body and in the query", async () => {
    const body = await a.call("POST", "/projects", { body: { name: "x", settings: { repositoryUrl: "ftp://nope" }, extra: 1 } });
    expectProblem(body, 422);
    const fields = (body.body.errors as { field: string }[]).map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(["body.name", "body.settings.repositoryUrl"]));
    const query = await a.call("GET", "/projects?limit=500");
    expectProblem(query, 422);
    expect(query.body.errors).toEqual([expect.objectContaining({ field: "query.limit" })]);
    expectProblem(await a.call("GET", "/projects?cursor=garbage"), 422);
  });
});

describe("projects", () => {
  it("creates, reads, changes, archives and deletes", async () => {
    const created = await a.call("POST", "/projects", { body: { name: "Bookshop API", description: "REST for books" } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: "Bookshop API", slug: "bookshop-api", archived: false });
    const id = created.body.id as string;
    expect((await a.call("GET", `/projects/${id}`)).body.description).toBe("REST for books");
    const patched = await a.call("PATCH", `/projects/${id}`, { body: { name: "Bookshop", archived: true } });
    expect(patched.body).toMatchObject({ name: "Bookshop", archived: true });
    expectProblem(await a.call("PATCH", `/projects/${id}`, { body: {} }), 422);
    expect((await a.call("DELETE", `/projects/${id}`)).status).toBe(204);
    expectProblem(await a.call("GET", `/projects/${id}`), 404);
  });

  it("walks every project once with limit and cursor", async () => {
    for (let i = 0; i < 7; i++) await a.call("POST", "/projects", { body: { name: `Paged ${i}` } });
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: { body: { data: { name: string }[]; nextCursor: string | null } } = await a.call("GET", `/projects?limit=3&status=all${cursor ? `&cursor=${cursor}` : ""}`);
      seen.push(...page.body.data.map((p) => p.name));
      cursor = page.body.nextCursor;
      pages++;
    } while (cursor);
    const paged = seen.filter((n) => n.startsWith("Paged"));
    expect(new Set(paged).size).toBe(7);
    expect(paged).toHaveLength(7);
    expect(pages).toBeGreaterThanOrEqual(3);
  });

  it("another workspace's key gets 404 for every method and changes nothing", async () => {
    const mine = (await a.call("POST", "/projects", { body: { name: "Private plans" } })).body as { id: string; updatedAt: string };
    expectProblem(await b.call("GET", `/projects/${mine.id}`), 404);
    expectProblem(await b.call("PATCH", `/projects/${mine.id}`, { body: { name: "Stolen" } }), 404);
    expectProblem(await b.call("DELETE", `/projects/${mine.id}`), 404);
    expect((await b.call("GET", "/projects?status=all")).body.data.map((p: { id: string }) => p.id)).not.toContain(mine.id);
    const db = await getDb();
    expect(await db.project.findUnique({ where: { id: mine.id }, select: { name: true } })).toEqual({ name: "Private plans" });
  });
});

describe("idempotency", () => {
  it("replays the first answer for the same key and body, and does the work once", async () => {
    const headers = { "Idempotency-Key": "create-ledger-1" };
    const first = await a.call("POST", "/projects", { body: { name: "Ledger" }, headers });
    const again = await a.call("POST", "/projects", { body: { name: "Ledger" }, headers });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get("Idempotent-Replayed")).toBe("true");
    const db = await getDb();
    expect(await db.project.count({ where: { workspaceId: workspaceA, name: "Ledger" } })).toBe(1);
  });

  it("refuses the same key with another body (422) and replays stored 4xx answers", async () => {
    await a.call("POST", "/projects", { body: { name: "Journal" }, headers: { "Idempotency-Key": "k-2" } });
    expectProblem(await a.call("POST", "/projects", { body: { name: "Other" }, headers: { "Idempotency-Key": "k-2" } }), 422);
    expectProblem(await a.call("POST", "/projects", { body: { name: "Ok" }, headers: { "Idempotency-Key": "bad key with spaces" } }), 400);
  });

  it("keeps keys per workspace", async () => {
    const headers = { "Idempotency-Key": "shared-name" };
    expect((await a.call("POST", "/projects", { body: { name: "Same" }, headers })).status).toBe(201);
    const other = await b.call("POST", "/projects", { body: { name: "Same" }, headers });
    expect(other.status).toBe(201);
    expect(other.headers.get("Idempotent-Replayed")).toBeNull();
  });
});

describe("openapi.json", () => {
  it("is served without a key", async () => {
    const doc = await callApi("GET", "/openapi.json");
    expect(doc.status).toBe(200);
    expect(doc.body.openapi).toBe("3.1.0");
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(["/me", "/projects", "/projects/{id}"]));
  });
});
