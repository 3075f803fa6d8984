// Project memory, end to end on the offline (lexical) embedder: a new user
// creates a workspace and a project, opens its Memory page (empty at first),
// adds two notes, asks where sessions are kept and gets the Redis sessions note
// first, selects Redis in the knowledge graph and sees both notes as its
// sources, pins one and deletes the other — which also takes PostgreSQL, named
// only by it, out of the graph.
import { expect, test, type Page } from "@playwright/test";

import { signUp, uniqueEmail } from "./fixtures";

const STORES = { title: "Data stores", content: "Orders are stored in PostgreSQL; product pages are cached in Redis." };
const SESSIONS = { title: "Sessions", content: "Redis sessions: user sessions are kept in Redis with a 30-minute idle timeout." };

async function addNote(page: Page, note: { title: string; content: string }) {
  await page.getByRole("button", { name: "Add note", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Add a note" });
  await dialog.getByLabel("Title").fill(note.title);
  await dialog.getByLabel("Content").fill(note.content);
  await dialog.getByRole("button", { name: "Add to memory" }).click();
  await expect(dialog).toBeHidden();
}

/** A memory item on the page, found by its title. */
const item = (page: Page, title: string) => page.getByRole("article", { name: title, exact: true });

test("a member adds notes, searches the memory, explores the graph, pins and deletes", async ({ page }) => {
  test.setTimeout(120_000);

  await signUp(page, "Mem Ory", uniqueEmail("memory"));
  await expect(page).toHaveURL(/\/new$/);
  await page.getByLabel("Workspace name").fill(`Recall ${Date.now().toString(36)}`);
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expect(page).toHaveURL(/\/projects$/);
  const slug = new URL(page.url()).pathname.split("/")[1]!;

  await page.getByRole("button", { name: "New project" }).first().click();
  const projectDialog = page.getByRole("dialog");
  await projectDialog.getByLabel("Name").fill("Session Store");
  await projectDialog.getByRole("button", { name: "Create project" }).click();
  await expect(page).toHaveURL(new RegExp(`/${slug}/projects/session-store$`));

  // A new project remembers nothing yet, and says how memory fills up.
  await page.goto(`/${slug}/projects/session-store/memory`);
  await expect(page.getByRole("heading", { level: 1, name: "Memory" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Nothing remembered yet" })).toBeVisible();
  await expect(page.getByText("Agents remember every deliverable and handoff as runs finish. Run a workflow or add a note.")).toBeVisible();

  await addNote(page, STORES);
  await expect(item(page, STORES.title)).toBeVisible();
  await addNote(page, SESSIONS);
  const stats = page.getByLabel("What the project remembers");
  await expect(stats).toContainText("Items2");
  await expect(stats).toContainText("Notes2");
  await expect(page.getByText("lexical (offline) embeddings").first()).toBeVisible();

  // Search: the note about sessions first, with why it matched; the other comes through Redis in the graph.
  await page.getByLabel("Ask the memory").fill("where are sessions kept");
  await page.getByLabel("Ask the memory").press("Enter");
  await expect(page).toHaveURL(/\?q=where\+are\+sessions\+kept$/);
  const results = page.getByRole("list", { name: "Search results" });
  await expect(results.getByRole("article")).toHaveCount(2);
  const top = results.getByRole("article").first();
  await expect(top.getByRole("heading", { name: SESSIONS.title })).toBeVisible();
  await expect(top.getByRole("list", { name: "Why it matched" })).toContainText("similar to the question");
  await expect(results.getByRole("article").nth(1).getByRole("heading", { name: STORES.title })).toBeVisible();

  // The graph: Redis is named by both notes.
  const redis = page.getByRole("button", { name: /^Redis, technology/ });
  await expect(redis).toBeVisible();
  await expect(page.getByRole("button", { name: /^PostgreSQL, technology/ })).toBeVisible();
  await redis.click();
  await expect(redis).toHaveAttribute("aria-pressed", "true");
  const sources = page.getByRole("list", { name: "Memory that mentions Redis" });
  await expect(sources.getByRole("listitem")).toHaveCount(2);
  await expect(sources).toContainText(STORES.title);
  await expect(sources).toContainText(SESSIONS.title);

  // Pin the sessions note: it says so, and the ranking now counts it.
  await top.getByRole("button", { name: `Pin “${SESSIONS.title}”` }).click();
  await expect(top.getByRole("button", { name: `Unpin “${SESSIONS.title}”` })).toBeVisible();
  await expect(top.getByText("Pinned", { exact: true })).toBeVisible();
  await expect(top.getByRole("list", { name: "Why it matched" })).toContainText("pinned");

  // Back to browsing, delete the other note (it asks first).
  await page.getByRole("button", { name: "Clear search" }).click();
  await expect(page).toHaveURL(new RegExp(`/${slug}/projects/session-store/memory$`));
  const items = page.getByRole("list", { name: "Memory items" });
  await expect(items.getByRole("article")).toHaveCount(2);
  // Pinned first.
  await expect(items.getByRole("article").first()).toHaveAccessibleName(SESSIONS.title);
  await item(page, STORES.title).getByRole("button", { name: `Actions for “${STORES.title}”` }).click();
  await page.getByRole("menuitem", { name: "Delete" }).click();
  const confirm = page.getByRole("alertdialog", { name: `Delete “${STORES.title}”?` });
  await confirm.getByRole("button", { name: "Delete" }).click();
  await expect(confirm).toBeHidden();

  await expect(item(page, STORES.title)).toHaveCount(0);
  await expect(items.getByRole("article")).toHaveCount(1);
  await expect(stats).toContainText("Item1");
  // PostgreSQL was named only by the deleted note; Redis stays, now with one source.
  await expect(page.getByRole("button", { name: /^PostgreSQL, technology/ })).toHaveCount(0);
  await expect(sources.getByRole("listitem")).toHaveCount(1);
  await expect(sources).toContainText(SESSIONS.title);
});
