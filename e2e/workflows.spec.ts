// Workflows on a fresh workspace: copy the MVP template, remove its deploy step
// on the canvas and save version 2, rename it in the YAML view and save
// version 3, see three versions in the history, then make a dependsOn cycle in
// the YAML and see it reported with Save disabled.
import { expect, test, type Page } from "@playwright/test";

import { signUp, uniqueEmail } from "./fixtures";

/** The validation verdict next to the view switch. */
const verdict = (page: Page) => page.getByRole("status").filter({ hasText: /^(Valid|Checking…|\d+ problems?|Couldn't check)/ });

test("edit a workflow visually and as YAML, version it, and see a cycle refused", async ({ page }) => {
  await signUp(page, "Wendy Workflows", uniqueEmail("workflows"));
  await expect(page).toHaveURL(/\/new$/);
  await page.getByLabel("Workspace name").fill(`Flow ${Date.now().toString(36)}`);
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expect(page).toHaveURL(/\/projects$/);
  const slug = new URL(page.url()).pathname.split("/")[1]!;

  // A fresh workspace has no workflows of its own; copy the MVP template.
  await page.goto(`/${slug}/workflows`);
  await expect(page.getByRole("heading", { level: 1, name: "Workflows" })).toBeVisible();
  await expect(page.getByText("No workflows of your own yet")).toBeVisible();
  await page.getByRole("article", { name: "MVP" }).getByRole("button", { name: "Use as starting point" }).click();
  await expect(page).toHaveURL(new RegExp(`/${slug}/workflows/[^/?]+$`));
  await expect(page.getByRole("heading", { level: 1, name: "MVP" })).toBeVisible();
  await expect(verdict(page)).toHaveText(/^Valid · 4 stages$/);

  // Visual editor: select the deploy step and delete it.
  const canvas = page.getByRole("application", { name: "Workflow steps" });
  const deploy = canvas.getByRole("group", { name: "Step Deployment (deploy)" });
  await deploy.click();
  await expect(page.getByRole("region", { name: "Step deploy" })).toBeVisible();
  await page.keyboard.press("Delete");
  await expect(deploy).toHaveCount(0);
  await expect(canvas.getByRole("group", { name: /^Step / })).toHaveCount(3);
  await expect(page.getByText("Unsaved changes", { exact: true })).toBeVisible();
  await expect(verdict(page)).toHaveText(/^Valid · 3 stages$/);

  await page.getByRole("button", { name: "Save as version 2" }).click();
  await expect(page.getByText("Saved version 2", { exact: true })).toBeVisible();
  await expect(page.getByText("Up to date with version 2", { exact: true })).toBeVisible();

  // Text view: YAML of version 2, without the deploy step; rename the workflow.
  await page.getByRole("radio", { name: "JSON / YAML" }).click();
  const yaml = page.getByRole("textbox", { name: "Workflow as YAML" });
  await expect(yaml).toHaveValue(/^name: MVP\n/);
  expect(await yaml.inputValue()).not.toContain("id: deploy");
  await yaml.fill((await yaml.inputValue()).replace(/^name: MVP$/m, "name: Lean MVP"));
  await expect(page.getByText("Unsaved changes", { exact: true })).toBeVisible();
  await expect(verdict(page)).toHaveText(/^Valid/);
  await page.getByRole("button", { name: "Save as version 3" }).click();
  await expect(page.getByText("Saved version 3", { exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Lean MVP" })).toBeVisible();
  await expect(page.getByText("Up to date with version 3", { exact: true })).toBeVisible();
  await expect(yaml).toHaveValue(/^name: Lean MVP\n/);

  // The history lists the three versions, the latest checked.
  await page.getByRole("button", { name: "Version history (showing version 3)" }).click();
  const versions = page.getByRole("menuitemradio");
  await expect(versions).toHaveCount(3);
  await expect(versions.nth(0)).toContainText("Version 3");
  await expect(versions.nth(0)).toHaveAttribute("aria-checked", "true");
  await expect(versions.nth(2)).toContainText("Version 1");
  await page.keyboard.press("Escape");

  // A cycle: architecture now waits for qa, which waits for build, which waits for architecture.
  const text = await yaml.inputValue();
  expect(text).toMatch(/- id: architecture\n(?: {4}.*\n)*? {4}dependsOn: \[\]\n/);
  await yaml.fill(text.replace(/(- id: architecture\n(?: {4}.*\n)*? {4})dependsOn: \[\]\n/, "$1dependsOn: [qa]\n"));
  const problems = page.getByRole("region", { name: "Problems" });
  await expect(problems).toContainText("steps wait for each other in a cycle, so none of them can start: architecture → build → qa → architecture");
  await expect(verdict(page)).toHaveText("1 problem");
  await expect(page.getByRole("button", { name: "Save as version 4" })).toBeDisabled();

  // The visual editor needs a valid workflow: the text view stays, with the problem.
  await page.getByRole("radio", { name: "Visual" }).click();
  await expect(page.getByText("Fix the problems to switch views", { exact: true })).toBeVisible();
  await expect(yaml).toBeVisible();
});
