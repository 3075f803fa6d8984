// Models and usage on a fresh workspace with no provider configured: Settings →
// Models says agents use the offline model, Test on the fast tier answers from
// it, and the Usage page then shows that one call, priced at $0, under the
// offline model.
import { expect, test, type Page } from "@playwright/test";

import { signUp, uniqueEmail } from "./fixtures";

/** A card on the page, found by its heading. */
const card = (page: Page, heading: string) =>
  page.locator('[data-slot="card"]').filter({ has: page.getByRole("heading", { name: heading, exact: true }) });

test("an admin tests the offline model and sees the call on the usage page", async ({ page }) => {
  await signUp(page, "Mo Models", uniqueEmail("models"));
  await expect(page).toHaveURL(/\/new$/);
  await page.getByLabel("Workspace name").fill(`Gauge ${Date.now().toString(36)}`);
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expect(page).toHaveURL(/\/projects$/);
  const slug = new URL(page.url()).pathname.split("/")[1]!;

  // Settings → Models, through the navigation.
  await page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Settings" }).click();
  await page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Models" }).click();
  await expect(page).toHaveURL(new RegExp(`/${slug}/settings/models$`));
  await expect(page.getByText("Agents are using the offline model:")).toBeVisible();
  await expect(card(page, "OpenAI").getByText("Not configured")).toBeVisible();

  const fast = page.getByRole("region", { name: "Fast tier" });
  await expect(fast.getByRole("list", { name: /models, in the order they are tried/ })).toContainText("offline-model");
  await fast.getByRole("button", { name: "Test" }).click();
  const result = fast.getByRole("status");
  await expect(result).toContainText("Ready: the fast tier answered");
  await expect(result.getByText("offline model", { exact: true })).toBeVisible();
  await expect(result).toContainText("offline:offline-model");
  await expect(result).toContainText("$0.00");
  await expect(result.locator("blockquote")).not.toBeEmpty();

  // Usage, through the sidebar.
  await page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Usage" }).click();
  await expect(page).toHaveURL(new RegExp(`/${slug}/usage$`));
  await expect(page.getByRole("heading", { level: 1, name: "Usage" })).toBeVisible();
  await expect(card(page, "Model calls").getByText("1", { exact: true })).toBeVisible();
  await expect(card(page, "Total cost").getByText("$0.00", { exact: true })).toBeVisible();

  const byModel = card(page, "By model");
  await expect(byModel.getByText("offline-model", { exact: true })).toBeVisible();
  await expect(byModel.getByText("offline model", { exact: true })).toBeVisible();

  // The call log: one ok call on the offline model, with its single attempt.
  const log = card(page, "Recent calls");
  const row = log.getByRole("row").filter({ hasText: "offline-model" });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("ok");
  await row.getByRole("button", { name: /Show attempts/ }).click();
  await expect(log.getByRole("list", { name: "Attempts" })).toContainText("offline:offline-model");
  await expect(log.getByText("1 attempt", { exact: true })).toBeVisible();
});
