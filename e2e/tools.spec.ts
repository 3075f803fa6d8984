// Tools end to end (issue #10), on the offline model: an admin adds the
// filesystem preset as server "fs", tests it and sees its tools with their
// read/write badges, lets the Backend Developer list, make folders and write
// under src/** (policy version 1), runs a one-step workflow whose task names
// src/health.ts and sees each call allowed on the step and in the call log;
// then narrows write_file to docs/** (version 2), runs again and sees the
// write denied in both places.
import { expect, test, type Locator, type Page } from "@playwright/test";

import { saveScreenshot, signUp, trpcMutation, uniqueEmail } from "./fixtures";

const TASK = "Add a health check endpoint: write it to src/health.ts";
const WORKFLOW = {
  name: "Health check",
  steps: [{ id: "backend", title: "Backend", agent: "backend_developer", inputs: [] }],
};

test.use({ viewport: { width: 1440, height: 900 }, colorScheme: "light" });

const stepBox = (page: Page, stepId: string) => page.locator(`[data-step="${stepId}"]`);
const runHeader = (page: Page) => page.getByRole("main").locator("header").first();
/** One tool's line in an agent's opened policy row. */
const toolLine = (panel: Locator, tool: string) => panel.getByRole("listitem").filter({ has: panel.page().getByRole("checkbox", { name: tool, exact: true }) });
/** One call on the step panel, by tool name. */
const stepCall = (panel: Locator, tool: string) => panel.getByRole("region", { name: "Tool calls" }).getByRole("listitem").filter({ hasText: `fs → ${tool}` });

async function openPolicyRow(page: Page) {
  await page.getByRole("tab", { name: "Policy" }).click();
  await expect(page).toHaveURL(/\/tools\?tab=policy$/);
  await page.getByRole("button", { name: "Edit the tools of Backend Developer" }).click();
  const panel = page.getByRole("region", { name: "fs for Backend Developer" });
  await expect(panel).toBeVisible();
  return panel;
}

/** Start the Health check workflow from its page and land on the new run. */
async function startRun(page: Page, slug: string, workflowId: string, number: number) {
  await page.goto(`/${slug}/workflows/${workflowId}`);
  await page.getByRole("button", { name: "Run…" }).click();
  const dialog = page.getByRole("dialog", { name: "Run Health check" });
  await dialog.getByRole("combobox", { name: "Project" }).click();
  await page.getByRole("option", { name: "Status API" }).click();
  await dialog.getByLabel("Task").fill(TASK);
  await dialog.getByRole("button", { name: "Start run" }).click();
  await expect(page).toHaveURL(new RegExp(`/${slug}/runs/[\\w-]+$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Run #${number}`);
  await expect(stepBox(page, "backend")).toHaveAttribute("data-status", "succeeded", { timeout: 60_000 });
  await expect(runHeader(page).getByText("Succeeded", { exact: true })).toBeVisible();
  // The page follows the step that matters: with one step, its panel is already open.
  const panel = page.getByRole("region", { name: "Step: Backend" });
  await expect(panel).toBeVisible();
  return panel;
}

test("an admin adds the filesystem server, allows writes under src/**, sees them allowed, then denied under a tighter policy", async ({ page }) => {
  test.setTimeout(120_000);

  await signUp(page, "Tess Tools", uniqueEmail("tools"));
  await expect(page).toHaveURL(/\/new$/);
  await page.getByLabel("Workspace name").fill(`Toolbox ${Date.now().toString(36)}`);
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expect(page).toHaveURL(/\/projects$/);
  const slug = new URL(page.url()).pathname.split("/")[1]!;

  await page.getByRole("button", { name: "New project" }).first().click();
  const projectDialog = page.getByRole("dialog");
  await projectDialog.getByLabel("Name").fill("Status API");
  await projectDialog.getByRole("button", { name: "Create project" }).click();
  await expect(page).toHaveURL(new RegExp(`/${slug}/projects/status-api$`));

  // Tools, through the sidebar: no server yet.
  await page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Tools" }).click();
  await expect(page).toHaveURL(new RegExp(`/${slug}/tools$`));
  await expect(page.getByRole("heading", { level: 1, name: "Tools" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "No tool servers yet" })).toBeVisible();

  // Add the filesystem preset as "fs"; the dialog tests it and lists its tools.
  await page.getByRole("button", { name: "Add server" }).click();
  const addDialog = page.getByRole("dialog", { name: "Add a tool server" });
  await expect(addDialog.getByRole("combobox", { name: "Server" })).toHaveText(/Filesystem/);
  await addDialog.getByLabel("Name").fill("fs");
  await addDialog.getByRole("button", { name: "Add and test" }).click();
  const added = page.getByRole("dialog", { name: "fs added" });
  const addedTools = added.getByRole("list", { name: "Tools" });
  await expect(addedTools.getByRole("listitem").filter({ hasText: "write_file" })).toContainText("write");
  await added.getByRole("button", { name: "Done" }).click();
  await expect(added).toHaveCount(0);

  // Test the connection from the server's row: its tools, each classified.
  const servers = page.getByRole("list", { name: /^Tool servers of / });
  const fs = servers.getByRole("listitem").filter({ hasText: "Run's working copy" }).first();
  await expect(fs).toContainText("fs");
  await expect(fs).toContainText("Filesystem");
  await fs.getByRole("button", { name: "Test connection" }).click();
  await expect(page.getByText(/^Connected to fs: \d+ tools$/)).toBeVisible();
  const tools = fs.getByRole("list", { name: "Tools" });
  const tool = (name: string) => tools.getByRole("listitem").filter({ has: page.getByText(name, { exact: true }) });
  await expect(tool("list_directory").getByText("read", { exact: true })).toBeVisible();
  await expect(tool("read_text_file").getByText("read", { exact: true })).toBeVisible();
  await expect(tool("create_directory").getByText("write", { exact: true })).toBeVisible();
  await expect(tool("write_file").getByText("write", { exact: true })).toBeVisible();
  const toolCount = Number((await fs.getByText(/^\d+ tools$/).textContent())?.split(" ")[0]);
  expect(toolCount).toBeGreaterThanOrEqual(10);
  await expect(tools.getByRole("listitem")).toHaveCount(toolCount);

  // Policy: nothing saved yet; the Backend Developer may list (read), make folders and write under src/** (write).
  let panel = await openPolicyRow(page);
  await expect(page.getByText("Nothing saved yet, so no agent may use any tool.")).toBeVisible();
  const allow = async (name: string, operation: "read" | "write", paths?: string) => {
    const line = toolLine(panel, name);
    await line.getByRole("checkbox", { name, exact: true }).check();
    await line.getByRole("group", { name: `Operations allowed for ${name} on fs` }).getByRole("button", { name: operation }).click();
    await expect(line.getByRole("button", { name: operation })).toHaveAttribute("aria-pressed", "true");
    if (paths) await line.getByLabel("Paths").fill(paths);
  };
  await allow("list_directory", "read");
  await allow("create_directory", "write", "src/**");
  await allow("write_file", "write", "src/**");
  const backendRow = page.getByRole("row", { name: /Backend Developer/ }).first();
  await expect(backendRow).toContainText("3 tools");
  await page.getByRole("button", { name: "Save as version 1" }).click();
  await expect(page.getByText("Saved version 1 of the policy")).toBeVisible();
  await expect(page.getByText("Policy · version 1", { exact: true })).toBeVisible();
  await expect(page.getByRole("list", { name: "Policy versions" }).getByRole("listitem")).toHaveCount(1);
  await expect(page.getByRole("list", { name: "Policy versions" })).toContainText("1 agent rule over 1 server");
  // The saved row reads back as saved.
  await expect(page.getByRole("button", { name: "Save as version 2" })).toBeDisabled();
  panel = page.getByRole("region", { name: "fs for Backend Developer" });
  await expect(toolLine(panel, "write_file").getByLabel("Paths")).toHaveValue("src/**");
  await saveScreenshot(page, "tools.png");

  // A one-step workflow for the Backend Developer (set up through the API, as the editor would save it).
  const created = await trpcMutation(page, "workflow.create", { workspaceSlug: slug, name: "Health check", definition: WORKFLOW });
  expect(created.status()).toBe(200);
  const workflowId = ((await created.json()) as { result: { data: { json: { id: string } } } }).result.data.json.id;

  // Run #1: every call allowed under version 1.
  let step = await startRun(page, slug, workflowId, 1);
  const calls = step.getByRole("region", { name: "Tool calls" });
  await expect(calls.getByRole("listitem")).toHaveCount(3);
  for (const name of ["list_directory", "create_directory", "write_file"]) {
    await expect(stepCall(step, name)).toHaveAttribute("data-decision", "allowed");
    await expect(stepCall(step, name).getByText("Allowed", { exact: true })).toBeVisible();
    await expect(stepCall(step, name)).toContainText("policy v1");
  }
  await expect(stepCall(step, "write_file")).toContainText('"path":"src/health.ts"');
  await expect(stepCall(step, "list_directory").getByText("read", { exact: true })).toBeVisible();
  await expect(stepCall(step, "write_file").getByText("write", { exact: true })).toBeVisible();
  const firstRunId = new URL(page.url()).pathname.split("/").pop()!;

  // The call log on the Tools page has the same calls.
  await page.goto(`/${slug}/tools?tab=calls`);
  const log = page.getByRole("table", { name: "Tool calls, newest first" });
  const logRow = (name: string) => log.getByRole("row").filter({ hasText: `fs/${name}` });
  await expect(logRow("write_file")).toHaveCount(1);
  await expect(logRow("write_file")).toContainText("Run #1");
  await expect(logRow("write_file")).toContainText("Backend Developer");
  await expect(logRow("write_file").getByText("Allowed", { exact: true })).toBeVisible();
  await expect(logRow("write_file")).toContainText("Succeeded · v1");
  await expect(log.getByRole("row").filter({ hasText: "Run #1" })).toHaveCount(3);

  // Version 2: write_file only under docs/**.
  await page.goto(`/${slug}/tools`);
  panel = await openPolicyRow(page);
  await toolLine(panel, "write_file").getByLabel("Paths").fill("docs/**");
  await page.getByRole("button", { name: "Save as version 2" }).click();
  await expect(page.getByText("Saved version 2 of the policy")).toBeVisible();
  await expect(page.getByText("Policy · version 2", { exact: true })).toBeVisible();
  await expect(page.getByRole("list", { name: "Policy versions" }).getByRole("listitem")).toHaveCount(2);

  // Run #2: the listing and the folder are allowed, the write is denied before it reaches the server.
  step = await startRun(page, slug, workflowId, 2);
  const denied = stepCall(step, "write_file");
  await expect(denied).toHaveAttribute("data-decision", "denied");
  await expect(denied.getByText("Denied", { exact: true })).toBeVisible();
  // It never reached the server, so it has no duration.
  await expect(denied.getByText(/^policy v2/)).toHaveText("policy v2");
  await expect(denied).toContainText("src/health.ts");
  await expect(stepCall(step, "list_directory")).toHaveAttribute("data-decision", "allowed");
  await expect(stepCall(step, "create_directory")).toHaveAttribute("data-decision", "allowed");
  await saveScreenshot(page, "tool-calls.png");

  // The log shows the denial, newest first, and filtering by the first run shows only its calls.
  await page.goto(`/${slug}/tools?tab=calls`);
  const deniedRow = logRow("write_file").filter({ hasText: "Run #2" });
  await expect(deniedRow.getByText("Denied", { exact: true })).toBeVisible();
  await expect(deniedRow).toContainText("Not called · v2");
  await expect(deniedRow.getByRole("cell").last()).toHaveText("—");
  await expect(log.getByRole("row").nth(1)).toContainText("Run #2");
  await expect(logRow("write_file")).toHaveCount(2);
  await page.getByRole("textbox", { name: "Run id" }).fill(firstRunId);
  await page.getByRole("button", { name: "Filter", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`tab=calls&run=${firstRunId}$`));
  await expect(log.getByRole("row").filter({ hasText: "Run #2" })).toHaveCount(0);
  await expect(logRow("write_file").getByText("Allowed", { exact: true })).toBeVisible();
});
