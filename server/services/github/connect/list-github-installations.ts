// The workspace's GitHub installations, oldest connection first, each with
// its repositories (removed ones too, for the page to grey out) and the
// project each reviews into.
import { getDb } from "@/server/db/client";
import type { TWorkspaceScope } from "../../shared/scope";
import { installationSelect, toInstallationView, type TGitHubInstallationView } from "./github-views";

export async function listGitHubInstallations(scope: TWorkspaceScope): Promise<TGitHubInstallationView[]> {
  const db = await getDb();
  const rows = await db.gitHubInstallation.findMany({
    where: { workspaceId: scope.workspaceId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: installationSelect,
  });
  return rows.map(toInstallationView);
}
