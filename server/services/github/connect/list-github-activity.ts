// The debugging half of Settings → GitHub: the workspace's latest reviews
// (with the run doing each) and the latest webhook deliveries GitHub sent
// about its installations, whatever their outcome.
import { getDb } from "@/server/db/client";
import type { TWorkspaceScope } from "../../shared/scope";
import type { TGitHubDeliveryView, TGitHubReviewView } from "./github-views";

export const RECENT_GITHUB_ITEMS = 20;

export async function listRecentGitHubReviews(scope: TWorkspaceScope): Promise<TGitHubReviewView[]> {
  const db = await getDb();
  const rows = await db.gitHubReview.findMany({
    where: { workspaceId: scope.workspaceId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: RECENT_GITHUB_ITEMS,
    select: {
      id: true,
      status: true,
      statusReason: true,
      pullNumber: true,
      headSha: true,
      trigger: true,
      verdict: true,
      findingsPosted: true,
      createdAt: true,
      repository: { select: { fullName: true } },
      project: { select: { name: true, slug: true } },
      run: { select: { id: true, number: true } },
    },
  });
  return rows.map(({ repository, ...row }) => ({ ...row, repository: repository.fullName }));
}

export async function listRecentGitHubDeliveries(scope: TWorkspaceScope): Promise<TGitHubDeliveryView[]> {
  const db = await getDb();
  // Deliveries carry GitHub's installation id, not a workspace: the workspace's installations select them.
  const installations = await db.gitHubInstallation.findMany({ where: { workspaceId: scope.workspaceId }, select: { installationId: true } });
  if (installations.length === 0) return [];
  return db.gitHubWebhookDelivery.findMany({
    where: { installationId: { in: installations.map((i) => i.installationId) } },
    orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
    take: RECENT_GITHUB_ITEMS,
    select: { id: true, deliveryId: true, event: true, action: true, repository: true, outcome: true, reason: true, receivedAt: true },
  });
}
