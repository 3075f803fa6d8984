// Settings → GitHub and Settings → Audit log on a fresh workspace, on a server
// without GitHub App credentials: GitHub explains how to create the app (the
// manifest form, and by hand the webhook URL this server listens on); the
// audit log lists the API key an admin just created and verifies its chain.
import { expect, test, type Page } from "@playwright/test";

import { saveScreenshot, signUp, uniqueEmail } from "./fixtures";

test.use({ viewport: { width: 1440, height: 900 }, colorScheme: "light" });

async function newWorkspace(page: Page, name: string, label: string): Promise<string> {
  await signUp(page, name, uniqueEmail(label));
  await expect(page).toHaveURL(/\/new$/);
  await page.getByLabel("Workspace name").fill(`${label} ${Date.now().toString(36)}`);
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expect(page).toHaveURL(/\/projects$/);
  return new URL(page.url()).pathname.split("/")[1]!;
}

const settingsLink = (page: Page, name: string) => page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name, exact: true });

test("Settings → GitHub explains how to create the app when this server has none", async ({ page, baseURL }) => {
  const slug = await newWorkspace(page, "Gil Hub", "Octo");

  await page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Settings" }).click();
  await settingsLink(page, "GitHub").click();
  await expect(page).toHaveURL(new RegExp(`/${slug}/settings/github$`));
  await expect(settingsLink(page, "GitHub")).toHaveAttribute("aria-current", "page");

  await expect(page.getByText("Connect GitHub", { exact: true })).toBeVisible();
  await expect(page.getByText("This server doesn't have one yet")).toBeVisible();
  // localhost is not reachable from GitHub: the page says so and names APP_URL.
  await expect(page.getByRole("note")).toContainText("GitHub can't reach");
  await expect(page.getByRole("note")).toContainText("APP_URL");

  // Step 1: the manifest form, with an app name suggested from this server's host.
  await expect(page.getByRole("heading", { name: "Step 1: Create the GitHub App" })).toBeVisible();
  await expect(page.getByLabel("App name")).toHaveValue("Coral reviews localhost");
  await expect(page.getByLabel("Organization (optional)")).toHaveValue("");
  await expect(page.getByRole("button", { name: "Create the GitHub App" })).toBeEnabled();

  // By hand: the URLs GitHub calls on this server, starting with the webhook.
  await page.getByText("Or create it by hand").click();
  const webhook = page.getByRole("definition").filter({ has: page.getByRole("button", { name: "Copy webhook url" }) });
  await expect(webhook.locator("code")).toHaveText(`${baseURL}/api/webhooks/github`);
  await expect(page.getByRole("button", { name: "Copy setup url" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Repository permissions" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Subscribe to events" })).toBeVisible();
  await expect(page.getByText("pull_request", { exact: true })).toBeVisible();

  // Steps 2–4: the credentials to set, then restart and install.
  await expect(page.getByRole("list", { name: "Environment variables" }).getByRole("listitem")).toHaveText(["GITHUB_APP_ID", "GITHUB_APP_SLUG", "GITHUB_WEBHOOK_SECRET", "GITHUB_APP_PRIVATE_KEY"]);
  await expect(page.getByRole("heading", { name: "Step 3: Restart CoralCollective" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Step 4: Install the app and map repositories" })).toBeVisible();
  await saveScreenshot(page, "github-settings.png");
});

test("Settings → Audit log lists API key events and verifies the chain", async ({ page }) => {
  const slug = await newWorkspace(page, "Audrey Audit", "Ledger");

  // Two keys: one kept, one revoked.
  await page.goto(`/${slug}/settings/api-keys`);
  for (const name of ["Nightly export", "Old laptop"]) {
    await page.getByRole("button", { name: "Create key" }).first().click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Name").fill(name);
    await dialog.getByRole("button", { name: "Create key" }).click();
    await expect(dialog.getByLabel("API key")).toHaveValue(/^cc_live_/);
    await dialog.getByRole("button", { name: "Done" }).click();
    await expect(page.getByRole("table").getByText(name, { exact: true })).toBeVisible();
  }
  await page.getByRole("button", { name: "Revoke API key Old laptop" }).click();
  await page.getByRole("button", { name: "Revoke key" }).click();
  await expect(page.getByText("Revoked").first()).toBeVisible();

  await settingsLink(page, "Audit log").click();
  await expect(page).toHaveURL(new RegExp(`/${slug}/settings/audit$`));

  // Newest first: the revocation, then the two creations, each with who did it and on what.
  const events = page.getByRole("table", { name: /^Audit events of / });
  const rows = events.locator("tbody").getByRole("row");
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText("Revoked an API key");
  await expect(rows.nth(0)).toContainText("apikey.revoked");
  for (const row of [rows.nth(1), rows.nth(2)]) await expect(row).toContainText("Created an API key");
  for (const row of [rows.nth(0), rows.nth(1), rows.nth(2)]) {
    await expect(row).toContainText("Audrey Audit");
    await expect(row).toContainText("api_key");
  }

  // The first key's event, opened: the recorded data (the key's name, never the key) and its hash.
  const first = rows.nth(2);
  await first.getByRole("button", { name: /^Show details of event #\d+$/ }).click();
  const details = rows.nth(3);
  await expect(details).toContainText('"name": "Nightly export"');
  await expect(details).not.toContainText("Old laptop");
  await expect(details.getByText("Hash", { exact: true })).toBeVisible();

  // Verify: every hash recomputed, the chain intact over the three events.
  await page.getByRole("button", { name: "Verify chain" }).click();
  const verdict = page.getByRole("status").filter({ hasText: "Chain intact" });
  await expect(verdict).toContainText("Chain intact: 3 events.");
  await expect(verdict.getByRole("button", { name: "Copy head hash" })).toBeVisible();
  await saveScreenshot(page, "audit-log.png");
});
