// The foundation journey: sign up → create workspace → create project →
// invite → a second person accepts as viewer → the viewer cannot create a
// project (no button, and the procedure refuses).
import { expect, test } from "@playwright/test";
import { signUp, trpcMutation, uniqueEmail } from "./fixtures";

test("a team lead sets up a workspace and a viewer joins", async ({ browser }) => {
  const leadContext = await browser.newContext();
  const lead = await leadContext.newPage();
  await signUp(lead, "Lena Lead", uniqueEmail("lead"));
  await expect(lead).toHaveURL(/\/new$/);

  const workspaceName = `Orbit ${Date.now().toString(36)}`;
  await lead.getByLabel("Workspace name").fill(workspaceName);
  await lead.getByRole("button", { name: "Create workspace" }).click();
  await expect(lead).toHaveURL(/\/projects$/);
  const slug = new URL(lead.url()).pathname.split("/")[1]!;

  await lead.getByRole("button", { name: "New project" }).first().click();
  const dialog = lead.getByRole("dialog");
  await dialog.getByLabel("Name").fill("Launch Site");
  await dialog.getByRole("button", { name: "Create project" }).click();
  await expect(lead).toHaveURL(new RegExp(`/${slug}/projects/launch-site$`));
  await expect(lead.getByRole("heading", { name: "Launch Site" })).toBeVisible();

  await lead.goto(`/${slug}/settings/members`);
  await lead.getByRole("button", { name: /invite people/i }).click();
  const inviteDialog = lead.getByRole("dialog");
  await inviteDialog.getByRole("combobox").first().click();
  await lead.getByRole("option", { name: /viewer/i }).click();
  await inviteDialog.getByRole("button", { name: "Create invite link" }).click();
  const link = await inviteDialog.getByLabel("Invite link").inputValue();
  expect(link).toMatch(/\/invite\/[\w-]{20,}$/);

  const viewerContext = await browser.newContext();
  const viewer = await viewerContext.newPage();
  const invitePath = new URL(link).pathname;
  await viewer.goto(invitePath);
  await expect(viewer.getByText(`Join ${workspaceName}`)).toBeVisible();
  await viewer.getByRole("link", { name: "Create an account to join" }).click();
  await signUp(viewer, "Vic Viewer", uniqueEmail("viewer"), invitePath);
  await expect(viewer).toHaveURL(new RegExp(`${invitePath}$`));
  await viewer.getByRole("button", { name: "Accept invitation" }).click();
  await expect(viewer).toHaveURL(new RegExp(`/${slug}$`));

  await viewer.goto(`/${slug}/projects`);
  await expect(viewer.getByText("Launch Site").first()).toBeVisible();
  await expect(viewer.getByRole("button", { name: "New project" })).toHaveCount(0);

  const refused = await trpcMutation(viewer, "project.create", { workspaceSlug: slug, name: "Sneaky" });
  expect(refused.status()).toBe(403);
  expect(JSON.stringify(await refused.json())).toContain("project.create");

  // The invite link is single use.
  const third = await browser.newContext();
  const thirdPage = await third.newPage();
  await thirdPage.goto(invitePath);
  await expect(thirdPage.getByText("This invitation has already been used.")).toBeVisible();

  await Promise.all([leadContext.close(), viewerContext.close(), third.close()]);
});
