import { expect, test } from "@playwright/test";

test("health and readiness answer", async ({ request }) => {
  const live = await request.get("/api/health");
  expect(live.status()).toBe(200);
  expect(await live.json()).toEqual({ status: "ok" });
  const ready = await request.get("/api/health?ready=1");
  expect(ready.status()).toBe(200);
  expect(await ready.json()).toMatchObject({ status: "ok", checks: { database: { status: "ok", kind: "embedded" } } });
});

test("the seeded demo workspace opens with the demo login", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill("demo@coralcollective.dev");
  await page.getByLabel("Password").fill("coral-demo-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/acme$/);
  await page.goto("/acme/projects");
  await expect(page.getByText("Task Manager").first()).toBeVisible();
});

test("a wrong password is refused with a message, not an error page", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill("demo@coralcollective.dev");
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Wrong email or password" })).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
});
