// What every step of a pull-request review reads first: the review row, its
// repository (owner/name for the API), the installation to act as, and where
// the run lives in the dashboard.
import { getDb } from "@/server/db/client";
import { appOrigin } from "@/server/env";

export type TReviewRef = { reviewId: string; workspaceId: string };
export const CHECK_RUN_NAME = "CoralCollective review";

export async function reviewContext(ref: TReviewRef) {
  const db = await getDb();
  const review = await db.gitHubReview.findFirst({
    where: { id: ref.reviewId, workspaceId: ref.workspaceId },
    include: {
      repository: { select: { id: true, fullName: true, installation: { select: { installationId: true } } } },
      workspace: { select: { slug: true } },
    },
  });
  if (!review) return null;
  const [owner = "", repo = ""] = review.repository.fullName.split("/");
  return {
    review,
    repository: review.repository,
    repo: { owner, repo },
    installationId: review.repository.installation.installationId,
    workspaceSlug: review.workspace.slug,
  };
}
export type TReviewContext = NonNullable<Awaited<ReturnType<typeof reviewContext>>>;

/** The run's page in the dashboard (the workspace's runs when there is no run). */
export function runUrlOf(ctx: Pick<TReviewContext, "workspaceSlug">, runId: string | null): string {
  return `${appOrigin()}/${ctx.workspaceSlug}/runs${runId ? `/${runId}` : ""}`;
}
