// The REST API end to end, over real HTTP against the production build: an
// admin creates a key in the dashboard, a script uses it to create a project
// and start a run, the run finishes in the dashboard, the problems for bad
// requests are problem+json, and a revoked key is refused at once.
import { expect, test, type APIRequestContext } from "@playwright/test";

import { signUp, uniqueEmail } from "./fixtures";

const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

async function expectProblem(response: Awaited<ReturnType<APIRequestContext["get"]>>, status: number) {
  expect(response.status()).toBe(status);
  expect(response.headers()["content-type"]).toBe("application/problem+json");
  const body = await response.json();
  expect(body).toMatchObject({ status, type: expect.stringContaining("/problems/"), title: expect.any(String), detail: expect.any(String) });
  return body as { detail: string; errors?: { field: string }[] };
}

test("an admin creates a key, a script drives a run with it, and revoking it locks the script out", async ({ page, request }) => {
  test.setTimeout(180_000);
  await signUp(page, "Ivy Integrator", uniqueEmail("api"));
  await page.getByLabel("Workspace name").fill(`Pipeline ${Date.now().toString(36)}`);
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expect(page).toHaveURL(/\/projects$/);
  const slug = new URL(page.url()).pathname.split("/")[1]!;

  // Developers → API keys: empty at first.
  await page.getByRole("link", { name: "API keys" }).click();
  await expect(page).toHaveURL(new RegExp(`/${slug}/settings/api-keys$`));
  await page.getByRole("button", { name: "Create key" }).first().click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Name").fill("CI pipeline");
  await dialog.getByRole("checkbox", { name: /Write/ }).check();
  await dialog.getByRole("checkbox", { name: /Run workflows/ }).check();
  await dialog.getByRole("button", { name: "Create key" }).click();
  const keyField = dialog.getByLabel("API key");
  await expect(keyField).toHaveValue(/^cc_live_[A-Za-z0-9]{32}$/);
  const key = await keyField.inputValue();
  await dialog.getByRole("button", { name: "Done" }).click();
  await expect(page.getByRole("table").getByText("CI pipeline", { exact: true })).toBeVisible();

  // A script: who am I, create a project, start a run (idempotently), follow it.
  const me = await request.get("/api/v1/me", { headers: bearer(key) });
  expect(me.status()).toBe(200);
  expect(me.headers()["ratelimit-limit"]).toMatch(/^\d+$/);
  expect((await me.json()).workspace.slug).toBe(slug);

  const created = await request.post("/api/v1/projects", { headers: bearer(key), data: { name: "Storefront", description: "Created from CI" } });
  expect(created.status()).toBe(201);
  const project = await created.json();

  const start = { headers: { ...bearer(key), "Idempotency-Key": `start-${Date.now()}` }, data: { projectId: project.id, workflowId: "mvp", input: { task: "A storefront for a small tea shop: catalogue, cart and checkout." } } };
  const started = await request.post("/api/v1/runs", start);
  expect(started.status()).toBe(202);
  const run = await started.json();
  const replay = await request.post("/api/v1/runs", start);
  expect(replay.headers()["idempotent-replayed"]).toBe("true");
  expect((await replay.json()).id).toBe(run.id);

  await page.goto(`/${slug}/runs/${run.id}`);
  await expect(page.getByRole("main").locator("header").first().getByText("Succeeded", { exact: true })).toBeVisible({ timeout: 120_000 });
  const finished = await (await request.get(`/api/v1/runs/${run.id}`, { headers: bearer(key) })).json();
  expect(finished.status).toBe("succeeded");

  // Problems, over the wire.
  await expectProblem(await request.get("/api/v1/me"), 401);
  await expectProblem(await request.get("/api/v1/nope", { headers: bearer(key) }), 404);
  await expectProblem(await request.get(`/api/v1/projects/${"x".repeat(20)}`, { headers: bearer(key) }), 404);
  await expectProblem(await request.put("/api/v1/projects", { headers: bearer(key), data: {} }), 405);
  await expectProblem(await request.post("/api/v1/projects", { headers: { ...bearer(key), "content-type": "text/plain" }, data: "name=x" }), 415);
  await expectProblem(await request.post("/api/v1/projects", { headers: { ...bearer(key), "content-type": "application/json" }, data: Buffer.from('{"name":') }), 400);
  await expectProblem(await request.post("/api/v1/projects", { headers: { ...bearer(key), "content-type": "application/json" }, data: JSON.stringify({ name: "x".repeat(1_200_000) }) }), 413);
  const invalid = await expectProblem(await request.post("/api/v1/projects", { headers: bearer(key), data: { name: "" } }), 422);
  expect(invalid.errors?.map((e) => e.field)).toContain("body.name");
  const openapi = await request.get("/api/v1/openapi.json");
  expect((await openapi.json()).openapi).toBe("3.1.0");

  // Revoke in the dashboard; the next call is refused.
  await page.goto(`/${slug}/settings/api-keys`);
  await page.getByRole("button", { name: "Revoke API key CI pipeline" }).click();
  await page.getByRole("button", { name: "Revoke key" }).click();
  await expect(page.getByText("Revoked").first()).toBeVisible();
  const refused = await expectProblem(await request.get("/api/v1/me", { headers: bearer(key) }), 401);
  expect(refused.detail).toContain("revoked");
});
