// Runs, end to end on the offline model: a new user creates a workspace and a
// project, starts the Full-stack web app workflow from the project's Runs tab,
// watches its steps change state live, approves the spec gate with a note for
// the next steps, waits for the run to succeed, reads a deliverable, then
// resumes from the QA step with extra input and follows the new run, whose
// lineage points back to the first.
import { expect, test, type Page } from "@playwright/test";

import { signUp, uniqueEmail } from "./fixtures";

const TASK =
  "A checkout service for a small online bookshop: carts, card payments with refunds, order emails and an admin view of orders. Next.js and PostgreSQL.";
const GATE_NOTE = "Use Stripe for card payments and keep the API under /v1.";
const QA_INPUT = "Cover refunds with end-to-end tests.";

/** A step's box in the run graph. */
const stepBox = (page: Page, stepId: string) => page.locator(`[data-step="${stepId}"]`);
/** The page's own header (the run number, state and badges), not the top bar. */
const runHeader = (page: Page) => page.getByRole("main").locator("header").first();

test("a member starts a run, approves its gate, reads a deliverable and resumes from a step", async ({ page }) => {
  test.setTimeout(180_000);

  await signUp(page, "Rae Runner", uniqueEmail("runs"));
  await expect(page).toHaveURL(/\/new$/);
  await page.getByLabel("Workspace name").fill(`Relay ${Date.now().toString(36)}`);
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expect(page).toHaveURL(/\/projects$/);
  const slug = new URL(page.url()).pathname.split("/")[1]!;

  await page.getByRole("button", { name: "New project" }).first().click();
  const projectDialog = page.getByRole("dialog");
  await projectDialog.getByLabel("Name").fill("Checkout Service");
  await projectDialog.getByRole("button", { name: "Create project" }).click();
  await expect(page).toHaveURL(new RegExp(`/${slug}/projects/checkout-service$`));

  // The Runs tab starts empty and invites the first run.
  await page.getByRole("tab", { name: "Runs" }).click();
  await expect(page).toHaveURL(/\?tab=runs$/);
  await expect(page.getByRole("heading", { name: "No runs yet" })).toBeVisible();
  await page.getByRole("button", { name: "Start the first run" }).click();

  const startDialog = page.getByRole("dialog", { name: /Start a run on Checkout Service/ });
  const template = startDialog.getByRole("radio", { name: /Full-stack web app/ });
  await template.click();
  await expect(template).toHaveAttribute("aria-checked", "true");
  await startDialog.getByLabel("Task").fill(TASK);
  await startDialog.getByRole("button", { name: "Start run" }).click();

  await expect(page).toHaveURL(new RegExp(`/${slug}/runs/[\\w-]+$`));
  const firstRunPath = new URL(page.url()).pathname;
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Run #1");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Full-stack web app");

  // The plan steps finish on their own; the build waits behind the gate.
  await expect(stepBox(page, "architecture")).toHaveAttribute("data-status", "succeeded");
  await expect(stepBox(page, "specification")).toHaveAttribute("data-status", "succeeded");
  await expect(stepBox(page, "approve_spec")).toHaveAttribute("data-status", "waiting_approval");
  await expect(stepBox(page, "backend")).toHaveAttribute("data-status", "pending");
  await expect(runHeader(page).getByText("Waiting for approval", { exact: true })).toBeVisible();

  // From here on the page must update itself: a reload would clear this marker.
  await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));

  const approval = page.getByRole("region", { name: "Approval needed: Approve the specification" });
  await expect(approval).toContainText("Approve the spec before building");
  await approval.getByLabel("Add to the next steps' input").fill(GATE_NOTE);
  await approval.getByRole("button", { name: "Approve and continue" }).click();
  await expect(approval).toHaveCount(0);

  for (const step of ["backend", "frontend", "database", "qa", "security", "deploy", "documentation"]) {
    await expect(stepBox(page, step)).toHaveAttribute("data-status", "succeeded", { timeout: 60_000 });
  }
  await expect(runHeader(page).getByText("Succeeded", { exact: true })).toBeVisible();
  await expect(runHeader(page).getByText("offline model", { exact: true })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
  await expect(page.getByRole("progressbar", { name: "Steps done" })).toHaveAttribute("aria-valuenow", "10");

  // The gate's step panel records the decision and the note for the next steps.
  await stepBox(page, "approve_spec").click();
  const gatePanel = page.getByRole("region", { name: "Step: Approve the specification" });
  await expect(gatePanel.getByText("Approved", { exact: true })).toBeVisible();
  await expect(gatePanel).toContainText("by Rae Runner");
  await expect(gatePanel).toContainText(GATE_NOTE);

  // A deliverable opens in place, rendered.
  await stepBox(page, "architecture").click();
  const architecture = page.getByRole("region", { name: "Step: Architecture and plan" });
  await expect(architecture.getByText("offline:offline-model")).toBeVisible();
  await architecture.getByRole("button", { name: /Technical specification/ }).click();
  const spec = architecture.getByRole("region", { name: "Technical specification" });
  await expect(spec.getByRole("heading", { name: /Technical specification/ })).toBeVisible();
  await expect(spec).toContainText("Checkout Service");
  await expect(spec.getByRole("button", { name: "Download" })).toBeVisible();

  // The handoff timeline shows who passed work to whom.
  await expect(page.getByRole("list", { name: "Handoffs" })).toContainText("Project Architect");

  // Resume from QA with extra input: a new run that reuses everything upstream.
  await stepBox(page, "qa").click();
  const qa = page.getByRole("region", { name: "Step: Testing" });
  await qa.getByRole("button", { name: "Resume from this step" }).click();
  const resumeDialog = page.getByRole("dialog", { name: /Resume run #1 from “Testing”/ });
  await expect(resumeDialog).toContainText("Runs again:");
  await resumeDialog.getByLabel("Additional input").fill(QA_INPUT);
  await resumeDialog.getByRole("button", { name: "Start new run" }).click();

  await page.waitForURL((url) => url.pathname.startsWith(`/${slug}/runs/`) && url.pathname !== firstRunPath);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Run #2");
  const lineage = page.getByLabel("Lineage");
  await expect(lineage).toContainText("Resumed from #1");
  await expect(lineage).toContainText("at step “Testing”");
  await expect(stepBox(page, "architecture")).toContainText("reused");
  await expect(stepBox(page, "documentation")).toHaveAttribute("data-status", "succeeded", { timeout: 60_000 });
  await expect(runHeader(page).getByText("Succeeded", { exact: true })).toBeVisible();

  await stepBox(page, "qa").click();
  const rerunQa = page.getByRole("region", { name: "Step: Testing" });
  await expect(rerunQa.getByRole("region", { name: "Edited when this run was resumed" })).toContainText(QA_INPUT);

  // The first run now points to the second, and the workspace list shows both.
  await lineage.getByRole("link", { name: "#1" }).click();
  await expect(page).toHaveURL((url) => url.pathname === firstRunPath);
  await expect(page.getByLabel("Lineage")).toContainText("Resumed as #2");

  await page.goto(`/${slug}/runs`);
  await expect(page.getByRole("heading", { level: 1, name: "Runs" })).toBeVisible();
  const rows = page.getByRole("main").locator("tbody tr");
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText("Run #2");
  await expect(rows.first()).toContainText("Resumed from #1");
  await expect(rows.nth(1)).toContainText("Run #1");
});
