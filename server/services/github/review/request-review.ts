// A pull request asked for a review (a push, or a "/coral review" comment):
// inside the transaction that records the delivery, find the project the
// repository reviews into, supersede any review of the same pull request
// still under way (the newest push wins), and queue a review. The review
// itself starts on the engine once the delivery is committed.
import type { TApplied, TGitHubTx } from "@/server/github/handlers/types";

export const GITHUB_REVIEW_REQUESTED = "github/review.requested";
export type TReviewTrigger = "opened" | "reopened" | "synchronize" | "ready_for_review" | "comment";
export type TReviewEventData = { reviewId: string; workspaceId: string };

export type TReviewRequest = {
  deliveryId: string;
  installationId: number;
  repoId: number;
  pullNumber: number;
  trigger: TReviewTrigger;
  headSha: string | null;
  baseRef: string | null;
  requestedBy: string | null;
  onlyAgent: string | null;
};

/** Reviews that are still working and can be superseded. */
export const ACTIVE_REVIEW_STATUSES = ["queued", "running"];

export async function requestReview(tx: TGitHubTx, request: TReviewRequest): Promise<TApplied> {
  const repository = await tx.gitHubRepository.findFirst({
    where: { repoId: BigInt(request.repoId), removedAt: null, installation: { installationId: BigInt(request.installationId), removedAt: null } },
    select: {
      id: true,
      fullName: true,
      projectId: true,
      installation: { select: { workspaceId: true, suspendedAt: true } },
      project: { select: { workspaceId: true, archivedAt: true } },
    },
  });
  const workspaceId = repository?.installation.workspaceId;
  if (!repository || !workspaceId) return { ignoredReason: "the installation is not connected to a workspace (Settings → GitHub)" };
  if (repository.installation.suspendedAt) return { ignoredReason: "the installation is suspended" };
  // A project of another workspace can only be linked by a bug; never review into it.
  if (!repository.projectId || repository.project?.workspaceId !== workspaceId) {
    return { ignoredReason: `${repository.fullName} is not linked to a project (Settings → GitHub)` };
  }
  if (repository.project.archivedAt) return { ignoredReason: `${repository.fullName} reviews into an archived project` };

  await tx.gitHubReview.updateMany({
    where: { repositoryId: repository.id, pullNumber: request.pullNumber, status: { in: ACTIVE_REVIEW_STATUSES } },
    data: { status: "superseded", statusReason: `Superseded by a newer review request (${request.trigger}${request.headSha ? ` at ${request.headSha.slice(0, 7)}` : ""}).` },
  });
  const review = await tx.gitHubReview.create({
    data: {
      workspaceId,
      projectId: repository.projectId,
      repositoryId: repository.id,
      pullNumber: request.pullNumber,
      headSha: request.headSha,
      baseRef: request.baseRef,
      trigger: request.trigger,
      requestedBy: request.requestedBy,
      onlyAgent: request.onlyAgent,
      deliveryId: request.deliveryId,
    },
    select: { id: true },
  });
  // The id lets Inngest drop a second copy (see requeue-stranded-reviews.ts).
  return { events: [{ name: GITHUB_REVIEW_REQUESTED, id: `github-review:${review.id}`, data: { reviewId: review.id, workspaceId } satisfies TReviewEventData }] };
}
