// The agent and workflow endpoints over the REST pipeline with real API keys:
// the catalogue with custom agents, workflows and templates (marked), creating
// from a definition with each problem named, pagination, isolation and scopes.
import { beforeAll, describe, expect, it } from "vitest";
import { makeWorkspace } from "@/server/testing/fixtures";
import { workflowTemplates } from "@/server/workflows/definition/templates";
import { apiClientFor, type TApiAnswer } from "../testing/api-client";

type TClient = Awaited<ReturnType<typeof apiClientFor>>;
let ws: Awaited<ReturnType<typeof makeWorkspace>>;
let a: TClient;
let aRunner: TClient; // runs:execute only
let aRead: TClient;
let b: TClient;

beforeAll(async () => {
  ws = await makeWorkspace("Alpha");
  const wb = await makeWorkspace("Beta");
  a = await apiClientFor(ws.workspace.id, ["read", "write"]);
  aRunner = await apiClientFor(ws.workspace.id, ["runs:execute"]);
  aRead = await apiClientFor(ws.workspace.id, ["read"]);
  b = await apiClientFor(wb.workspace.id, ["admin"]);
  await ws.as("member").agent.create({ workspaceSlug: ws.slug, key: "strict_reviewer", forkOf: "code_reviewer" });
});

const expectProblem = (answer: TApiAnswer, status: number, fields: string[] = []) => {
  expect(answer.status, JSON.stringify(answer.body)).toBe(status);
  expect(answer.headers.get("content-type")).toBe("application/problem+json");
  expect(answer.body).toMatchObject({ status, title: expect.any(String), detail: expect.any(String) });
  if (fields.length) expect((answer.body.errors as { field: string }[]).map((e) => e.field)).toEqual(expect.arrayContaining(fields));
};

async function walk(client: TClient, path: string, limit: number): Promise<{ id: string; kind?: string }[]> {
  const seen: { id: string; kind?: string }[] = [];
  let cursor: string | null = null;
  do {
    const answer: TApiAnswer = await client.call("GET", `${path}${path.includes("?") ? "&" : "?"}limit=${limit}${cursor ? `&cursor=${cursor}` : ""}`);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(answer.body.data.length).toBeLessThanOrEqual(limit);
    seen.push(...answer.body.data);
    cursor = answer.body.nextCursor;
  } while (cursor);
  return seen;
}

describe("GET /agents", () => {
  it("lists the built-in catalogue with the workspace's custom agents, page by page", async () => {
    const all = await walk(a, "/agents", 100);
    expect(all).toHaveLength(24);
    const paged = await walk(a, "/agents", 7);
    expect(paged.map((x) => x.id)).toEqual(all.map((x) => x.id));
    expect(all.find((x) => x.id === "backend_developer")).toMatchObject({ category: "specialist", source: "builtin", custom: null, inputs: ["api_specification", "data_model"] });
    expect(all.find((x) => x.id === "strict_reviewer")).toMatchObject({ source: "custom", custom: { version: 1, forkedFrom: "code_reviewer" } });
    // The other workspace sees only the catalogue.
    expect((await walk(b, "/agents", 100)).map((x) => x.id)).not.toContain("strict_reviewer");
  });

  it("reads one agent with its definition and neighbours; 404 for another workspace's custom agent", async () => {
    const answer = await a.call("GET", "/agents/backend_developer");
    expect(answer.status).toBe(200);
    expect(Object.keys(answer.body.sections)).toHaveLength(8);
    expect(answer.body.downstream.map((d: { id: string }) => d.id)).toEqual(["qa_testing", "security_specialist"]);
    expect(answer.body.outputs[0]).toMatchObject({ type: expect.any(String), path: expect.anything() });
    expect((await a.call("GET", "/agents/strict_reviewer")).body).toMatchObject({ name: "Code Reviewer (custom)", source: "custom" });
    expectProblem(await b.call("GET", "/agents/strict_reviewer"), 404);
    expectProblem(await a.call("GET", "/agents/wizard"), 404);
    expectProblem(await a.call("GET", "/agents/%00"), 404);
  });

  it("answers 422 for bad paging and 403 without a reading scope", async () => {
    expectProblem(await a.call("GET", "/agents?limit=0"), 422, ["query.limit"]);
    expectProblem(await a.call("GET", "/agents?cursor=bogus"), 422, ["query.cursor"]);
    expectProblem(await aRunner.call("GET", "/agents"), 403);
    expectProblem(await aRunner.call("GET", "/agents/backend_developer"), 403);
  });
});

describe("workflows", () => {
  const definition = {
    name: "Architect then build",
    description: "A two-step workflow sent as data.",
    steps: [
      { id: "architecture", agent: "project_architect" },
      { id: "build", agent: "full_stack_engineer", dependsOn: ["architecture"] },
    ],
  };

  it("creates workflows from a definition, a template or blank, and reads the latest version", async () => {
    const fromDefinition = await a.call("POST", "/workflows", { body: { definition } });
    expect(fromDefinition.status, JSON.stringify(fromDefinition.body)).toBe(201);
    expect(fromDefinition.body).toMatchObject({ kind: "workspace", name: "Architect then build", version: 1, latestVersion: 1, fromTemplate: null, archived: false, layers: [["architecture"], ["build"]] });
    expect(fromDefinition.body.definition.steps.map((s: { id: string }) => s.id)).toEqual(["architecture", "build"]);
    const renamed = await a.call("POST", "/workflows", { body: { name: "Renamed copy", definition } });
    expect(renamed.body).toMatchObject({ name: "Renamed copy", definition: { name: "Renamed copy" } });

    const fromTemplate = await a.call("POST", "/workflows", { body: { name: "Our MVP", fromTemplate: "mvp" } });
    expect(fromTemplate.body).toMatchObject({ kind: "workspace", name: "Our MVP", fromTemplate: "mvp", layers: [["architecture"], ["build"], ["qa"], ["deploy"]] });
    const blank = await a.call("POST", "/workflows", { body: { name: "Blank slate" } });
    expect(blank.body.definition.steps).toHaveLength(1);

    const read = await aRead.call("GET", `/workflows/${fromDefinition.body.id}`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(fromDefinition.body);
    const template = await aRunner.call("GET", "/workflows/api-service");
    expect(template.body).toMatchObject({ id: "api-service", kind: "template", version: null, latestVersion: null, category: "api" });
    expect(template.body.definition.steps.length).toBeGreaterThan(1);
  });

  it("names each problem of a bad definition or body (422)", async () => {
    expectProblem(await a.call("POST", "/workflows", { body: {} }), 422, ["body.name"]);
    expectProblem(await a.call("POST", "/workflows", { body: { name: "X" } }), 422, ["body.name"]);
    expectProblem(await a.call("POST", "/workflows", { body: { name: "Nope", fromTemplate: "no-such-template" } }), 422, ["body.fromTemplate"]);
    expectProblem(await a.call("POST", "/workflows", { body: { fromTemplate: "mvp", definition } }), 422, ["body.fromTemplate"]);
    expectProblem(await a.call("POST", "/workflows", { body: { name: "Extra", colour: "blue" } }), 422);
    expectProblem(await a.call("POST", "/workflows", { body: { definition: { ...definition, steps: [{ id: "x", agent: 42 }] } } }), 422, ["body.definition.steps.0.agent"]);
    const ghost = await a.call("POST", "/workflows", { body: { definition: { name: "Ghost", steps: [{ id: "x", agent: "ghost_writer" }] } } });
    expectProblem(ghost, 422, ["body.definition.steps.0.agent"]);
    const cyclic = { name: "Loop", steps: [{ id: "a", agent: "project_architect", dependsOn: ["b"] }, { id: "b", agent: "code_reviewer", dependsOn: ["a"] }] };
    const loop = await a.call("POST", "/workflows", { body: { definition: cyclic } });
    expectProblem(loop, 422);
    expect(loop.body.errors[0].field).toMatch(/^body\.definition/);
    expectProblem(await a.call("POST", "/workflows", { raw: "[1,", headers: {} }), 400);
  });

  it("lists workspace workflows newest first, then the templates, marked, each once across pages", async () => {
    const all = await walk(a, "/workflows", 100);
    const own = all.filter((w) => w.kind === "workspace");
    const templates = all.filter((w) => w.kind === "template");
    expect(own.length).toBeGreaterThanOrEqual(3);
    expect(templates.map((t) => t.id)).toEqual(workflowTemplates.map((t) => t.id));
    expect(all.slice(0, own.length)).toEqual(own); // own first
    for (const limit of [1, 2, 3]) expect((await walk(a, "/workflows", limit)).map((w) => w.id)).toEqual(all.map((w) => w.id));
    expect((await walk(a, "/workflows?kind=template", 4)).map((w) => w.id)).toEqual(templates.map((t) => t.id));
    expect((await walk(a, "/workflows?kind=workspace", 2)).map((w) => w.id)).toEqual(own.map((w) => w.id));
    expect(all.find((w) => w.kind === "template")).toMatchObject({ latestVersion: null, createdAt: null, steps: expect.any(Number) });

    // Another workspace sees only the templates.
    expect((await walk(b, "/workflows", 100)).every((w) => w.kind === "template")).toBe(true);
    expectProblem(await a.call("GET", "/workflows?kind=mine"), 422, ["query.kind"]);
    expectProblem(await a.call("GET", "/workflows?cursor=%%%"), 422);
    const firstTemplatePage = await a.call("GET", "/workflows?kind=template&limit=2");
    expectProblem(await a.call("GET", `/workflows?kind=workspace&cursor=${firstTemplatePage.body.nextCursor}`), 422);
  });

  it("answers 404 to another workspace's key, and 403 without the scope", async () => {
    const { id } = (await a.call("POST", "/workflows", { body: { name: "Private flow", fromTemplate: "mvp" } })).body;
    expectProblem(await b.call("GET", `/workflows/${id}`), 404);
    expectProblem(await a.call("GET", "/workflows/no-such-id"), 404);
    expectProblem(await aRead.call("POST", "/workflows", { body: { name: "Nope" } }), 403);
    expectProblem(await aRunner.call("POST", "/workflows", { body: { name: "Nope" } }), 403);
  });
});
