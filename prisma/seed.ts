// The demo workspace a new self-hoster sees on first start: a user, the "Acme"
// workspace, projects, a filesystem tool server with a policy for the developer agents, and an API key. Idempotent: it does nothing when the demo user exists.
import { getDb } from "@/server/db/client";
import { createApiKey } from "@/server/services/api-keys/create-api-key";
import { createProject } from "@/server/services/projects/create-project";
import { createToolServer } from "@/server/services/tools/create-tool-server";
import { saveToolPolicy } from "@/server/services/tools/save-tool-policy";
import type { TSaveToolPolicyInput } from "@/server/services/tools/schemas";
import { signUp } from "@/server/services/users/sign-up";
import { createWorkspace } from "@/server/services/workspaces/create-workspace";

export const DEMO_LOGIN = { email: "demo@coralcollective.dev", password: "coral-demo-2026" } as const;

/** `apiKey`: the demo key, only on the run that created it (only its hash is kept). */
export type TSeedResult = { created: boolean; workspaceSlug: string; apiKey: string | null };

export async function seedDemo(): Promise<TSeedResult> {
  const db = await getDb();
  const existing = await db.user.findUnique({
    where: { email: DEMO_LOGIN.email },
    select: { memberships: { select: { workspace: { select: { slug: true } } }, take: 1 } },
  });
  if (existing) return { created: false, workspaceSlug: existing.memberships[0]?.workspace.slug ?? "acme", apiKey: null };

  const user = await signUp({ name: "Demo User", ...DEMO_LOGIN });
  const workspace = await createWorkspace(user.id, { name: "Acme" });
  const scope = { workspaceId: workspace.id, actor: { userId: user.id, role: "owner" as const } };
  await createProject(scope, {
    name: "Task Manager",
    description:
      "A collaborative task manager for small teams: boards, assignments, due dates and a REST API. " +
      "Next.js front end, PostgreSQL, email notifications.",
    settings: { repositoryUrl: "https://github.com/acme/task-manager", facts: { has_ai_features: false, needs_mobile: true } },
  });
  await createProject(scope, {
    name: "Support Copilot",
    description: "An AI assistant that drafts answers to support tickets from the product docs.",
    settings: { facts: { has_ai_features: true } },
  });
  // Tools from the first run: the developer agents may read and write code and docs in the run's working copy.
  await createToolServer(scope, { name: "workspace-files", preset: "filesystem" });
  const files = {
    list_directory: { operations: ["read"] },
    directory_tree: { operations: ["read"] },
    read_text_file: { operations: ["read"] },
    search_files: { operations: ["read"] },
    create_directory: { operations: ["write"], paths: ["src/**", "docs/**"] },
    write_file: { operations: ["write"], paths: ["src/**", "docs/**"] },
  };
  const developer = { servers: { "workspace-files": { tools: files } } };
  await saveToolPolicy(scope, {
    document: { agents: { backend_developer: developer, frontend_developer: developer, full_stack_engineer: developer } } as TSaveToolPolicyInput["document"],
    expectedVersion: 0,
  });
  // So a new user can call the REST API in their first minute.
  const { key } = await createApiKey(scope, { name: "Demo key", scopes: ["read", "write", "runs:execute"] });
  return { created: true, workspaceSlug: workspace.slug, apiKey: key };
}
