// Custom agents on the seeded demo workspace: open the editor of a built-in,
// fork it, publish two versions, compare two of them, and roll back (which
// publishes the old content as a new version).
import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";

import { signIn } from "./fixtures";

const DEMO_EMAIL = "demo@coralcollective.dev";
const DEMO_PASSWORD = "coral-demo-2026";

test("fork a built-in, publish versions, compare them and roll back", async ({ page }) => {
  const key = `e2e_reviewer_${randomBytes(3).toString("hex")}`;
  await signIn(page, DEMO_EMAIL, DEMO_PASSWORD);

  // A built-in can't be edited: the editor explains and offers a fork.
  await page.goto("/acme/agents/code_reviewer/edit");
  await expect(page.getByRole("heading", { name: "Code Reviewer is a built-in agent" })).toBeVisible();
  await page.getByRole("button", { name: "Fork agent" }).click();
  const dialog = page.getByRole("dialog", { name: "Fork Code Reviewer" });
  const id = dialog.getByLabel("Agent id");
  await expect(id).toHaveValue("code_reviewer_custom");
  await id.fill(key);
  await dialog.getByRole("button", { name: "Fork agent" }).click();

  await expect(page).toHaveURL(new RegExp(`/acme/agents/${key}/edit$`));
  await expect(page.getByRole("heading", { level: 1, name: "Edit Code Reviewer (custom)" })).toBeVisible();
  await expect(page.getByText("Up to date with version 1", { exact: true })).toBeVisible();

  // Version 2: one more paragraph in the Role.
  const addedRole = `Close every review with a one-line verdict (${key}).`;
  const role = page.getByRole("textbox", { name: "Role", exact: true });
  await role.fill(`${await role.inputValue()}\n\n${addedRole}`);
  await expect(page.getByText("Unpublished changes", { exact: true })).toBeVisible();
  await page.getByLabel("Version note").fill("Close with a verdict");
  await page.getByRole("button", { name: "Publish version" }).click();
  await expect(page.getByText("Published version 2", { exact: true })).toBeVisible();
  await expect(page.getByText("Up to date with version 2", { exact: true })).toBeVisible();
  await expect(role).toHaveValue(new RegExp(`${addedRole.replace(/[().]/g, "\\$&")}$`));

  // Version 3: a new description.
  await page
    .getByRole("textbox", { name: "Description", exact: true })
    .fill("Reviews pull-request diffs for correctness, security and tests, ranks findings by severity and ends with a verdict.");
  await page.getByLabel("Version note").fill("Shorter description");
  await page.getByRole("button", { name: "Publish version" }).click();
  await expect(page.getByText("Published version 3", { exact: true })).toBeVisible();
  await expect(page.getByText("Up to date with version 3", { exact: true })).toBeVisible();

  // Compare version 1 with version 2: only the Role changed, by the added line.
  await page.goto(`/acme/agents/${key}/versions`);
  const history = page.getByRole("list", { name: "Published versions" });
  await expect(history.getByRole("listitem")).toHaveCount(3);
  await expect(history.getByRole("listitem", { name: "Version 3", exact: true })).toContainText("Shorter description");
  await page.getByLabel("From", { exact: true }).click();
  await page.getByRole("option", { name: "Version 1", exact: true }).click();
  await page.getByLabel("To", { exact: true }).click();
  await page.getByRole("option", { name: "Version 2", exact: true }).click();
  await expect(page).toHaveURL(/[?&]from=1&to=2/);
  const roleDiff = page.getByRole("region", { name: "Role" });
  await expect(roleDiff.locator("ins", { hasText: addedRole })).toBeVisible();
  await expect(page.getByRole("region", { name: "Metadata" })).toHaveCount(0);

  // Roll back to version 1: a fourth version with version 1's content.
  await history.getByRole("listitem", { name: "Version 1", exact: true }).getByRole("button", { name: "Roll back to this version" }).click();
  const confirm = page.getByRole("alertdialog", { name: "Roll back to version 1?" });
  await confirm.getByRole("button", { name: "Roll back" }).click();
  await expect(page.getByText("Rolled back: published version 4", { exact: true })).toBeVisible();
  const v4 = history.getByRole("listitem", { name: "Version 4", exact: true });
  await expect(v4).toContainText("Rolled back to version 1");
  await expect(v4).toContainText("Latest");
  await expect(history.getByRole("listitem")).toHaveCount(4);
  // Version 1 now has the latest content, so it can't be rolled back to again.
  await expect(history.getByRole("listitem", { name: "Version 1", exact: true })).toContainText("Same as latest");
});
