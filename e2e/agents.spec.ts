// The agent catalogue and an agent's page, on the seeded demo workspace: browse
// and search the catalogue, open an agent, read its hand-off graph and preview
// the prompt it would run.
import { expect, test, type Page } from "@playwright/test";

import { signIn } from "./fixtures";

const DEMO_EMAIL = "demo@coralcollective.dev";
const DEMO_PASSWORD = "coral-demo-2026";

/** Agent cards are the catalogue's level-3 headings, each a link to the agent. */
const cards = (page: Page) => page.getByRole("main").getByRole("heading", { level: 3 }).getByRole("link");

test("the catalogue lists, searches and opens agents; an agent page previews its prompt", async ({ page }) => {
  await signIn(page, DEMO_EMAIL, DEMO_PASSWORD);

  await page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Agents" }).click();
  await expect(page).toHaveURL(/\/acme\/agents$/);
  await expect(page.getByRole("heading", { level: 1, name: "Agents" })).toBeVisible();
  await expect(cards(page).filter({ hasText: /^Backend Developer$/ })).toBeVisible();
  expect(await cards(page).count()).toBeGreaterThanOrEqual(20);

  await page.getByRole("searchbox", { name: "Search agents" }).fill("security");
  await expect(cards(page).filter({ hasText: /^Security Specialist$/ })).toBeVisible();
  await expect(cards(page).filter({ hasText: /^UI Designer$/ })).toHaveCount(0);
  const matches = await cards(page).count();
  expect(matches).toBeGreaterThanOrEqual(1);
  expect(matches).toBeLessThan(10);
  await expect(page).toHaveURL(/[?&]q=security/);

  await page.getByRole("button", { name: "Clear filters" }).first().click();
  await cards(page).filter({ hasText: /^Backend Developer$/ }).click();
  await expect(page).toHaveURL(/\/acme\/agents\/backend_developer$/);
  await expect(page.getByRole("heading", { level: 1, name: "Backend Developer" })).toBeVisible();

  const graph = page.getByRole("img", { name: /hand-off/i });
  await expect(graph).toBeVisible();
  await expect(graph).toHaveAttribute("aria-label", /Technical Writer \(Phase 1\)/);
  await expect(graph.getByRole("link", { name: "Technical Writer (Phase 1)" })).toBeVisible();

  const task = page.getByLabel("Sample task");
  await expect(task).not.toBeEmpty();
  const ourTask = "Add cursor pagination to GET /projects/{projectId}/tasks, sorted by due date.";
  await task.fill(ourTask);
  await page.getByRole("button", { name: "Preview prompt" }).click();

  await expect(page.getByText(/\d[\d,]* tokens/).first()).toBeVisible();
  const userMessage = page.getByRole("region", { name: "User message" });
  await expect(userMessage).toContainText(ourTask);
  await expect(userMessage).toContainText("Backend Developer");
  await expect(page.getByRole("region", { name: "System prompt" })).toContainText("# Backend Developer");
});

test("an unknown agent id shows the workspace's not-found page", async ({ page }) => {
  await signIn(page, DEMO_EMAIL, DEMO_PASSWORD);
  // The shell streams first (workspace loading.tsx), so the status is 200; the page itself says not found.
  await page.goto("/acme/agents/no_such_agent");
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(0);
});
